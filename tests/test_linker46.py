"""Rules from the forty-fourth and forty-fifth collection rounds' misses (tests/gold/dev44
and dev45, read sets from the thirtieth session on): the words of a catalog name are no
unseen names of their own, even where the catalog name itself stays unlinked ("On this
dataset, Onsets and Frames achieved ..." names no data sets "Onsets" and "Frames"); a
long form whose capitals, some inside its words, spell the bracketed acronym after it
defines that acronym ("COntrasting user pReference expAnsion and Learning (CORAL)"), and
its first word is no name.
Names invented for the tests, except the catalog's Onsets and Frames."""

from __future__ import annotations

from citegraph.graph.records import Role
from citegraph.linker import Linker
from tests.linking import ids_by_surface, paper


def test_the_words_of_a_catalog_name_are_no_unseen_names(linker: Linker) -> None:
    text = (
        "The ZorbPiano dataset was released in 2019. On this dataset, Onsets and Frames "
        "achieved a high onset score."
    )
    linked = ids_by_surface(linker, text)
    assert "Onsets" not in linked and "Frames" not in linked
    # the same phrase with coined names the catalog lacks still names data sets
    text = text.replace("Onsets and Frames", "ZorbOnsets and QuuxFrames")
    assert ids_by_surface(linker, text) == {
        "ZorbPiano": "dataset:zorbpiano",
        "ZorbOnsets": "dataset:zorbonsets",
        "QuuxFrames": "dataset:quuxframes",
    }


def test_capitals_inside_a_long_form_spell_its_acronym(linker: Linker) -> None:
    text = (
        "We propose a novel recommender model, called ZOrbing user pReference expAnsion and "
        "Learning (ZORAL). Firstly, ZORAL extracts hidden preferences."
    )
    mentions = linker.link(paper(text)).mentions
    assert [(m.surface, m.role) for m in mentions] == [("ZORAL", Role.INTRODUCES)]
    # a long form whose capitals are only its initials is the usual path's
    text = "We propose the Zorbing Quux Network (ZQN) for link prediction."
    assert [(m.surface, m.role) for m in linker.link(paper(text)).mentions] == [
        ("ZQN", Role.INTRODUCES)
    ]
