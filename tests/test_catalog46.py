"""The forty-sixth round of catalog sources (scripts/catalog/sources_round46.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round46


def test_the_model_a_hubconf_entry_docstring_names() -> None:
    # s3prl 0.4.18 upstream/distiller/hubconf.py and upstream/hubert/hubconf.py
    named = sources_round46.entry_docstring_model
    assert named("distilhubert", "\n    DistilHuBERT\n    ") == "DistilHuBERT"
    assert named("distilhubert_base", "DistilHuBERT Base\nDefault model in https://...") is None
    assert named("hubert", "The default model - Base") is None
    assert named("apc", "apc") is None  # the identifier, in lower case


def test_the_model_a_header_comment_names_before_its_paper() -> None:
    # s3prl 0.4.18 upstream/lighthubert/lighthubert/lighthubert.py header comment
    text = ("# --------------------------------------------------------\n"
            "# LightHuBERT: Lightweight and Configurable Speech Representation Learning with "
            "Once-for-All Hidden-Unit BERT (https://arxiv.org/pdf/2203.15610.pdf)\n"
            "# Github source: https://github.com/mechanicalsea/lighthubert\n")  # fmt: skip
    assert sources_round46.header_paper_model("lighthubert", text) == "LightHuBERT"
    assert sources_round46.header_paper_model("wavlm", text) is None
    assert sources_round46.header_paper_model("lighthubert", "# LightHuBERT: no link\n") is None


def test_the_long_form_a_class_name_spells() -> None:
    # mmdet 3.3.0 models/detectors/htc.py and fcos.py
    doc = "Implementation of `HTC <https://arxiv.org/abs/1901.07518>`_"
    assert sources_round46.class_long_form("HybridTaskCascade", doc) == "Hybrid Task Cascade"
    fcos = "Implementation of `FCOS <https://arxiv.org/abs/1904.01355>`_"
    assert sources_round46.class_long_form("FCOS", fcos) is None
    assert sources_round46.class_long_form("CascadeRCNN", doc) is None
    assert sources_round46.camel_words("HybridTaskCascade") == ["Hybrid", "Task", "Cascade"]


def test_denied_names_chain_to_the_earlier_rounds() -> None:
    assert all(reason.strip() for reason in sources_round46.DENY_ROUND46.values())
    # Chained to the earlier rounds' lists: VAD (45), IWSLT'18 (44), HTC and FPN (first round).
    for name in ("VAD", "IWSLT'18", "HTC", "FPN"):
        assert sources_round46._denied(name), name


def test_the_committed_files_hold_the_forty_sixth_round(catalog: Catalog) -> None:
    expected = {
        "s3prl": ("DistilHuBERT", "LightHuBERT"),
        "mmdet": ("Hybrid Task Cascade",),
    }
    assert_stated_by(catalog, expected)
    # HTC stays out (the phone maker); the phrase in lower case is words.
    assert not catalog.lookup("HTC")
    assert not catalog.lookup("hybrid task cascade")


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("DistilHuBERT", "HuBERT"), ("LightHuBERT", "HuBERT"),
                           ("DistilHuBERT", "LightHuBERT")])  # fmt: skip
    text = ("We distil HuBERT into DistilHuBERT and LightHuBERT, and compare with Hybrid Task "
            "Cascade on COCO.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    expected = {"DistilHuBERT": "DistilHuBERT", "LightHuBERT": "LightHuBERT",
                "Hybrid Task Cascade": "Hybrid Task Cascade"}  # fmt: skip
    for surface, name in expected.items():
        assert by_surface.get(surface) == name, (surface, by_surface)
