"""What happens when Ctrl-C arrives while the package is still loading.

Importing this module (the first thing ``migrationnews/__init__.py`` does) installs
:func:`quiet_interrupt` as ``sys.excepthook``; the package calls :func:`loaded` once it has
loaded, which puts the previous hook back. An interrupt that
arrives meanwhile (the first half-second of the ``migrationnews`` command) ends the process
as Ctrl-C does (exit status 130) with one line instead of a traceback of imports.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

__all__ = ["loaded", "quiet_interrupt"]

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def quiet_interrupt(previous: Hook) -> Hook:
    """An excepthook that reports a KeyboardInterrupt in one line and leaves the rest to
    ``previous``."""

    def hook(
        kind: type[BaseException], value: BaseException, traceback: TracebackType | None
    ) -> object:
        if issubclass(kind, KeyboardInterrupt):
            sys.stderr.write("migrationnews: interrupted while starting\n")
            return None
        return previous(kind, value, traceback)

    return hook


_PREVIOUS = sys.excepthook
_HOOK = quiet_interrupt(_PREVIOUS)
sys.excepthook = _HOOK


def loaded() -> None:
    """The package has loaded: give ``sys.excepthook`` back (unless someone replaced ours)."""
    if sys.excepthook is _HOOK:
        sys.excepthook = _PREVIOUS
