"""The single pint registry of migrationnews (pint's advice: one registry per program).

It is built on first use from ``rules/units.txt`` — lengths, durations, counts of people,
households and families, US dollars, percent — which loads in milliseconds.

>>> distance = quantity(1600, "mile")
>>> round(distance.to("kilometer").magnitude)
2575
>>> is_length(distance)
True
>>> is_length(quantity(3, "person"))
False
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

__all__ = ["SYMBOLS", "is_length", "quantity", "registry"]

# Short symbols of the lengths in rules/units.txt, as pint's "~P" format writes them.
SYMBOLS = {"meter": "m", "kilometer": "km", "mile": "mi", "foot": "ft", "yard": "yd"}


@functools.cache
def registry() -> Any:
    """The shared :class:`pint.UnitRegistry` (built once)."""
    import pint

    definitions = resources.files("migrationnews").joinpath("rules").joinpath("units.txt")
    with resources.as_file(definitions) as path:
        return pint.UnitRegistry(str(path), autoconvert_offset_to_baseunit=True)


def quantity(magnitude: float, unit: str) -> Any:
    """A pint quantity of ``magnitude`` ``unit`` from the shared registry."""
    return registry().Quantity(magnitude, unit)


def is_quantity(value: object) -> bool:
    """True when ``value`` is a quantity of the shared registry."""
    return isinstance(value, registry().Quantity)


def is_length(value: object) -> bool:
    """True when ``value`` is a quantity whose dimension is length."""
    return is_quantity(value) and bool(value.check("[length]"))  # type: ignore[attr-defined]
