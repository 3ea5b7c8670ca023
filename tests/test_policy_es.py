"""Spanish policy actions: Spanish verbs and objects, the shared rules. Sentences written here."""

from __future__ import annotations

import pytest

import migrationnews as mn


def actions(text: str, language: str = "es") -> list[tuple[str, str]]:
    article = mn.parse(text, language=language)
    return [(p.kind.value, p.status.value) for p in article.policy_actions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Las autoridades disolvieron el martes una caravana en Chiapas.",
            ("enforcement", "enacted"),
            id="disolvieron-caravana",
        ),
        pytest.param(
            "El gobierno anunció nuevas restricciones al asilo.",
            ("regulation", "announced"),
            id="anuncio-restricciones",
        ),
        pytest.param(
            "Los agentes frenaron a la caravana en la carretera.",
            ("enforcement", "enacted"),
            id="frenaron-caravana",
        ),
    ],
)
def test_spanish_policy_actions(text: str, expected: tuple[str, str]) -> None:
    assert expected in actions(text)


def test_spanish_verbs_are_not_read_in_english() -> None:
    assert actions("Las autoridades disolvieron una caravana.", language="en") == []
