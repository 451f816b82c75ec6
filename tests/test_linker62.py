"""Rules from the thirty-sixth session (read sets only; the sixty-second and sixty-third
collection rounds' papers are scored as found before any rule is written from them).

A data set's name of plain words whose first word keeps its capital inside a sentence while
the others are lowered ("evaluated on Google speech commands") is that name: a writer who
lowers the rest keeps the proper noun. At a sentence's start the capital says nothing ("The
stack of ..."), and a model's name of plain words stays a phrase in lower case ("a Vision
transformer" is the class).
"""

from __future__ import annotations

from citegraph.graph.records import Role
from citegraph.linker import Linker
from tests.linking import paper


def _found(linker: Linker, text: str, title: str = "A Study") -> dict[str, tuple[str, Role]]:
    return {
        m.surface: (m.entity_id, m.role) for m in linker.link(paper(text, title)).mentions
    }


def test_a_data_set_name_lowered_after_its_capitalised_first_word_inside_a_sentence(
    linker: Linker,
) -> None:
    found = _found(linker, "We evaluate keyword spotting on Google speech commands.")
    assert found["Google speech commands"][0] == "dataset:speech-commands"


def test_the_same_words_at_a_sentence_start_are_no_name(linker: Linker) -> None:
    found = _found(linker, "Google speech commands are short. We study keyword spotting.")
    assert "Google speech commands" not in found


def test_a_model_name_of_plain_words_lowered_inside_a_sentence_stays_a_phrase(
    linker: Linker,
) -> None:
    found = _found(linker, "We train a small Vision transformer on satellite images.")
    assert all(entity != "model:vit" for entity, _ in found.values())
