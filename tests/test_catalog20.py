"""The twentieth round of catalog sources (scripts/catalog/sources_round20.py): the rules on
excerpts of the packages read, and what the committed files hold and link from them."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round20

from tests.linking import names_by_surface as _linked


def test_conll_shared_tasks_are_named_by_year() -> None:
    years = sources_round20.shared_task_years
    # allennlp-models 2.10.1: modelcards/coref-spanbert.json, tools/srl-eval.pl,
    # models/srl.py, common/ontonotes.py
    assert years("The Coreference model was evaluated on the CoNLL 2012 dataset.") == [
        ("CoNLL-2012", "CoNLL 2012")
    ]
    assert years("evaluation program for the CoNLL-2005 Shared Task") == [
        ("CoNLL-2005", "CoNLL-2005")
    ]
    assert years("official CONLL 2005 perl script") == [("CoNLL-2005", "CONLL 2005")]
    assert years("the format used by the CoNLL 2011/2012 shared tasks") == [
        ("CoNLL-2011", "CoNLL 2011"),
        ("CoNLL-2012", "CoNLL 2012"),
    ]


def test_a_conll_year_without_the_task_words_names_nothing() -> None:
    years = sources_round20.shared_task_years
    assert years("It was trained on the CoNLL-2003 NER dataset.") == []
    assert years("the original BIO scheme in the CoNLL 2000 chunking data") == []
    assert years("Conll2003 reader") == []


def test_a_plus_spelled_link_text_spells_its_folder() -> None:
    assert sources_round20.plus_spelled("r2plus1d", "R(2+1)D")
    assert not sources_round20.plus_spelled("r2plus1d", "R2Plus1D")  # no "+": read already
    assert not sources_round20.plus_spelled("csn", "C+SN")
    assert not sources_round20.plus_spelled("tsn", "TSN")


def test_a_quoted_title_spells_the_class_name() -> None:
    name = sources_round20.quoted_title_name
    # monai 1.6.1 networks/nets/attentionunet.py, class AttentionUnet
    doc = ('Attention Unet based on\nOtkay et al. "Attention U-Net: Learning Where to Look '
           'for the Pancreas"\nhttps://arxiv.org/abs/1804.03999')  # fmt: skip
    assert name("AttentionUnet", doc) == "Attention U-Net"
    assert name("UNet", doc) is None
    assert name("Quicknat", '"QuickNAT: A fully convolutional network"') == "QuickNAT"
    assert name("UNETR", '"UNETR: Transformers for 3D Medical Image Segmentation"') is None
    assert name("AttentionUnet", "Attention Unet based on Oktay et al.") is None


def test_an_acknowledgement_names_the_data_sets_it_says_where_to_find() -> None:
    # DeepPurpose 0.1.5, DeepPurpose/dataset.py module string (excerpt)
    doc = """Acknowledgement:
The BindingDB dataset is hosted in https://www.bindingdb.org/bind/index.jsp.

The Davis Dataset can be found in http://staff.cs.utu.fi/~aatapa/data/DrugTarget/.

The KIBA dataset can be found in https://jcheminf.biomedcentral.com/articles/10.1186/s13321.

The COVID-19 Dataset including SARS-CoV, Broad Repurposing Hub can be found in https://x.org;
"""
    assert sources_round20.acknowledged_datasets(doc) == ["BindingDB", "Davis", "KIBA"]


def test_denied_names_have_reasons() -> None:
    assert all(reason for reason in sources_round20.DENY_ROUND20.values())
    assert "Davis" in sources_round20.DENY_ROUND20
    guard = rules.Guard(zipf=lambda word: 5.0, ordinary_words=frozenset())
    assert guard.classify("Attention U-Net", model=True) == "cased"
    assert guard.classify("attention U-Net", model=True) is None


def test_the_committed_files_hold_the_twentieth_round(catalog: Catalog) -> None:
    (c05,) = catalog.lookup("CoNLL-2005")
    assert "allennlp-models 2.10.1: structured_prediction/tools/srl-eval.pl" in (
        catalog.entries[c05].source
    )
    (c12,) = catalog.lookup("CoNLL-2012")
    assert catalog.lookup("CoNLL 2012") == (c12,)
    (c03,) = catalog.lookup("CoNLL-2003")
    assert len({c05, c12, c03}) == 3
    (kiba,) = catalog.lookup("KIBA")
    assert "DeepPurpose 0.1.5: dataset.py acknowledgement" in catalog.entries[kiba].source
    assert not catalog.lookup("kiba")
    (r21d,) = catalog.lookup("R(2+1)D")
    assert catalog.lookup("R2Plus1D") == (r21d,)
    (attention,) = catalog.lookup("Attention U-Net")
    assert catalog.lookup("AttentionUnet") == (attention,)
    assert not catalog.lookup("attention u-net")
    assert not catalog.lookup("Davis")


def test_the_conll_years_are_told_apart(linker: Linker) -> None:
    found = _linked(linker, "We evaluate semantic role labelling on CoNLL-2005 and CoNLL-2012, "
                    "and named entities on CoNLL-2003.")  # fmt: skip
    assert found["CoNLL-2005"] == "CoNLL-2005"
    assert found["CoNLL-2012"] == "CoNLL-2012"
    assert found["CoNLL-2003"] == "CoNLL-2003"
    assert _linked(linker, "Results on the CoNLL 2005 test set.")["CoNLL 2005"] == "CoNLL-2005"
    assert "CoNLL-2012" not in _linked(linker, "Results on the CoNLL 2005 test set.").values()


def test_the_new_names_link_as_papers_write_them(linker: Linker) -> None:
    found = _linked(linker, "We compare Attention U-Net with the R(2+1)D network, and predict "
                    "binding affinity on the KIBA and BindingDB benchmarks.")  # fmt: skip
    assert found["Attention U-Net"] == "Attention Unet"
    assert found["R(2+1)D"] == "R2Plus1D"
    assert {"KIBA", "BindingDB"} <= set(found.values())


def test_ordinary_words_of_new_sources_link_nothing(linker: Linker) -> None:
    text = ("As Davis et al. showed, attention helps a network; the kiba of a pupil is a "
            "word.")  # fmt: skip
    assert not _linked(linker, text)


def test_a_summary_lists_the_models_a_package_implements() -> None:
    # keras-unet-collection 0.1.13, METADATA Summary
    metadata = (
        "Name: keras-unet-collection\nSummary: The Tensorflow, Keras implementation of U-net, "
        "V-net, U-net++, UNET 3+, Attention U-net, R2U-net, ResUnet-a, U^2-Net, TransUNET, and "
        "Swin-UNET with optional ImageNet-trained backbones.\n"
    )
    assert sources_round20.summary_models(metadata) == [
        "U-net", "V-net", "U-net++", "UNET 3+", "Attention U-net", "R2U-net", "ResUnet-a",
        "U^2-Net", "TransUNET", "Swin-UNET",
    ]  # fmt: skip
    assert sources_round20.summary_models("Summary: A toolkit for segmentation.") == []


def test_a_builder_docstring_spells_its_model() -> None:
    spell = sources_round20.builder_spellings
    assert spell("Recurrent Residual (R2) U-Net") == ["R2U-Net", "Recurrent Residual U-Net"]
    assert spell("ResUNet-a") == ["ResUNet-a"]
    assert spell("UNET 3+ with an optional ImageNet-trained backbone.") == ["UNET 3+"]
    assert spell("") == []


def test_r2u_net_links_by_its_long_form_and_keeps_its_digit(
    catalog: Catalog, linker: Linker
) -> None:
    (r2u,) = catalog.lookup("Recurrent Residual U-Net")
    assert catalog.lookup("R2U-Net") == (r2u,)
    assert "keras-unet-collection 0.1.13: package Summary 'R2U-net'" in catalog.entries[r2u].source
    assert not catalog.lookup("recurrent residual u-net")
    assert r2u not in catalog.lookup("U-Net")
    found = _linked(linker, "We train U-Net, Recurrent Residual U-Net and TransUNet on brain MRI.")
    assert found["Recurrent Residual U-Net"] == "Recurrent Residual U-Net"
    assert found["U-Net"] == "U-Net"
    assert found["TransUNet"] == "TransUNET"


def test_a_reference_attribute_names_the_database_its_initials_spell() -> None:
    # biopython 1.88, Bio/PDB/PDBList.py, class PDBList
    reference = """
    The Protein Data Bank: a computer-based archival file for macromolecular structures.
    F.C.Bernstein, T.F.Koetzle, ... J. Mol. Biol. 112 pp. 535-542 (1977)
    """
    found = sources_round20.referenced_database
    assert found("PDB_REF", reference) == ("Protein Data Bank", "PDB")
    assert found("PDB_REF", "Bernstein et al. The PDB.") is None
    assert found("NDB_REF", reference) is None  # the initials differ
    assert found("pdb_ref", reference) is None


def test_the_protein_data_bank_links_as_written(catalog: Catalog, linker: Linker) -> None:
    (pdb,) = catalog.lookup("Protein Data Bank")
    assert catalog.lookup("PDB") == (pdb,)
    assert "biopython 1.88: Bio/PDB/PDBList.py PDB_REF" in catalog.entries[pdb].source
    assert not catalog.lookup("protein data bank") and not catalog.lookup("pdb")
    found = _linked(linker, "Structures were taken from the Protein Data Bank (PDB).")
    assert set(found.values()) == {"Protein Data Bank"}


REVIEWED_ROUND20 = (
    "Fisher English", "Fisher Spanish", "Fluent Speech Commands", "Tiny Shakespeare",
    "Humanity's Last Exam", "Medical Segmentation Decathlon", "Stanford Dogs",
    "Stanford Online Products", "Caltech-256", "Kinetics-700", "Kinetics-710", "Broadcast News",
    "Moral Stories", "Opinion Lexicon", "Essen Folk Song Database", "Nottingham Database",
    "Pascal Context", "Pascal Context 59", "Open Images v6", "Moments in Time V1", "Spoken Digit",
    "Precision Medicine Knowledge Graph", "Clinical Knowledge Graph",
)  # fmt: skip


def test_reviewed_data_set_names_of_round_20_enter_as_written_only(catalog: Catalog) -> None:
    for name in REVIEWED_ROUND20:
        assert rules.REVIEWED_DATASET_WORDS[name]
        (key,) = catalog.lookup(name)
        assert catalog.entries[key].type == "dataset"
        assert not catalog.lookup(name.lower()), name


def test_the_numbers_of_reviewed_names_keep_them_apart(linker: Linker) -> None:
    found = _linked(linker, "We report results on Kinetics-400 and Kinetics-700, on Caltech-101 "
                    "and Caltech-256, and on Pascal Context and Pascal Context 59.")  # fmt: skip
    assert found["Kinetics-700"] == "Kinetics-700"
    assert found["Caltech-256"] == "Caltech-256"
    assert found["Pascal Context 59"] == "Pascal Context 59"
    assert found.get("Kinetics-400") != "Kinetics-700"
    assert found.get("Caltech-101") != "Caltech-256"
    assert found.get("Pascal Context") != "Pascal Context 59"


def test_the_words_of_reviewed_names_link_nothing(linker: Linker) -> None:
    text = ("Fisher information and the fisher english department; broadcast news and moral "
            "stories about tiny shakespeare plays in the stanford dogs park.")  # fmt: skip
    assert not _linked(linker, text)


def test_a_comparison_table_names_the_models_it_links() -> None:
    # demucs 4.1.0, METADATA (excerpt)
    description = """Demucs is based on a U-Net convolutional architecture.

| Model                        | Domain      | Extra data?       | Overall SDR |
|------------------------------|-------------|-------------------|-------------|
| [Wave-U-Net][waveunet]       | waveform    | no                | 3.2         |
| [Open-Unmix][openunmix]      | spectrogram | no                | 5.3         |
| [Demucs (v2)][demucs_v2]     | waveform    | no                | 6.3         |
| **Hybrid Demucs (v3)**       | hybrid      | no                | 7.7         |
| [Open-Unmix][openunmix]      | spectrogram | 800 songs         | 5.9         |

| Dataset | Size |
|---------|------|
| [MUSDB][musdb] | 150 |
"""
    assert sources_round20.compared_models(description) == ["Wave-U-Net", "Open-Unmix"]
    assert sources_round20.compared_models("| Dataset | Size |\n|---|---|\n| [A][a] | 1 |\n") == []


def test_wave_u_net_links_as_written(catalog: Catalog, linker: Linker) -> None:
    (wave,) = catalog.lookup("Wave-U-Net")
    assert "demucs 4.1.0: package description model table" in catalog.entries[wave].source
    assert not catalog.lookup("wave-u-net")
    assert not catalog.lookup("Band-Spit RNN")
    assert "Band-Spit RNN" in sources_round20.DENY_ROUND20
    found = _linked(linker, "We compare with Wave-U-Net, Open-Unmix and Spleeter.")
    assert set(found.values()) == {"Wave-U-Net", "Open-Unmix", "Spleeter"}
