"""The forty-second round of catalog sources (scripts/catalog/sources_round42.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round42


def test_the_tu_data_sets_grakel_lists() -> None:
    # grakel 0.1.11 datasets/base.py: the keys of dataset_metadata
    source = (
        '"""The base file."""\n'
        "dataset_metadata = {\n"
        '    "AIDS": {"nl": True, "link": "https://www.chrsmrrs.com/x/AIDS.zip"},\n'
        '    "PTC_MR": {"nl": True, "el": True},\n'
        '    "NCI1": {"nl": True},\n'
        '    "Tox21_AHR": {"nl": True},\n'
        "}\n"
        "symmetric_dataset = False\n"
    )
    keys = sources_round42.metadata_keys(source, "dataset_metadata")
    assert keys == ["AIDS", "PTC_MR", "NCI1", "Tox21_AHR"]
    assert sources_round42.metadata_keys(source, "other") == []
    named = sources_round42.tu_dataset_name
    assert named("PTC_MR") == ("PTC-MR", ["PTC_MR"])
    assert named("PROTEINS_full") == ("PROTEINS-full", ["PROTEINS_full"])
    assert named("NCI1") == ("NCI1", [])
    assert named("IMDB-BINARY") == ("IMDB-BINARY", [])
    # The TU splits of Tox21's assays are tasks of the catalogued Tox21.
    assert named("Tox21_AHR") is None and named("Tox21_PPAR-gamma") is None


def test_the_few_shot_set_a_torchmeta_docstring_names() -> None:
    # torchmeta 1.8.0 datasets/**/*.py loader classes' docstrings
    named = sources_round42.few_shot_dataset_name
    assert named("MiniImagenet", "The Mini-Imagenet dataset, introduced in [1]. This") == (
        "Mini-Imagenet",
        [],
    )
    assert named("CIFARFS", "The CIFAR-FS dataset, introduced in [1].") == ("CIFAR-FS", [])
    assert named("FC100", "The Fewshot-CIFAR100 dataset, introduced in [1].") == (
        "Fewshot-CIFAR100",
        ["FC100"],
    )
    assert named("CUB", "The Caltech-UCSD Birds dataset, introduced in [1].") == (
        "Caltech-UCSD Birds",
        ["CUB"],
    )
    assert named("Pascal5i", "Pascal5i dataset [1]. A dataset for few-shot") == ("Pascal5i", [])
    assert named("DoubleMNIST", "The Double MNIST dataset, introduced in [1].") == (
        "Double MNIST",
        [],
    )
    for cls, doc in (
        ("Letter", "The Letter Image Recognition Dataset"),  # another name than the class's
        ("TCGATask", ""),
        ("MiniImagenetClassDataset", ""),
        ("Sinusoid", "Simple regression task, based on sinusoids, as introduced in [1]."),
    ):
        assert named(cls, doc) is None, cls
    assert sources_round42.initials_of("Fewshot-CIFAR100") == "FC100"
    assert sources_round42.initials_of("Caltech-UCSD Birds") == "CUB"


def test_the_ner_corpora_stanza_cites_by_title() -> None:
    # stanza 1.15.0 utils/datasets/ner/prepare_ner_dataset.py module docstring
    doc = (
        "FBK in Italy produced an Italian dataset.\n"
        "  - KIND: an Italian Multi-Domain Dataset for Named Entity Recognition\n"
        "  TODO: update to the newer version of the data\n"
        "  - HiNER: A Large Hindi Named Entity Recognition Dataset\n"
        "  Afrikaans: https://repo.sadilar.org/handle/20.500.12185/299\n"
        "  - DaNE: A Named Entity Resource for Danish\n"
        "  - NorNE: Annotating Named Entities for Norwegian\n"
        "  L3Cube-MahaNER: A Marathi Named Entity Recognition Dataset and BERT models\n"
        "  MasakhaNER: Named Entity Recognition for African Languages\n"
        "ArmTDP-NER: The corpus was developed by the ArmTDP team led by Marat M. Yavrumyan\n"
        "  Usage: A script to convert the data\n"
    )
    assert sources_round42.titled_ner_corpus(doc) == [
        "HiNER", "DaNE", "NorNE", "L3Cube-MahaNER", "MasakhaNER"
    ]  # fmt: skip


def test_denied_names_have_reasons() -> None:
    assert all(reason.strip() for reason in sources_round42.DENY_ROUND42.values())
    for name in ("AIDS", "COX2", "DHFR", "ER_MD", "SYNTHETIC", "FINGERPRINT", "MSRC_21",
                 "KIND", "Bach", "Synthie"):  # fmt: skip
        assert sources_round42._denied(name), name
    # Chained to the earlier rounds' lists: PACS (41), RiR (39), FPN (first round).
    assert sources_round42._denied("PACS") and sources_round42._denied("RiR")
    assert sources_round42._denied("FPN")


def test_the_committed_files_hold_the_forty_second_round(catalog: Catalog) -> None:
    expected = {
        "grakel": ("NCI1", "NCI109", "PTC-MR", "PTC_MR", "ENZYMES", "Mutagenicity", "COLLAB",
                   "IMDB-MULTI", "REDDIT-MULTI-5K", "PROTEINS-full", "BZR", "FRANKENSTEIN"),
        "torchmeta": ("CIFAR-FS", "Fewshot-CIFAR100", "FC100", "Double MNIST", "Pascal5i"),
        "stanza": ("MasakhaNER", "HiNER", "DaNE", "NorNE", "KazNERD", "SiNER"),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    # Joined to entries already there: torch-geometric's TU sets, easyfsl's few-shot sets
    # (torchmeta's spellings their aliases), the hand-written CUB-200-2011.
    for name in ("IMDB-BINARY", "PROTEINS", "REDDIT-BINARY", "MUTAG"):
        (found,) = catalog.lookup(name)
        assert "grakel " in catalog.entries[found].source, name
    assert catalog.lookup("Mini-Imagenet") == catalog.lookup("miniImageNet")
    assert catalog.lookup("Tiered-Imagenet") == catalog.lookup("tieredImageNet")
    # Left out: denied names, two-letter DD, ordinary words, Tox21's assays.
    for name in ("AIDS", "COX2", "DHFR", "ER-MD", "SYNTHETIC", "FINGERPRINT", "MSRC-21",
                 "DD", "Cuneiform", "Letter-high", "Tox21-AHR", "Tox21_AHR", "KIND", "Bach",
                 "PlantsMargin"):  # fmt: skip
        assert not catalog.lookup(name), name


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    pairs = [
        ("NCI109", "NCI1"),
        ("PTC-MR", "PTC-FM"),
        ("PROTEINS-full", "PROTEINS"),
        ("REDDIT-MULTI-5K", "REDDIT-MULTI-12K"),
        ("COX2-MD", "BZR-MD"),
        ("Fewshot-CIFAR100", "CIFAR-100"),
        ("CIFAR-FS", "CIFAR-100"),
        ("Double MNIST", "MNIST"),
        ("Triple MNIST", "Double MNIST"),
        ("COLLAB", "ogbl-collab"),
        ("MasakhaNER", "masakhaner-x"),
    ]
    assert_apart(catalog, pairs)
    text = ("We evaluate on NCI1, NCI109, PTC-MR, ENZYMES and Mutagenicity, and on "
            "mini-ImageNet, CIFAR-FS and FC100.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    expected = {"NCI1": "NCI1", "NCI109": "NCI109", "PTC-MR": "PTC-MR", "ENZYMES": "ENZYMES",
                "Mutagenicity": "Mutagenicity", "mini-ImageNet": "miniImageNet",
                "CIFAR-FS": "CIFAR-FS", "FC100": "Fewshot-CIFAR100"}  # fmt: skip
    for surface, name in expected.items():
        assert by_surface.get(surface) == name, (surface, by_surface)
    # The TU repository's own spellings, which papers copy.
    by_surface = names_by_surface(linker, "Results on PTC_MR and PROTEINS_full.")
    assert by_surface == {"PTC_MR": "PTC-MR", "PROTEINS_full": "PROTEINS-full"}, by_surface
    # The words stay words: the property in lower case, the disease, the enzyme.
    plain = "We model the mutagenicity of compounds, AIDS incidence and COX2 inhibition."
    linked = names_by_surface(linker, plain)
    assert not {"mutagenicity", "AIDS", "COX2"} & set(linked), linked
