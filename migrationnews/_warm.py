"""Loaded by the fork server that :func:`~migrationnews.parse_many` starts its workers from
where forking this process is not safe: parsing the seed article once there loads every rule
and pattern, so each worker forked from the server starts with them (not in its own time).
"""

from __future__ import annotations

from migrationnews.pipeline import parse
from migrationnews.seeds import default_seed

__all__: list[str] = []

_seed = default_seed()
parse(_seed.text, published=_seed.published)
