"""A one-word catalog name spelled as words inside a longer run of Title Case words is part
of that phrase: "Partially Relevant Video Retrieval (PRVR)" named mteb's VideoRetrieval
(and a longer unseen "Relevant Video Retrieval" data set) on dev19, read after its as-found
score. After an organisation or an article the words are still the name ("Google Open
Images"), and so they are anywhere else ("results on Open Images")."""

from __future__ import annotations

from citegraph.linker import Linker
from tests.linking import paper


def test_a_name_spelled_as_words_inside_a_title_case_phrase_is_the_phrase(
    linker: Linker,
) -> None:
    abstract = "Partially Relevant Video Retrieval (PRVR) is a challenging retrieval task."
    assert linker.link(paper(abstract)).mentions == []


def test_after_an_organisation_or_elsewhere_the_words_name_it(linker: Linker) -> None:
    # "OpenImages" (mmpretrain) written as its words: dev15's "Google Open Images"
    for abstract in (
        "Zero-shot evaluation on Google Open Images (19,958 classes) shows gains.",
        "We report results on Open Images and MS MARCO.",
    ):
        linked = [m.entity_id for m in linker.link(paper(abstract)).mentions]
        assert "dataset:openimages" in linked
