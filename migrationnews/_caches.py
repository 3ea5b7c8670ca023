"""Caches that live as long as one article: nothing of an article outlives its ``parse``.

Extractors ask the same questions about the same sentence several times ("which dates are
here?", "what tense is this?"), so the answers are cached. The questions hold the article's
text, so a cache that outlived the article would keep its text (and the answers' records)
alive: after one large article, hundreds of MiB. :func:`per_article` caches are bounded
and are emptied by :func:`forget_article`, which ``parse`` calls when it returns.

>>> @per_article(maxsize=4)
... def double(text: str) -> str:
...     return text * 2
>>> double("ab"), double.cache_info().currsize
('abab', 1)
>>> forget_article()
>>> double.cache_info().currsize
0
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["forget_article", "per_article"]

F = TypeVar("F", bound=Callable[..., Any])

_CLEARS: list[Callable[[], None]] = []


def per_article(maxsize: int) -> Callable[[F], F]:
    """An LRU cache of at most ``maxsize`` answers, emptied after every article."""

    def decorate(function: F) -> F:
        cached = functools.lru_cache(maxsize=maxsize)(function)
        _CLEARS.append(cached.cache_clear)
        return cached  # type: ignore[return-value]

    return decorate


def forget_article() -> None:
    """Empty every :func:`per_article` cache (another thread's article only recomputes)."""
    for clear in _CLEARS:
        clear()
