"""The fiftieth round of catalog sources (scripts/catalog/sources_round50.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round48
import sources_round50


def test_the_model_a_class_loads() -> None:
    # bioacoustics-model-zoo 0.13.4 birdnet.py, perch.py, perch_v2.py
    loaded = sources_round50.loaded_class
    doc = ("load BirdNET global bird classification CNN\n\n        [BirdNET](https://github.com"
           "/kahst/BirdNET-Analyzer) is shared under the CC A-NC-SA 4.0.")  # fmt: skip
    assert loaded("BirdNET", doc) == ("BirdNET", [])
    doc = "load Perch (aka Google Bird Vocalization Classifier) from TensorFlow Hub or local file"
    assert loaded("Perch", doc) == ("Perch", ["Google Bird Vocalization Classifier"])
    assert loaded("Perch2", "load Perch v2.0 from TensorFlow Hub") is None
    assert loaded("HumpbackWhale", "load the humpback whale NOAA + Google classifier") is None


def test_the_collections_a_model_was_trained_on() -> None:
    recordings = sources_round50.recordings_from
    doc = ("The model can be used to classify bird vocalizations from about 10,000 bird "
           "species, or\n    to generate feature embeddings for audio files. It was trained on "
           "recordings from Xeno Canto.")  # fmt: skip
    assert recordings(doc) == ["Xeno Canto"]
    doc = "It was trained on recordings from Xeno Canto\n    and iNaturalist Sounds."
    assert recordings(doc) == ["Xeno Canto", "iNaturalist Sounds"]
    assert recordings("Classification model trained on a large set of annotated birds.") == []


def test_the_model_a_summary_titles() -> None:
    # sylber 0.1.4 package metadata Summary, read by round 48's rule
    summary = 'Python code for "Sylber: Syllabic Embedding Representation of Speech from Raw Audio"'
    assert sources_round48.titled_package_model(summary, "sylber") == "Sylber"
    assert sources_round48.titled_package_model(summary, "syllablelm") is None


def test_the_canonical_architecture_and_the_practice_followed() -> None:
    # torchio 1.2.1 EnsureShapeMultiple; mmdet 3.3.0 DeltaXYWHBBoxCoder, TBLRBBoxCoder
    doc = ("Some convolutional neural network architectures need ...\n\n    For example, the "
           "canonical 3D U-Net from\n    [Çiçek et al. ](https://link.springer.com/chapter/"
           "10.1007/978-3-319-46723-8_49)\n    includes three downsampling")  # fmt: skip
    assert sources_round50.canonical_cited(doc) == "3D U-Net"
    assert sources_round50.canonical_cited("the canonical 3D U-Net includes three ...") is None
    practice = sources_round50.practice_linked
    doc = ("Following the practice in `R-CNN <https://arxiv.org/abs/1311.2524>`_,\n    this "
           "coder encodes bbox (x1, y1, x2, y2) into delta (dx, dy, dw, dh)")  # fmt: skip
    assert practice(doc) == "R-CNN"
    assert practice("Following the practice in R-CNN [1]_, this coder encodes bbox") is None


def test_the_model_a_module_is_named_after() -> None:
    # mteb 2.26.24 models/model_implementations/data2vec_models.py
    title = ("data2vec: A General Framework for Self-supervised Learning in Speech, Vision "
             "and Language")  # fmt: skip
    assert sources_round50.module_stem("data2vec_models.py") == "data2vec"
    assert sources_round50.module_stem("ast_model.py") == "ast"
    assert sources_round50.titled_module(title, "data2vec") == "data2vec"
    assert sources_round50.titled_module("C-Pack: Packaged Resources To Advance", "bge") is None
    assert sources_round50._denied("AST")  # the hand-written Audio Spectrogram Transformer
    assert sources_round50._denied("VISTA")


def test_the_benchmark_a_title_names_and_the_widely_used_one() -> None:
    # tensorflow-datasets 4.9.10 datasets/lm1b; espnet 202511 package description
    title = ("One Billion Word Benchmark for Measuring Progress in Statistical Language\n"
             "               Modeling")  # fmt: skip
    readme = ("A benchmark corpus to be used for measuring progress in statistical language\n"
              "modeling. This has almost one billion words in the training data.")  # fmt: skip
    assert sources_round50.benchmark_title(title, readme) == "One Billion Word"
    assert sources_round50.benchmark_title(title, "A corpus of news.") is None
    other = "Natural Questions: a Benchmark for Question Answering Research"
    assert sources_round50.benchmark_title(other, readme) is None
    text = ("We list results from three different models on WSJ0-2mix, which is one the most "
            "widely used benchmark dataset for speech separation.")  # fmt: skip
    assert sources_round50.widely_used_benchmark(text) == ("WSJ0-2mix", "speech separation")
    # the title's words spell lm1b's number: the aliases keep it
    assert rules.numbers_written("One Billion Word") == ["1"]
    assert rules.numbers_written("Online Word") == []


def test_the_reviewed_words_of_the_round() -> None:
    for word in ("Jasper", "Perch"):
        assert rules.REVIEWED_MODEL_WORDS[word].strip(), word
    for name in ("One Billion Word Benchmark", "One Billion Word", "Xeno Canto"):
        assert rules.REVIEWED_DATASET_WORDS[name].strip(), name
    assert rules.DOMAIN_TERMS["birdnet"].strip()


def test_the_committed_files_hold_the_fiftieth_round(catalog: Catalog) -> None:
    expected = {
        "bioacoustics-model-zoo": ("BirdNET", "Perch", "YAMNet", "Xeno Canto",
                                   "iNaturalist Sounds"),
        "sylber": ("Sylber",),
        "torchio": ("3D U-Net",),
        "mmdet": ("R-CNN",),
        "mteb": ("data2vec", "ImageBind", "LLM2Vec"),
        "tensorflow-datasets": ("One Billion Word",),
        "espnet": ("WSJ0-2mix",),
        "openspeech-core": ("Jasper",),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    assert catalog.lookup("One Billion Word Benchmark") == catalog.lookup("lm1b")
    # the "aka" is ordinary words to the guard, which leaves it out
    assert not catalog.lookup("Google Bird Vocalization Classifier")
    # cased: the fish, a given name, the LiDAR detector BirdNet
    for text in ("perch", "jasper", "BirdNet", "one billion word"):
        assert not catalog.lookup(text), text
    assert not catalog.lookup("AST")
    assert not catalog.lookup("VISTA")


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("3D U-Net", "U-Net"), ("R-CNN", "Faster R-CNN"),
                           ("R-CNN", "Mask R-CNN"), ("iNaturalist Sounds", "iNaturalist"),
                           ("data2vec", "wav2vec 2.0"), ("Jasper", "QuartzNet")])  # fmt: skip
    text = ("We quantize QuartzNet, Jasper, and Conformer; compare BirdNET and Perch on "
            "Xeno-Canto recordings; segment with a modified 3D U-Net; detect with an R-CNN "
            "module and Faster R-CNN; distil Data2vec-base and Sylber; and evaluate on "
            "WSJ0-2mix and the One Billion Word benchmark.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    expected = {"Jasper": "Jasper", "BirdNET": "BirdNET", "Perch": "Perch",
                "Xeno-Canto": "Xeno Canto", "3D U-Net": "3D U-Net", "R-CNN": "R-CNN",
                "Faster R-CNN": "Faster R-CNN", "Sylber": "Sylber", "WSJ0-2mix": "WSJ0-2mix",
                "Data2vec-base": "data2vec base", "One Billion Word": "lm1b"}  # fmt: skip
    for surface, name in expected.items():
        assert by_surface.get(surface) == name, (surface, by_surface)
    title = "BirdNet: a 3D Object Detection Framework from LiDAR information"
    assert "BirdNet" not in names_by_surface(linker, "We detect cars.", title)
