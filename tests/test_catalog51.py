"""The fifty-first round of catalog sources (scripts/catalog/sources_round51.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package and version), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round51


def test_the_model_a_summary_names_by_the_package_initials() -> None:
    # ofa 0.1.0.post202307202001 and ggnn 0.0.7.post45 package metadata Summaries
    initialled = sources_round51.initialled_summary
    summary = "Once for All: Train One Network and Specialize it for Efficient Deployment."
    assert initialled(summary, "ofa") == ("OFA", "Once for All")
    words = "Gated Graph Neural Networks"
    assert initialled(words, "ggnn") == ("GGNN", words)
    assert initialled("End-to-End Neural Diarization", "eend") is None
    assert initialled("Gated Graph Neural Networks", "gnn") is None
    assert initialled("A toolkit for graph networks", "atfgn") is None
    # the MIT network's initials name the hand-written OFA (One For All); kept by its words
    assert sources_round51._denied("OFA")


def test_the_names_citation_titles_give() -> None:
    # mteb 2.26.24 tasks/retrieval/eng/covers80_retrieval.py, tasks/**/scidocs*.py
    quoted = sources_round51.quoted_title_dataset
    assert quoted('The "Covers80" cover song data set') == "Covers80"
    title = 'The "Something Something" Video Database for Learning and Evaluating ...'
    assert quoted(title) is None
    titled = sources_round51.representation_title
    title = ("SPECTER: Document-level Representation Learning using Citation-informed\n"
             "  Transformers")  # fmt: skip
    assert titled(title) == "SPECTER"
    assert titled("C-Pack: Packed Resources For General Chinese Embeddings") is None
    assert titled("Pixel Sentence Representation Learning") is None


def test_the_graph_a_data_set_is_a_subset_of() -> None:
    # torch-geometric 2.8.1 datasets/ogb_mag.py OGB_MAG
    doc = (":obj:`ogbn-mag` is a heterogeneous graph composed of a subset of the\n    "
           "Microsoft Academic Graph (MAG).\n    It contains four types of entities")  # fmt: skip
    assert sources_round51.subset_of(doc) == ("Microsoft Academic Graph", "MAG")
    assert sources_round51.subset_of("a subset of the ImageNet dataset") is None
    assert sources_round51.subset_of("a subset of the Open Images Dataset (OI)") is None
    assert sources_round51._denied("MAG")


def test_the_models_a_docstring_points_to_papers_for() -> None:
    # espnet 202511 espnet2/diar/espnet_model.py ESPnetDiarizationModel
    doc = ('Speaker Diarization model\n\nIf "attractor" is "None", SA-EEND will be used.\n'
           "For the details about SA-EEND and EEND-EDA, refer to the following papers:\n"
           "SA-EEND: https://arxiv.org/pdf/1909.06247.pdf\n"
           "EEND-EDA: https://arxiv.org/pdf/2005.09921.pdf, https://arxiv.org/pdf/2106.10654"
           ".pdf\n")  # fmt: skip
    assert sources_round51.paper_lines(doc) == ["SA-EEND", "EEND-EDA"]
    assert sources_round51.paper_lines("SA-EEND: https://arxiv.org/pdf/1909.06247.pdf") == []


def test_the_challenge_databases_a_recipe_lists() -> None:
    # lhotse 1.33.0 recipes/vctk.py module docstring
    doc = ("- Automatic Speaker Verification Spoofing and Countermeasures Challenge (ASVspoof "
           "2015) Database. This database consists of synthetic speech signals\n"
           "- ASVspoof 2019: The 3rd Automatic Speaker Verification Spoofing and Countermeasures "
           "Challenge database. This database has been used in the 3rd Automatic Speaker "
           "Verification Spoofing and Countermeasures Challenge (ASVspoof 2019) https://doi.org/"
           "10.7488/ds/2555\n- the Challenge (CHiME) recordings")  # fmt: skip
    assert sources_round51.challenge_databases(doc) == ["ASVspoof 2015", "ASVspoof 2019"]
    # papers evaluate on its LA or PA part: the whole challenge would swallow it
    assert sources_round51._denied("ASVspoof 2019")
    assert not sources_round51._denied("ASVspoof 2015")


def test_the_yearly_data_sets_nnunet_converts() -> None:
    # nnunetv2 2.8.1 dataset_conversion/Dataset*.py task_name
    task = sources_round51.conversion_task
    assert task("Dataset043_BraTS19", "BraTS2019") == "BraTS2019"
    assert task("Dataset220_KiTS2023", "KiTS2023") == "KiTS2023"
    assert task("Dataset042_BraTS18", "BraTS2019") is None
    assert task("Dataset221_AutoPETII_2023", "AutoPETII_2023") is None
    assert task("Dataset218_Amos2022_task1", "AMOS2022_postChallenge_task1") is None
    assert rules.split_camel_digits("BraTS2019") == "BraTS-2019"


def test_the_reviewed_words_of_the_round() -> None:
    assert rules.REVIEWED_MODEL_WORDS["Once for All"].strip()
    assert rules.REVIEWED_DATASET_WORDS["Microsoft Academic Graph"].strip()


def test_the_committed_files_hold_the_fifty_first_round(catalog: Catalog) -> None:
    expected = {
        "ofa": ("Once for All",),
        "ggnn": ("GGNN",),
        "mteb": ("SPECTER", "Covers80"),
        "torch-geometric": ("Microsoft Academic Graph",),
        "espnet": ("EEND-EDA", "SA-EEND"),
        "lhotse": ("ASVspoof 2015",),
        "nnunetv2": ("BraTS2018", "BraTS2019", "BraTS2021", "KiTS2023"),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    versions = {
        "Once for All": "ofa 0.1.0.post202307202001: package metadata Summary",
        "GGNN": "ggnn 0.0.7.post45: package metadata Summary",
        "SPECTER": "mteb 2.26.24: tasks/",
        "Covers80": "mteb 2.26.24: tasks/retrieval/eng/covers80_retrieval.py",
        "Microsoft Academic Graph": "torch-geometric 2.8.1: datasets/ogb_mag.py OGB_MAG",
        "EEND-EDA": "espnet 202511: espnet2/diar/espnet_model.py",
        "ASVspoof 2015": "lhotse 1.33.0: recipes/vctk.py",
        "BraTS2019": "nnunetv2 2.8.1: dataset_conversion/Dataset043_BraTS19.py",
    }
    for name, source in versions.items():
        (found,) = catalog.lookup(name)
        assert catalog.entries[found].source.startswith(source), (name, source)
    assert catalog.lookup("BraTS-2019") == catalog.lookup("BraTS2019")
    # cased: the words, the English word, the initials of other things
    for text in ("once for all", "specter", "microsoft academic graph", "MAG", "ASVspoof 2019"):
        assert not catalog.lookup(text), text
    (ofa,) = catalog.lookup("OFA")
    assert not catalog.entries[ofa].generated  # still the hand-written One For All


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("Once for All", "OFA"), ("SA-EEND", "EEND-EDA"),
                           ("BraTS2019", "BraTS2018"), ("BraTS2019", "BraTS2021"),
                           ("Microsoft Academic Graph", "ogbn-mag"), ("SPECTER", "SciDocs"),
                           ("Covers80", "Covers80A2ARetrieval")])  # fmt: skip
    text = ("We search a Once-for-All supernet and compare with OFA; a GGNN encodes code graphs; "
            "EEND-EDA and SA-EEND diarize; we segment BraTS-2019 and BraTS 2021; we identify "
            "covers80 songs; citations come from the Microsoft Academic Graph; SPECTER embeds "
            "papers; and we detect spoofing on ASVspoof 2015.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    expected = {"Once-for-All": "Once for All", "GGNN": "GGNN", "EEND-EDA": "EEND-EDA",
                "SA-EEND": "SA-EEND", "BraTS-2019": "BraTS2019", "BraTS 2021": "BraTS2021",
                "covers80": "Covers80", "Microsoft Academic Graph": "Microsoft Academic Graph",
                "SPECTER": "SPECTER", "ASVspoof 2015": "ASVspoof 2015"}  # fmt: skip
    for surface, name in expected.items():
        assert by_surface.get(surface) == name, (surface, by_surface)
    assert by_surface.get("OFA") != "Once for All"
    text = ("MAG-BERT fuses modalities with the MAG gate; we train once for all tasks; the "
            "specter of overfitting; we evaluate on the ASVspoof2019 logical access "
            "set.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    assert not {"Microsoft Academic Graph", "Once for All", "SPECTER", "ASVspoof 2015"} & set(
        by_surface.values()
    ), by_surface
