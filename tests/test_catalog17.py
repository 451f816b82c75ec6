"""The seventeenth round of catalog sources (scripts/catalog/sources_round17.py): the rules on
excerpts of the packages read, and what the committed files hold and link from them."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round17

from tests.linking import names as _linked

# ir_datasets 0.6.3, docs/antique.yaml and docs/msmarco-passage.yaml, opening lines
ANTIQUE_DOC = """_:
  pretty_name: 'ANTIQUE'
  desc: '
<p>
"ANTIQUE is a non-factoid quesiton answering dataset based on the questions and answers of Yahoo!
"""
MSMARCO_DOC = """_:
  pretty_name: 'MSMARCO (passage)'
  desc: '
"""
HC4_DOC = """_:
  pretty_name: 'HC4 (HLTCOE CLIR Common-Crawl Collection)'
"""
TOUCHE_DOC = """_:
  pretty_name: "Touché 2020 Task 1: Argument Retrieval for Controversial Questions"
"""


def test_an_ir_datasets_doc_names_its_collection_without_the_qualifier() -> None:
    assert sources_round17.pretty_name(ANTIQUE_DOC) == "ANTIQUE"
    assert sources_round17.pretty_name(MSMARCO_DOC) == "MSMARCO"
    assert sources_round17.pretty_name(HC4_DOC) == "HC4"
    assert sources_round17.pretty_name(MSMARCO_DOC.replace("'", '"')) == "MSMARCO"


def test_a_task_title_or_a_nested_pretty_name_names_nothing() -> None:
    assert sources_round17.pretty_name(TOUCHE_DOC) is None
    nested = "dev:\n  pretty_name: 'Anchor Text for Version 1 of MS MARCO'\n"
    assert sources_round17.pretty_name(nested) is None


def test_an_nltk_reader_names_the_corpus_its_file_is_named_for() -> None:
    reader = sources_round17.corpus_reader_name
    assert reader("propbank", "# Natural Language Toolkit: PropBank Corpus Reader") == "PropBank"
    assert reader("europarl_raw", "# Natural Language Toolkit: Europarl Corpus Readers") == (
        "Europarl"
    )
    assert reader("sinica_treebank", "# Natural Language Toolkit: Sinica Treebank Reader") == (
        "Sinica Treebank"
    )
    # a header another file name does not spell, or of another form
    assert reader("bracket_parse", "# Natural Language Toolkit: Penn Treebank Reader") is None
    assert reader("api", "# Natural Language Toolkit: API for Corpus Readers") is None
    assert reader("wordnet", "# Natural Language Toolkit: WordNet") is None


def test_a_detector_names_the_model_it_uses() -> None:
    doc = "\n    A class for detecting human poses in images using the Openpose model.\n\n    "
    assert sources_round17.detector_model("OpenposeDetector", doc) == "Openpose"
    assert sources_round17.detector_model("Body", doc) is None
    assert sources_round17.detector_model("CannyDetector", "") is None
    assert sources_round17.detector_model("XDetector", "using the canny model.") is None


# espnet 202511, espnet/nets/pytorch_backend/rnn/attentions.py and
# espnet/nets/pytorch_backend/tacotron2/decoder.py, espnet2/tts/gst/style_encoder.py (excerpts)
ESPNET = """
    .. _`Deep Voice 3: Scaling Text-to-Speech with Convolutional Sequence Learning`:
        https://arxiv.org/abs/1710.07654

        .. _`Deep Voice 3`: https://arxiv.org/abs/1710.07654
    .. _`Highway Networks`: https://arxiv.org/abs/1505.00387
    .. _`Natural TTS Synthesis by Conditioning WaveNet on Mel Spectrogram Predictions`:
    .. _`Style Tokens: Unsupervised Style Modeling, Control and Transfer in End-to-End Speech Synthesis`:
"""  # noqa: E501 - the package's own lines


def test_a_titled_link_target_names_its_system() -> None:
    assert sources_round17.titled_systems(ESPNET) == ["Deep Voice 3", "Style Tokens"]


ORDINARY = frozenset({"deep", "voice", "stable", "audio", "tweets", "style", "tokens"})
GUARD = rules.Guard(zipf=lambda word: 3.0 if word in ORDINARY else 1.0,
                    ordinary_words=frozenset(), never_names=frozenset())  # fmt: skip


def test_a_versioned_model_name_of_ordinary_words_is_kept_as_written() -> None:
    assert rules.versioned_name("Deep Voice 3") and rules.versioned_name("Stable Audio 3")
    assert GUARD.classify("Deep Voice 3", model=True) == "cased"
    assert GUARD.classify("Deep Voice 3") is None  # not for data sets
    for text in ("Deep Voice", "deep voice 3", "Tweets 2013", "Style Tokens", "Deep 3",
                 "Deep Transformer 2", "Deep Voice Audio Style 3"):  # fmt: skip
        assert not rules.versioned_name(text), text
        assert GUARD.classify(text, model=True) is None, text


# ultralytics 8.4.190, package description (excerpts)
ULTRALYTICS = """
- **mAP<sup>val</sup>** values are for single-model single-scale on the [COCO Keypoints val2017](https://docs.ultralytics.com/datasets/pose/coco) dataset.
See [Pose Docs](https://docs.ultralytics.com/tasks/pose/) for usage examples. These models are trained on [COCO-Pose](https://docs.ultralytics.com/datasets/pose/coco), focusing on the 'person' class.
- **mAP<sup>test</sup>** values are for single-model multiscale on the [DOTAv1](https://docs.ultralytics.com/datasets/obb/dota-v2#dota-v10) dataset.
Speed averaged over [DOTAv1 val images](https://docs.ultralytics.com/datasets/obb/dota-v2#dota-v10) using an instance.
"""  # noqa: E501 - the package's own lines


def test_dataset_links_to_one_page_are_one_data_set() -> None:
    assert sources_round17.linked_datasets(ULTRALYTICS) == [
        ("COCO Keypoints", ["COCO-Pose"]),
        ("DOTAv1", []),
    ]


def test_denied_names_have_reasons() -> None:
    assert all(reason for reason in sources_round17.DENY_ROUND17.values())
    for name in ("Vaswani", "ANTIQUE", "CONLL", "XML", "NYT", "WORLD", "Zoneout"):
        assert name in sources_round17.DENY_ROUND17
    # Europarl's denial is lifted (docs/catalog.md, thirty-eighth round).
    assert "Europarl" not in sources_round17.DENY_ROUND17


def test_the_committed_files_hold_the_seventeenth_round(catalog: Catalog) -> None:
    (cord,) = catalog.lookup("CORD-19")
    assert "ir_datasets 0.6.3: docs/cord19.yaml pretty_name" in catalog.entries[cord].source
    (clueweb09,) = catalog.lookup("ClueWeb09")
    (clueweb12,) = catalog.lookup("ClueWeb12")
    assert clueweb09 != clueweb12
    (mmarco,) = catalog.lookup("mMARCO")
    assert mmarco not in catalog.lookup("MS MARCO")
    (propbank,) = catalog.lookup("PropBank")
    assert "nltk 3.10.4: corpus/reader/propbank.py" in catalog.entries[propbank].source
    assert catalog.lookup("NomBank") != (propbank,)
    (openpose,) = catalog.lookup("OpenPose")
    assert catalog.entries[openpose].type == "model"
    assert "controlnet-aux 0.0.10" in catalog.entries[openpose].source
    (deep_voice,) = catalog.lookup("Deep Voice 3")
    assert "link target 'Deep Voice 3: ...'" in catalog.entries[deep_voice].source
    assert not catalog.lookup("deep voice 3") and not catalog.lookup("Deep Voice")
    (pose,) = catalog.lookup("COCO Keypoints")
    assert catalog.lookup("COCO-Pose") == (pose,)
    assert pose not in catalog.lookup("COCO")
    for left_out in ("Vaswani", "ANTIQUE", "BRIGHT", "CODEC", "CONLL", "XML", "Plaintext",
                     "Washington Post"):  # fmt: skip
        assert not any(
            "ir_datasets" in catalog.entries[key].source or "nltk" in catalog.entries[key].source
            for key in catalog.lookup(left_out)
        ), left_out


def test_vaswani_et_al_cites_a_paper_not_a_collection(linker: Linker) -> None:
    text = "Following Vaswani et al. we train a Transformer on the Cranfield and Vaswani sets."
    assert "Vaswani" not in _linked(linker, text)


def test_coco_keypoints_and_coco_stay_apart(linker: Linker) -> None:
    found = _linked(linker, "We evaluate on the COCO Keypoints benchmark and on COCO detection.")
    assert "COCO-Pose" in found
    assert found & {"COCO", "MS COCO", "MS-COCO"}
    assert "COCO-Pose" not in _linked(linker, "We evaluate on COCO and ImageNet.")


def test_ordinary_words_of_new_sources_link_nothing(linker: Linker) -> None:
    text = ("An antique codec from the Washington Post archive, in plaintext XML, with a "
            "bright toolbox of tagged and chunked words.")  # fmt: skip
    assert not _linked(linker, text)


def test_deep_voice_3_links_as_written_only(linker: Linker) -> None:
    assert "Deep Voice 3" in _linked(linker, "Unlike Deep Voice 3, our vocoder is parallel.")
    assert "Deep Voice 3" not in _linked(linker, "A deep voice 3 octaves lower was recorded.")


def test_openpose_links_as_papers_write_it(linker: Linker) -> None:
    assert "Openpose" in _linked(linker, "Keypoints are extracted with OpenPose from each frame.")
