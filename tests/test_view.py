"""The HTML view: every record marked in its text, text escaped, overlaps nested or split.

The page is checked twice: as HTML parsed here (structure, escaping, every span), and as a
real headless Chromium renders it (``chromium --headless --dump-dom`` and ``--screenshot``).
CI installs Debian's ``chromium`` (``.ci/run``); the browser tests fail, never skip, without it.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import os
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings

import migrationnews as mn
from migrationnews import strategies
from migrationnews.cli import main
from migrationnews.seeds import default_seed
from migrationnews.tables import KINDS
from migrationnews.view import COLOURS

SCRIPT = (
    "<script>document.title = 'PWNED'; "
    "document.body.insertAdjacentHTML('beforeend', '<p id=\"pwned\">PWNED</p>');</script>"
)
HOSTILE = (
    f"Agents made more than 8,000 apprehensions a day in November. {SCRIPT} "
    "Officials said <b>300</b> migrants arrived & waited <img src=x onerror=alert(1)>."
)


class Page(HTMLParser):
    """The marks of a page, whether they nest, and the text of its article element."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.marks: list[dict[str, str | None]] = []
        self.tags: list[str] = []
        self.ids: set[str] = set()
        self.text: list[str] = []
        self.depth_in_article = 0
        self.nested = True
        self.feed(page)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.ids.update(str(value) for name, value in attrs if name == "id")
        if tag in ("meta", "br", "img"):
            return
        self.stack.append(tag)
        if tag == "article":
            self.depth_in_article += 1
        if tag == "mark":
            self.marks.append(dict(attrs))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.nested = False
            return
        self.stack.pop()
        if tag == "article":
            self.depth_in_article -= 1

    def handle_data(self, data):
        if self.depth_in_article:
            self.text.append(data)

    @property
    def article_text(self) -> str:
        return "".join(self.text)

    def records(self, kind: str | None = None) -> set[str]:
        return {str(m["data-record"]) for m in self.marks if kind is None or m["data-kind"] == kind}


def record_ids(article: mn.Article) -> set[str]:
    return {f"{kind}-{i}" for kind in KINDS for i in range(len(getattr(article, kind)))}


@pytest.fixture(scope="module")
def seed() -> mn.Article:
    s = default_seed()
    return mn.parse(s.text, published=s.published, source=s.name)


def test_every_record_of_the_seed_has_a_mark_of_its_kind(seed):
    page = Page(mn.to_html(seed))
    assert page.nested
    assert page.records() == record_ids(seed)
    for kind in KINDS:
        assert page.records(kind) == {f"{kind}-{i}" for i in range(len(getattr(seed, kind)))}


def test_the_article_text_reads_back_exactly_and_marks_cover_their_spans(seed):
    page = mn.to_html(seed)
    assert Page(page).article_text == seed.text
    for i, stat in enumerate(seed.statistics):
        start = page.index(f'data-record="statistics-{i}"')
        after = page[page.index(">", start) + 1 :]
        assert html.unescape(after).startswith(stat.text[:10])


def test_a_mark_title_gives_the_fields_and_a_table_lists_each_record(seed):
    page = mn.to_html(seed)
    marks = Page(page).marks
    stat = next(m for m in marks if m["data-record"] == "statistics-0")
    title = str(stat["title"])
    assert title.startswith("statistics #0\n")
    assert f"measure: {seed.statistics[0].measure.value}" in title
    for kind in KINDS:
        for i in range(len(getattr(seed, kind))):
            assert f'<tr data-record="{kind}-{i}">' in page
            assert f'href="#{kind}-{i}"' in page


def test_the_page_is_standalone_and_needs_no_script():
    page = mn.to_html(mn.parse(HOSTILE))
    tags = set(Page(page).tags)
    assert not tags & {"script", "link", "iframe", "img", "object", "embed"}
    assert "http://" not in page
    assert "https://" not in page
    assert "default-src 'none'" in page
    assert "<style>" in page


def test_markup_in_the_article_stays_text():
    article = mn.parse(HOSTILE, source="<i>name</i>")
    page = mn.to_html(article)
    parsed = Page(page)
    assert parsed.article_text == HOSTILE
    assert "script" not in parsed.tags
    assert "b" not in parsed.tags
    assert "&lt;script&gt;" in page
    assert "<i>" not in page  # the source is escaped in the title and heading too
    assert parsed.records() == record_ids(article)


def _stat(text: str, start: int, end: int) -> mn.Statistic:
    return mn.Statistic(
        mn.Estimate.exact(1), mn.Unit.COUNT, mn.Measure.OTHER, mn.Span(start, end), text[start:end]
    )


def _official(start: int, end: int) -> mn.Official:
    return mn.Official("Ana Ruiz", "Ruiz", spans=[mn.Span(start, end)])


@pytest.mark.parametrize(
    ("spans", "nested"),
    [
        ([(0, 10), (2, 5)], True),  # one holds the other
        ([(0, 6), (3, 10)], False),  # they cross: the first closes, the second is split
        ([(2, 7), (2, 7), (2, 7)], True),  # the same span three times
        ([(0, 4), (4, 8)], True),  # touching
        ([(3, 3), (0, 8)], True),  # an empty span inside another
        ([(0, 10), (1, 9), (2, 8), (5, 12)], False),  # crossing three nested at once
    ],
    ids=["nested", "crossing", "identical", "touching", "empty", "crossing-three"],
)
def test_overlapping_spans_keep_every_mark_and_the_page_well_nested(spans, nested):
    text = "abcdefghijklmnop"
    article = mn.Article(
        text,
        officials=[_official(*spans[0])],
        statistics=[_stat(text, s, e) for s, e in spans[1:]],
    )
    page = Page(mn.to_html(article))
    assert page.nested
    assert page.article_text == text
    assert page.records() == record_ids(article)
    fragments = len(page.marks)
    assert (fragments == len(spans)) is nested  # crossing spans are split, others are not


# an article draws many records: a third of the profile's examples (tests/conftest.py)
@settings(max_examples=max(10, settings().max_examples // 3))
@given(strategies.articles())
def test_every_article_gives_a_well_nested_page_with_its_text_and_every_record(article):
    page = Page(mn.to_html(article))
    assert page.nested
    assert page.article_text == article.text
    assert page.records() == record_ids(article)


def test_to_html_takes_an_article():
    with pytest.raises(mn.ArgumentTypeError, match="article must be Article"):
        mn.to_html("some text")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def test_cli_view_of_the_seed_writes_the_page(tmp_path, seed):
    target = tmp_path / "page.html"
    status, out, err = run("view", "-o", str(target))
    assert status == 0, err
    assert out == ""
    assert Page(target.read_text(encoding="utf-8")).records() == record_ids(seed)


def test_cli_view_of_a_file_prints_the_page(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    status, out, _ = run("view", str(path), "--published", "2023-12-27")
    assert status == 0
    article = mn.parse(HOSTILE, published=dt.date(2023, 12, 27))
    assert Page(out).records() == record_ids(article)
    assert f"<h1>{html.escape(str(path))}</h1>" in out


def test_cli_view_of_a_missing_file_is_status_2(tmp_path):
    status, out, err = run("view", str(tmp_path / "missing.txt"))
    assert (status, out) == (2, "")
    assert "no such file" in err


# --- in a real browser -------------------------------------------------------------------


def chromium() -> str:
    for name in (os.environ.get("MIGRATIONNEWS_CHROMIUM"), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return str(shutil.which(name))
    pytest.fail("the browser tests need Chromium: apt-get install chromium (.ci/run does)")


def browse(page: Path, tmp_path: Path, *flags: str) -> str:
    done = subprocess.run(
        [
            chromium(),
            "--headless",
            "--no-sandbox",  # CI runs as root
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=2000",  # time for any script to run before the dump
            *flags,
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=180,  # a guard against a hung browser, not a timed assertion
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_browser_runs_scripts_and_dump_dom_shows_it(tmp_path):
    """The control: a page of our own whose script does run, so the checks below can fail."""
    page = tmp_path / "control.html"
    page.write_text(f"<!DOCTYPE html><html><head><title>ok</title></head><body>{SCRIPT}</body>")
    dom = browse(page, tmp_path, "--dump-dom")
    assert "pwned" in Page(dom).ids
    assert "<title>PWNED</title>" in dom


def test_in_the_browser_every_record_has_its_mark_and_article_scripts_do_not_run(tmp_path):
    article = mn.parse(HOSTILE, published=dt.date(2023, 12, 27), source="hostile.txt")
    assert article.statistics  # the page has marks to find
    page = tmp_path / "hostile.html"
    page.write_text(mn.to_html(article), encoding="utf-8")
    dom = browse(page, tmp_path, "--dump-dom")
    rendered = Page(dom)
    assert rendered.records() == record_ids(article)
    assert "pwned" not in rendered.ids
    assert "<title>hostile.txt · migrationnews</title>" in dom
    assert "script" not in rendered.tags
    assert "img" not in rendered.tags
    assert rendered.article_text == HOSTILE


def png_colours(data: bytes) -> tuple[int, int, set[bytes]]:
    """Width, height and the RGB colours of a non-interlaced 8-bit RGB(A) PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, [], b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert (depth, colour, header[12]) in ((8, 2, 0), (8, 6, 0))
    step = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * step
    colours: set[bytes] = set()
    previous = bytearray(stride)
    for y in range(height):
        filter_type = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - step] if x >= step else 0
            b = previous[x]
            c = previous[x - step] if x >= step else 0
            if filter_type == 1:
                line[x] = (line[x] + a) & 255
            elif filter_type == 2:
                line[x] = (line[x] + b) & 255
            elif filter_type == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif filter_type == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(bytes(line[x : x + 3]) for x in range(0, stride, step))
        previous = line
    return width, height, colours


def test_the_seed_page_renders_with_a_colour_per_kind(tmp_path, seed):
    page = tmp_path / "seed.html"
    page.write_text(mn.to_html(seed), encoding="utf-8")
    shot = tmp_path / "seed.png"
    browse(page, tmp_path, f"--screenshot={shot}", "--window-size=900,900")
    width, height, seen = png_colours(shot.read_bytes())
    assert (width, height) == (900, 900)
    for kind, (light, _) in COLOURS.items():
        rgb = bytes.fromhex(light[1:])
        assert rgb in seen, f"no {kind} mark ({light}) on the screenshot"
    keep = os.environ.get("MIGRATIONNEWS_KEEP_SCREENSHOT")
    if keep:
        shutil.copy(shot, keep)
