"""Rules from the nineteenth collection round's errors (tests/gold/dev19, read after its
as-found score)."""

from __future__ import annotations

import pytest

from citegraph.linker.roles import Sentences, mention_role


def _rule_roles(text: str, names: list[str]) -> list[str]:
    """The cue rules' role of each name (the classifier decides later, from these cues)."""
    sentences = Sentences(text)
    return [
        mention_role(sentences, text.index(n), text.index(n) + len(n), "model").value for n in names
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the window before the third item starts inside the subject; the list's first
        # item sees the clause whole
        "In this study, we classify brain tumours from MRI. While several researchers have "
        "employed various pre-trained architectures such as ZorbA, ZorbBnet, ZorbC-16, and "
        "ZorbD-19, these methods often suffer from high computational complexity.",
        "Many previous works have adopted well-known backbones such as ZorbA, ZorbBnet, "
        "ZorbC-16 and ZorbD-19 for this task.",
    ],
)
def test_what_others_employed_is_background_for_every_item(text: str) -> None:
    names = ["ZorbA", "ZorbBnet", "ZorbC-16", "ZorbD-19"]
    assert _rule_roles(text, names) == ["mentions"] * 4


def test_what_we_employ_is_still_built_on() -> None:
    text = (
        "In this study, we propose a lightweight classifier. We have employed various "
        "pre-trained architectures such as ZorbA, ZorbBnet, ZorbC-16, and ZorbD-19 as backbones."
    )
    assert _rule_roles(text, ["ZorbA", "ZorbBnet", "ZorbC-16"]) == ["builds_on"] * 3
