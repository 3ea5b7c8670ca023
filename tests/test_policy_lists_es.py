"""A Spanish list of who acts ("Honduras y Guatemala") is one actor, as "Texas and Arizona" is."""

from __future__ import annotations

import pytest

import migrationnews as mn


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Honduras y Guatemala cerraron sus fronteras a la caravana.", "Honduras y Guatemala"),
        ("Panamá y Costa Rica suspendieron los vuelos de deportación.", "Panamá y Costa Rica"),
        ("Texas and Arizona sent troops to the border.", "Texas and Arizona"),
    ],
)
def test_a_list_of_governments_acts_together(text: str, actor: str) -> None:
    assert [action.actor for action in mn.parse(text).policy_actions] == [actor]
