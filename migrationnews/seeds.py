"""The embedded seed article(s): the default input of ``migrationnews parse``.

>>> seed = default_seed()
>>> seed.published.isoformat(), seed.text.startswith("Blinken heads to Mexico")
('2023-12-27', True)
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from attrs import frozen

__all__ = ["Seed", "default_seed", "seed_folder", "seeds"]


@frozen
class Seed:
    name: str
    text: str
    published: dt.date | None


def seed_folder() -> Path:
    """``seeds/`` inside an installed wheel, else the checkout's top-level ``seeds/``."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        if (candidate / "index.json").is_file():
            return candidate
    raise FileNotFoundError("the seed folder (seeds/index.json) is missing from this install")


def seeds() -> tuple[Seed, ...]:
    """Every seed listed in ``seeds/index.json``, with its text and publication date."""
    folder = seed_folder()
    entries = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    return tuple(
        Seed(
            name=entry["file"],
            text=(folder / entry["file"]).read_text(encoding="utf-8"),
            published=dt.date.fromisoformat(entry["published"]) if entry["published"] else None,
        )
        for entry in entries
    )


def default_seed() -> Seed:
    """The seed article the main command parses when given no file."""
    return seeds()[0]
