"""Long forms of the catalog's acronym entries (scripts/catalog/sources_longforms.py): the
rules on excerpts of the packages read, the initials rule (the linker's own), what the
committed files hold (each long form citing its package and version), and what the linker
does with a long form: a paper's other spelling of the acronym drops the catalog link."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from citegraph.linker import Catalog, Linker
from citegraph.linker.names import PLAIN_WORD
from citegraph.linker.policy import _initials

from .linking import ids_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_longforms

# Entry name -> the long form added, and the package (and place) whose text states it.
ADDED = {
    "DLRM": ("Deep Learning Recommendation Model", "torchrec"),
    "ESM": ("Evolutionary Scale Modeling", "torchdrug"),
    "NCF": ("Neural Collaborative Filtering", "recommenders"),
    "VGAE": ("Variational Graph Auto-Encoder", "torch-geometric"),
    "GNNFF": ("Graph Neural Network Force Field", "torch-geometric"),
    "DLA": ("Deep Layer Aggregation", "pytorchcv"),
    "PLE": ("Progressive Layered Extraction", "deepctr-torch"),
    "MLFN": ("Multi-Level Factorisation Net", "torchreid"),
    "DTD": ("Describable Textures Dataset", "torchvision"),
    "GTSRB": ("German Traffic Sign Recognition Benchmark", "torchvision"),
    "NELL": ("Never-Ending Language Learning", "torch-geometric"),
}


def test_the_initials_are_the_linkers() -> None:
    # the reader's PLAIN_WORD is the linker's, so its initials are `_initials`'
    assert sources_longforms.PLAIN_WORD.pattern == PLAIN_WORD.pattern
    phrases = (
        "Graph Isomorphism Network",
        "Boundary-Matching Network",
        "Graph Attention Network",
        "Never-Ending Language Learning",
        "Multi-Level Factorisation Net",
    )
    for phrase in phrases:
        assert sources_longforms.initials(phrase) == _initials(phrase), phrase
    assert sources_longforms.letters("R-GCN") == ["R", "G", "C", "N"]
    assert sources_longforms.is_acronym("GIN") and sources_longforms.is_acronym("R-GCN")
    for name in ("GraphSAGE", "PANNs", "S3DIS", "A3T-GCN"):  # a digit: the long form drops it
        assert not sources_longforms.is_acronym(name), name


def test_the_long_form_an_export_spells() -> None:
    # torchdrug 0.2.1 models/__init__.py
    assigned = sources_longforms.assigned_long_form
    assert assigned("GIN", "GraphIsomorphismNetwork") == "Graph Isomorphism Network"
    assert assigned("ESM", "EvolutionaryScaleModeling") == "Evolutionary Scale Modeling"
    assert assigned("GAT", "GraphAttentionNetwork") is None  # G A N: no long form of GAT
    assert assigned("KBGAT", "KnowledgeBaseGraphAttentionNetwork") is None
    assert assigned("RBF", "GaussianSmearing") is None


def test_the_long_forms_an_acronym_class_states() -> None:
    forms = sources_longforms.docstring_long_forms
    # dgl 2.x nn/pytorch/conv/ginconv.py GINConv
    doc = ("Graph Isomorphism Network layer from `How Powerful are Graph\n    Neural Networks?"
           " <https://arxiv.org/pdf/1810.00826.pdf>`__")  # fmt: skip
    assert forms("GIN", doc) == ["Graph Isomorphism Network"]
    assert forms("BMN", "Boundary Matching Network for temporal action proposal") == [
        "Boundary Matching Network"
    ]
    assert forms("GTSRB", "`German Traffic Sign Recognition Benchmark (GTSRB) <https://>`_") == [
        "German Traffic Sign Recognition Benchmark"
    ]
    # a part of a longer name, lower-case words, a leading article
    assert forms("S3DIS", "The (Stanford Large-Scale 3D Indoor Spaces) dataset") == []
    assert forms("DIN", "Raises an error if dim is not given") == []
    assert forms("TGN", "The Temporal Graph Network memory") == ["Temporal Graph Network"]
    assert sources_longforms.one_per_key(
        ["Temporal Graph Networks", "Temporal Graph Network", "Temporal Graph-Network"]
    ) == ["Temporal Graph Network"]


def test_a_class_named_by_the_acronym() -> None:
    named = sources_longforms.acronym_class
    assert named("GIN", "GINConv") and named("R-GCN", "RGCN") and named("TGN", "TGNMemory")
    # other models that share the letters
    assert not named("LED", "LEDNet") and not named("GIN", "GINet")
    assert not named("ESM", "ESMOTE") and not named("PNA", "PNASNet")


def test_the_committed_files_hold_the_long_forms(catalog: Catalog) -> None:
    for name, (long_form, package) in ADDED.items():
        (entity_id,) = catalog.lookup(name)
        entry = catalog.entries[entity_id]
        assert entry.generated and entry.name == name, name
        assert long_form in entry.aliases, (name, entry.aliases)
        assert catalog.lookup(long_form) == (entity_id,), long_form
        # the source names the package, its version and the place: a class's docstring or
        # an export
        place = rf"{re.escape(package)} [\d.]+: \S+\.py (?:\w+ docstring|{re.escape(name)} = \w+)"
        assert re.search(place, entry.source), (name, entry.source)
        assert _initials(long_form) == [ch for ch in name if ch.isupper()], long_form


def test_every_acronym_long_form_spells_its_acronym(catalog: Catalog) -> None:
    """Every alias of several words an acronym entry holds whose initials begin like the
    acronym's spells it exactly (the linker compares the whole run)."""
    added = 0
    for entry in catalog.entries.values():
        if not (entry.generated and sources_longforms.is_acronym(entry.name)):
            continue
        letters = sources_longforms.letters(entry.name)
        for alias in entry.aliases:
            if " " in alias and _initials(alias) == letters:
                added += 1
    assert added >= 25


def test_the_denied_and_left_out(catalog: Catalog) -> None:
    # read by linker/long_forms.py, so no alias (test_catalog25, test_linker), but stated
    # as the entry's long forms: that module links such a run only where one is stated
    for name, text in (("GCN", "Graph Convolutional Network"),
                       ("GIN", "Graph Isomorphism Network"),
                       ("TGN", "Temporal Graph Network")):  # fmt: skip
        assert not catalog.lookup(text), text
        (entity_id,) = catalog.lookup(name)
        assert catalog.entries[entity_id].long_forms == (text,), name
    for text in ("Temple University Hospital", "Generalized Focal Loss",
                 "Adaptive Training Sample Selection"):  # fmt: skip
        assert not catalog.lookup(text), text
    # a long form an entry held already is unchanged: TFT's and PNA's stay cased
    for name, long_form in (("TFT", "Temporal Fusion Transformer"),
                            ("PNA", "Principal Neighbourhood Aggregation")):  # fmt: skip
        (entity_id,) = catalog.lookup(name)
        entry = catalog.entries[entity_id]
        assert long_form in entry.cased_aliases and long_form not in entry.aliases, name
    # GAT's "Graph Attention Network" spells G A N: the entry keeps it, as no long form
    (gat,) = catalog.lookup("GAT")
    assert _initials("Graph Attention Network") != ["G", "A", "T"]
    assert catalog.lookup("Graph Attention Network") == (gat,)


@pytest.mark.parametrize(
    ("text", "acronym", "linked"),
    [
        ("Proteins are embedded by Evolutionary Scale Modeling (ESM) and compared.", "ESM", True),
        ("Solvation is computed by Explicit Solvent Modeling (ESM) and compared.", "ESM", False),
        ("Clicks are ranked by a Deep Learning Recommendation Model (DLRM) on logs.", "DLRM",
         True),
        ("Clicks are ranked by a Distributed Low-Rank Model (DLRM) on logs.", "DLRM", False),
        ("Items are ranked by Neural Collaborative Filtering (NCF) on logs.", "NCF", True),
        ("Items are ranked by Noisy Contrastive Fusion (NCF) on logs.", "NCF", False),
        ("Textures come from the Describable Textures Dataset (DTD) and others.", "DTD", True),
        ("Spectra come from the Digital Terrain Database (DTD) and others.", "DTD", False),
        ("Graphs are embedded by a Graph Isomorphism Network (GIN) and pooled.", "GIN", True),
        ("Models are explained by a Generative Interpretation Network (GIN) here.", "GIN",
         False),
    ],
)  # fmt: skip
def test_a_papers_other_long_form_drops_the_link(
    linker: Linker, text: str, acronym: str, linked: bool
) -> None:
    """The acronym a paper spells out as something else is not linked to the catalog's; nor
    is the run of words (linker/long_forms.py links a Title Case run ending in "Network"
    or "Transformer" by its initials only where it is a long form the entry states: "a
    Generative Interpretation Network (GIN)" is no GIN, whose stated long form is "Graph
    Isomorphism Network")."""
    (entity_id,) = linker.catalog.lookup(acronym)
    by_surface = ids_by_surface(linker, text)
    if linked:  # by the long form or by the acronym
        assert entity_id in by_surface.values(), (text, by_surface)
    else:
        assert by_surface.get(acronym) != entity_id, (text, by_surface)


def test_what_the_linker_reads_already() -> None:
    # linker/long_forms.py reads a Title Case run ending in "Network(s)" or "Transformer"
    read = sources_longforms.read_by_the_linker
    for long_form in ("Graph Isomorphism Network", "Wide Residual Networks",
                      "Heterogeneous Graph Transformer", "Boundary-Matching-Network"):  # fmt: skip
        assert read(long_form), long_form
    for long_form in ("Deep Learning Recommendation Model", "Multi-Level Factorisation Net",
                      "Variational Graph Auto-Encoder"):  # fmt: skip
        assert not read(long_form), long_form


def test_the_long_form_written_out_links_the_entry(linker: Linker) -> None:
    text = ("We compare Graph Isomorphism Networks with the Deep Learning Recommendation "
            "Model and Neural Collaborative Filtering baselines.")  # fmt: skip
    by_surface = ids_by_surface(linker, text)
    for surface, name in (("Graph Isomorphism Networks", "GIN"),
                          ("Deep Learning Recommendation Model", "DLRM"),
                          ("Neural Collaborative Filtering", "NCF")):  # fmt: skip
        assert by_surface.get(surface) == linker.catalog.lookup(name)[0], (surface, by_surface)
