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
from typing import Any

from migrationnews.errors import ArgumentTypeError
from migrationnews.extract import PIPELINE
from migrationnews.language import check_language, detect_language, reading
from migrationnews.records import Article, Caravan, Meeting, Official, PolicyAction, Statistic
from migrationnews.text import Document

__all__ = ["ExtractionWarning", "parse"]


class ExtractionWarning(RuntimeWarning):
    """An extractor failed on some text; its records are missing, the others are kept.

    This never happens by design (every extractor is total over ``str``); the warning makes
    a bug visible without losing the rest of the article.
    """


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
    """
    if not isinstance(text, str):
        raise ArgumentTypeError("text", "str", text)
    if source is not None and not isinstance(source, str):
        raise ArgumentTypeError("source", "str or None", source)
    chosen = check_language(language) or detect_language(text)
    doc = Document.of(text, check_published(published), chosen)
    for module in PIPELINE:
        try:
            with reading(chosen):
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
        language=chosen,
        officials=doc.found(Official),
        meetings=doc.found(Meeting),
        caravans=doc.found(Caravan),
        policy_actions=doc.found(PolicyAction),
        statistics=doc.found(Statistic),
    )
