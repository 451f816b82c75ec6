"""Introductions the patterns missed on the read collection round dev18 (read after its
as-found scores): a graph convolutional network ("GCN") and a verifier are trained models
that a head noun names, as "GNN" and "retriever" already did ("a novel edge-enhanced GCN,
called EEGCN", "Our verifiers, Math-Rev and Code-Rev,"); and a plural acronym's "s" is no
initial of its lower-case long form ("density-based user representations (DURs), a novel
model"). Names invented for the tests."""

from __future__ import annotations

import pytest

from tests.linking import introduced

TITLE = "Zorbing for Aspect-Based Sentiment Analysis"


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (
            "This paper presents a novel edge-enhanced GCN, called ZEGCN, which improves "
            "performance by preserving feature integrity.",
            [("ZEGCN", "model")],
        ),
        (
            "This study introduces an innovative edge-enhanced GCN, named ZentiSys, to "
            "navigate the syntactic graph.",
            [("ZentiSys", "model")],
        ),
        (
            "Our verifiers, Zorb-Rev and Quux-Rev, demonstrate substantial gains over "
            "existing LLMs.",
            [("Quux-Rev", "model"), ("Zorb-Rev", "model")],
        ),
        (
            "To overcome this, we introduce density-based zorb representations (DZRs), a "
            "novel model that leverages Gaussian process regression.",
            [("DZRs", "model")],
        ),
        # a plural acronym of a long form the sentence does not introduce is a class's
        ("We use convolutional zorb networks (CZNs) on the data.", []),
        # a method head still names no model
        ("We propose a GCN-based method, called ZorbGraph, for aspects.", []),
    ],
)
def test_introduced_names(abstract: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(introduced(abstract, TITLE)) == expected


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (
            "To this end, the Joint Zorbal Corpus (JZC) is collected from forums.",
            [("JZC", "dataset")],
        ),
        ("To this end, the Joint Zorbal Matching (JZM) model is devised.", [("JZM", "model")]),
        ("To this end, the Joint Zorbal Matching (JZM) model is released.", [("JZM", "model")]),
    ],
)
def test_a_passive_after_an_acronym_reads_every_passive_introducing_verb(
    abstract: str, expected: list[tuple[str, str]]
) -> None:
    """One list of passive introducing verbs (introduced._PASSIVE_VERBS) for a name before
    the passive and for an acronym before it: "collected" and "released" introduce an
    acronym too, as "devised" introduces a bracketed name."""
    assert sorted(introduced(abstract, TITLE)) == expected
