"""``parse``: text in, a typed :class:`~migrationnews.records.Article` out.

>>> article = parse("Nothing to see here.")
>>> article.statistics
()
>>> parse(b"bytes")
Traceback (most recent call last):
...
migrationnews.errors.ArgumentTypeError: text must be str, not bytes (b'bytes')
"""

from __future__ import annotations

import datetime as dt
import warnings
from typing import Any, TypeVar

import attrs

from migrationnews._caches import forget_article
from migrationnews.errors import ArgumentTypeError, ExtractionWarning
from migrationnews.extract import PIPELINE
from migrationnews.language import check_language, detect_language, reading
from migrationnews.records import Article, Caravan, Meeting, Official, PolicyAction, Statistic
from migrationnews.text import Document, Normalised, normalise
from migrationnews.values import Span

__all__ = ["ExtractionWarning", "parse"]  # the warning lives in errors; kept here for old imports

R = TypeVar("R")


def check_published(published: Any) -> dt.date | None:
    """``published`` if it is a date or None; else an :class:`ArgumentTypeError`."""
    if published is None or (
        isinstance(published, dt.date) and not isinstance(published, dt.datetime)
    ):
        return published
    raise ArgumentTypeError("published", "datetime.date or None", published)


def parse(
    text: str,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    language: str | None = None,
) -> Article:
    """Read every record kind from ``text``, an article published on ``published``.

    Relative dates ("on Wednesday", "last week") are resolved only when ``published`` is
    given; otherwise they are kept unresolved. ``source`` (an id, a url or a file name) is
    kept as :attr:`Article.source`. ``language`` is ``"en"``, ``"es"`` or None (detected
    from the article's function words, see :mod:`migrationnews.language`); the one used is
    kept as :attr:`Article.language`. Any ``str`` parses without raising.

    Text is read as plain text (:func:`~migrationnews.text.normalise`: decomposed accents,
    a byte-order mark, curly quotes, odd spaces, soft hyphens and Windows line ends read
    like their plain forms), and every span indexes ``text`` exactly as given.
    """
    if not isinstance(text, str):
        raise ArgumentTypeError("text", "str", text)
    if source is not None and not isinstance(source, str):
        raise ArgumentTypeError("source", "str or None", source)
    chosen = check_language(language)
    try:
        return _parse(text, check_published(published), source, chosen)
    finally:
        forget_article()  # nothing of this article outlives it in a cache


def _parse(text: str, published: dt.date | None, source: str | None, chosen: str | None) -> Article:
    plain = normalise(text)  # the one place text is normalised; spans are mapped back below
    language = chosen or detect_language(plain.text)
    doc = Document.of(plain.text, published, language)
    for module in PIPELINE:
        try:
            with reading(language):
                records = module.extract(doc)
        except Exception as err:
            warnings.warn(
                f"{module.__name__} failed ({type(err).__name__}: {err}); "
                f"its records are missing from this article",
                ExtractionWarning,
                stacklevel=2,
            )
            records = ()
        doc.add(module.RECORD, records)
    return Article(
        text=text,
        published=doc.published,
        source=source,
        language=language,
        officials=_given(doc.found(Official), plain),
        meetings=_given(doc.found(Meeting), plain),
        caravans=_given(doc.found(Caravan), plain),
        policy_actions=_given(doc.found(PolicyAction), plain),
        statistics=_given(doc.found(Statistic), plain),
    )


def _given(records: tuple[R, ...], plain: Normalised) -> tuple[R, ...]:
    """``records`` read from the plain text, with every span moved to the text as given."""
    if not plain.changed:
        return records
    if all(end - start == 1 == last - first for start, end, first, last in plain.changes):
        # One character for one (curly quotes, odd spaces): every offset is the same, and
        # only the phrases that records quote are read again, as given.
        return tuple(_quoted_as_given(record, plain) for record in records)
    return tuple(_moved(record, plain) for record in records)


def _quoted_as_given(record: R, plain: Normalised) -> R:
    """``record`` with the phrase it quotes (a statistic's text, a policy action's
    evidence) read from the text as given, at the same span."""
    if isinstance(record, Statistic):
        text = plain.given[record.span.start : record.span.end]
        return record if text == record.text else attrs.evolve(record, text=text)
    if isinstance(record, PolicyAction):
        evidence = plain.given[record.span.start : record.span.end]
        return record if evidence == record.evidence else attrs.evolve(record, evidence=evidence)
    return record


def _moved(value: Any, plain: Normalised) -> Any:
    if isinstance(value, Span):
        start, end = plain.original_span(value.start, value.end)
        return value if (start, end) == (value.start, value.end) else Span(start, end)
    if isinstance(value, tuple):
        items = tuple(_moved(item, plain) for item in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if not attrs.has(type(value)):
        return value
    changes = {}
    for a in attrs.fields(type(value)):
        old = getattr(value, a.name)
        new = _moved(old, plain)
        if new is not old:
            changes[a.alias or a.name] = new
    if isinstance(value, (Statistic, PolicyAction)):  # the phrase at the span, as given
        span = changes.get("span", value.span)
        changes["text" if isinstance(value, Statistic) else "evidence"] = plain.given[
            span.start : span.end
        ]
    return attrs.evolve(value, **changes) if changes else value
