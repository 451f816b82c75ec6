"""The ninth round of catalog sources (scripts/catalog/sources_round9.py): its name rules on
excerpts of the packages it reads, and what the committed files hold from them."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from citegraph.linker import Catalog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round9

# An excerpt of dcase_util 0.2.20's datasets/tut.py.
TUT = '''\
class TUTAcousticScenes_2017_DevelopmentSet(AcousticSceneDataset):
    """TUT Acoustic scenes 2017 development dataset

    This dataset is used in DCASE2017 - Task 1, Acoustic scene classification

    """

    def __init__(self, storage_name='TUT-acoustic-scenes-2017-development', **kwargs):
        kwargs['dataset_group'] = 'scene'
        kwargs['dataset_meta'] = {
            'authors': 'Annamaria Mesaros, Toni Heittola, and Tuomas Virtanen',
            'title': 'TUT Acoustic Scenes 2017, development dataset',
            'url': None,
        }
'''


def test_a_dcase_util_class_title_is_read_through_ast() -> None:
    node = ast.parse(TUT).body[0]
    assert isinstance(node, ast.ClassDef)
    assert sources_round9.dataset_meta_title(node) == (
        "TUT Acoustic Scenes 2017, development dataset"
    )


@pytest.mark.parametrize(
    ("class_name", "doc", "title", "name"),
    [
        # the title's spelling where it names the class's data set
        ("TUTAcousticScenes_2017_DevelopmentSet", "TUT Acoustic scenes 2017 development dataset",
         "TUT Acoustic Scenes 2017, development dataset", "TUT Acoustic Scenes 2017"),
        ("TAUUrbanAcousticScenes_2019_Openset_LeaderboardSet",
         "TAU Urban Acoustic Scenes 2019 Open set Leaderboard dataset",
         "TAU Urban Acoustic Scenes 2019 Openset, leaderboard dataset",
         "TAU Urban Acoustic Scenes 2019 Openset"),
        ("TUTUrbanAcousticScenes_2018_Mobile_LeaderboardSet",
         "TUT Urban Acoustic Scenes 2018 Mobile Leaderboard dataset",
         "TUT Urban Acoustic Scenes 2018 Mobile, public leaderboard dataset",
         "TUT Urban Acoustic Scenes 2018 Mobile"),
        # a copied title naming the 2016 set: the docstring names the 2017 one
        ("TUTSoundEvents_2017_DevelopmentSet", "TUT Sound events 2017 development dataset",
         "TUT Sound Events 2016, development dataset", "TUT Sound events 2017"),
        # a copied docstring naming another data set: the title names the class's
        ("TUTRareSoundEvents_2017_EvaluationSet", "TUT Acoustic scenes 2017 evaluation dataset",
         "TUT Rare Sound Events 2017, evaluation dataset", "TUT Rare Sound Events 2017"),
        # challenge tasks, a data set named otherwise, a class no name spells
        ("DCASE2018_Task5_DevelopmentSet",
         "Task 5, Monitoring of domestic activities based on multi-channel acoustics, "
         "development set", None, None),
        ("DCASE2013_Scenes_DevelopmentSet", "DCASE2013 Acoustic scenes 2013 development dataset",
         "IEEE AASP CASA Challenge - Public Dataset for Scene Classification Task", None),
        ("TUT_SED_Synthetic_2016", "TUT SED Synthetic 2016", "TUT-SED Synthetic 2016", None),
        ("DBR_Dataset", "DBR (Dog, Bird and Rain) dataset", "DBR Dataset", None),
    ],
)  # fmt: skip
def test_dcase_util_data_sets_are_named_as_their_class_is(
    class_name: str, doc: str, title: str | None, name: str | None
) -> None:
    assert sources_round9.dcase_dataset_name(class_name, doc, title) == name


def test_muspy_names_drop_dataset_but_keep_database() -> None:
    name = sources_round9.muspy_dataset_name
    assert name("Lakh MIDI Dataset") == "Lakh MIDI"
    assert name("MAESTRO Dataset") == "MAESTRO"
    assert name("NES Music Database") == "NES Music Database"
    assert name("Haydn Op.20 Dataset") == "Haydn Op.20"


@pytest.mark.parametrize(
    ("class_name", "doc", "name"),
    [
        ("CHGNet", "CHGNet model.\n\nArgs:", "CHGNet"),
        ("M3GNet", "PyG implementation of the M3GNet model.", "M3GNet"),
        ("MEGNet", "PyG implementation of MEGNet.", "MEGNet"),
        ("TensorNet", "The main TensorNet model. The official implementation can be found",
         "TensorNet"),
        ("QET", "The main QET model (PyG backend).", "QET"),
        ("SO3Net", "SO(3)-equivariant representation using spherical harmonics", None),
        ("TransformedTargetModel", "Model that transforms the target prior to training", None),
        ("MatGLModel", "", None),
        # another class's name
        ("Potential", "The M3GNet model wrapped as a potential.", None),
    ],
)  # fmt: skip
def test_matgl_models_are_what_a_class_docstring_opens_with(
    class_name: str, doc: str, name: str | None
) -> None:
    assert sources_round9.matgl_model_name(class_name, doc) == name


# An excerpt of alignn 2026.8.11's package description.
ALIGNN = """\
<a name="intro"></a>
# ALIGNN & ALIGNN-FF (Introduction)

The Atomistic Line Graph Neural Network \
([paper](https://www.nature.com/articles/s41524-021-00650-1)) introduces a graph convolution layer.

## Installation
"""


def test_the_introduction_heading_names_models_and_the_long_form_is_an_acronym() -> None:
    assert sources_round9.introduced_models(ALIGNN) == [
        ("ALIGNN", "Atomistic Line Graph Neural Network"),
        ("ALIGNN-FF", None),
    ]
    # a long form whose letters do not spell the name is not taken
    other = ALIGNN.replace("Atomistic Line Graph Neural Network", "Crystal Graph Network")
    assert sources_round9.introduced_models(other)[0] == ("ALIGNN", None)
    assert sources_round9.introduced_models("# Installation\n\ntext") == []


def test_ultralytics_model_classes_open_with_their_name_and_call_themselves_a_model() -> None:
    # the eighth round's rule (sources_round8.named_model) on ultralytics' model classes
    name = sources_round9.named_model
    assert name("FastSAM", "FastSAM model interface for Segment Anything tasks.") == "FastSAM"
    assert name("YOLOWorld", "YOLO-World object detection model.\n\nThis model") == "YOLO-World"
    assert name("NAS", "YOLO-NAS model for object detection.") is None
    assert name("RTDETR", "Interface for Baidu's RT-DETR model, a Vision Transformer") is None
    assert name("SAM", "SAM (Segment Anything Model) interface class for real-time") is None


def test_coqui_model_classes_open_with_their_name_and_call_themselves_a_model_or_cite_it() -> None:
    name = sources_round9.coqui_model_class
    assert name("Tacotron", "Tacotron as in https://arxiv.org/abs/1703.10135\n    It's") == (
        "Tacotron"
    )
    assert name("Wavegrad", "🐸 🌊 WaveGrad 🌊 model.\n    Paper - https://") == "WaveGrad"
    assert name("Overflow", "OverFlow TTS model.") == "OverFlow"
    assert name("AlignTTS", "AlignTTS with modified duration predictor.") is None
    assert name("BaseTacotron", "Base class shared by Tacotron and Tacotron2") is None
    assert name("DiscriminatorP", "HiFiGAN Periodic Discriminator") is None
    # a paper cited for a part, by another name
    assert (
        name(
            "ParallelWaveganGenerator",
            "PWGAN generator as in https://arxiv.org/pdf/1910.11480.pdf.",
        )
        is None
    )


def test_the_committed_files_hold_the_ninth_round(catalog: Catalog) -> None:
    # dcase_util: each year's set is its own entry
    for name in ("TUT Acoustic Scenes 2016", "TUT Acoustic Scenes 2017",
                 "TUT Sound Events 2016", "TUT Sound events 2017",
                 "TUT Urban Acoustic Scenes 2018", "TAU Urban Acoustic Scenes 2019"):  # fmt: skip
        assert catalog.lookup(name), name
        assert "dcase_util 0.2.20" in catalog.entries[catalog.lookup(name)[0]].source
    assert catalog.lookup("TUT Acoustic Scenes 2016") != catalog.lookup("TUT Acoustic Scenes 2017")
    # 2017's sound events: dcase_util spells them only "TUT Sound events 2017" (docstring)
    assert catalog.lookup("TUT Sound Events 2016") != catalog.lookup("TUT Sound events 2017")
    assert catalog.lookup("TUT Urban Acoustic Scenes 2018") != catalog.lookup(
        "TUT Urban Acoustic Scenes 2018 Mobile"
    )
    # muspy
    for name in ("Lakh MIDI", "MAESTRO", "MusicNet", "NES Music Database", "EMOPIA"):
        assert catalog.lookup(name), name
    # matgl and alignn
    for name in ("M3GNet", "MEGNet", "CHGNet", "ALIGNN", "ALIGNN-FF"):
        assert catalog.lookup(name), name
    assert catalog.lookup("M3GNet") != catalog.lookup("MEGNet")
    assert catalog.lookup("ALIGNN") != catalog.lookup("ALIGNN-FF")
    assert catalog.lookup("Atomistic Line Graph Neural Network") == catalog.lookup("ALIGNN")
    assert "matgl 4.1.2" in catalog.entries[catalog.lookup("TensorNet")[0]].source
    # ultralytics' model classes; YOLOE is not its YOLOE-11 configuration
    for name in ("FastSAM", "YOLO-World", "YOLOE"):
        assert catalog.lookup(name), name
        assert "ultralytics 8.4.190: models/" in catalog.entries[catalog.lookup(name)[0]].source
    assert catalog.lookup("YOLOE") != catalog.lookup("YOLOE-11")
    # coqui-tts' model classes: the first Tacotron apart from Tacotron 2; WaveGrad
    assert catalog.lookup("Tacotron") == ("model:tacotron",)
    assert catalog.lookup("Tacotron 2") == ("model:tacotron2",)
    assert catalog.lookup("WaveGrad") == ("model:wavegrad",)
    # denied: an ordinary word, a library's corpus
    for denied in ("Hymnal", "Music21 Corpus"):
        assert not any("muspy" in catalog.entries[e].source for e in catalog.lookup(denied))
