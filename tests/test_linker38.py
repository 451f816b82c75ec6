"""Rules from the thirty-sixth and thirty-seventh collection rounds' misses (tests/gold/dev36
and dev37, read sets from the twenty-eighth session on): a data set's name with a number
before words saying what its data is ("the Librispeech-100 speech recognition benchmark"
names Librispeech-100), a new one too ("a new INTERVIEW speech recognition benchmark"); a
release word after a catalog data set ("CheXpert Plus"); the names a sentence opens on
before a comma ("On VisualWebArena and WebArena, ..."); a longer Title Case name before a
head noun when it holds an acronym or a year ("the 2016 AAPM Low-Dose CT Grand Challenge
dataset"); siblings written as suffixes after slashes ("RefCOCO/+/g"); "put forward" as an
introducing verb; a script, like a language, says which part of a data set is meant ("the
MLT-19 Devanagari dataset"). And false links: acronyms of classes joined ("Long Short-Term
Memory Recurrent Neural Network (LSTM-RNN)"), a repository name cut at a PDF's dot above for
an underscore. The scorer reads a label without the head noun the catalog's name has
("Inception" for the catalog's Inception network).
Roles: the noun "comparison" far from its "with" ("the performance comparison of the proposed
approach with VGG16") is a comparison, and a backbone of the paper's own ("by taking ResNet-50
as the backbone") makes a study's title no evaluation study.
Names invented for the tests, except the catalog's CheXpert, MIMIC-CXR, RefCOCO and
Inception network."""

from __future__ import annotations

from citegraph.evaluation import GoldEntity, label_ids
from citegraph.graph.records import Role
from citegraph.linker import Linker
from citegraph.linker.repos import find_repo_links
from citegraph.linker.role_features import paper_features
from citegraph.linker.roles import Sentences, mention_role
from tests.linking import ids_by_surface, paper


def test_a_numbered_name_before_words_about_its_data_is_the_name(linker: Linker) -> None:
    text = (
        "Our model gives a 1% absolute WER improvement on the Zorbspeech-100 speech "
        "recognition benchmark and a new ZORBVIEW speech recognition benchmark."
    )
    assert ids_by_surface(linker, text) == {
        "Zorbspeech-100": "dataset:zorbspeech-100",
        "ZORBVIEW": "dataset:zorbview",
    }
    # a word that is a name keeps its words, as before
    assert ids_by_surface(linker, "We test on the Zorbity voice search dataset.") == {
        "Zorbity voice search": "dataset:zorbity-voice-search"
    }


def test_a_release_word_after_a_catalog_dataset_names_that_release(linker: Linker) -> None:
    text = "Datasets, including the publicly available MIMIC-CXR and CheXpert Plus, are free text."
    assert ids_by_surface(linker, text) == {
        "MIMIC-CXR": "dataset:mimic-cxr",
        "CheXpert Plus": "dataset:chexpert-plus",
    }


def test_the_names_a_sentence_opens_on_are_datasets(linker: Linker) -> None:
    text = "We build tools. On ZorbArena and VisualZorbArena, our agent succeeds more often."
    assert ids_by_surface(linker, text) == {
        "ZorbArena": "dataset:zorbarena",
        "VisualZorbArena": "dataset:visualzorbarena",
    }
    assert ids_by_surface(linker, "We build tools. On ZorbQA, a reading dataset, we win.") == {
        "ZorbQA": "dataset:zorbqa"
    }
    # models, or names shaped as a model's, are what the results are of
    for opening in ("On Zorb-7B and ZorbLM-13B, pruning", "On ZorbNet and ZorbGAN, pruning"):
        linked = ids_by_surface(linker, f"We prune. {opening} keeps accuracy.")
        assert not any(i.startswith("dataset:") for i in linked.values()), linked
    # not at a sentence's start, the comma proves nothing
    assert ids_by_surface(linker, "We rely on ZorbArena, which we extend.") == {}


def test_a_longer_title_case_name_with_an_acronym_or_a_year(linker: Linker) -> None:
    text = (
        "We evaluate our method on the 2016 ZORB Low-Dose CT Grand Challenge dataset. We "
        "also test on the ZORBSPEECH 2009 Emotion Challenge database and four others."
    )
    assert ids_by_surface(linker, text) == {
        "2016 ZORB Low-Dose CT Grand Challenge": "dataset:2016-zorb-low-dose-ct-grand-challenge",
        "ZORBSPEECH 2009 Emotion Challenge": "dataset:zorbspeech-2009-emotion-challenge",
    }
    # ordinary Title Case words stay within three
    assert ids_by_surface(linker, "We use the Many Open Zorb Texts Today dataset.") == {}


def test_suffixes_after_slashes_name_siblings(linker: Linker) -> None:
    text = "Our method outperforms zero-shot methods on RefCOCO/+/g datasets."
    linked = {m.entity_id for m in linker.link(paper(text)).mentions}
    assert {"dataset:refcoco", "dataset:refcoco+", "dataset:refcocog"} <= linked
    # a slash and a longer word is no suffix
    text = "Our method outperforms zero-shot methods on RefCOCO/val splits."
    assert {m.entity_id for m in linker.link(paper(text)).mentions} == {"dataset:refcoco"}


def test_put_forward_introduces(linker: Linker) -> None:
    text = "Here we put forward ZORBSD, an imputation model that relies on diffusion."
    assert ids_by_surface(linker, text) == {"ZORBSD": "model:zorbsd"}


def test_a_script_says_which_part_of_a_dataset(linker: Linker) -> None:
    text = "We gain 3.72% for ZORB-ILST and ZLT-19 Devanagari datasets."
    assert ids_by_surface(linker, text) == {
        "ZORB-ILST": "dataset:zorb-ilst",
        "ZLT-19": "dataset:zlt-19",
    }


def test_classes_joined_are_no_name_however_spelled_out(linker: Linker) -> None:
    for text in (
        "We build acoustic models using Long Short-Term Memory Recurrent Neural Network "
        "(LSTM-RNN) and Hidden Markov Model (HMM) approaches.",
        "We adopt a Convolutional Neural Network Long Short-Term Memory (CNN-LSTM) model.",
    ):
        assert ids_by_surface(linker, text) == {}


def test_a_pdfs_dot_above_in_a_repository_name_is_an_underscore(linker: Linker) -> None:
    (link,) = find_repo_links("Code: https://github.com/zorb-lab/High\u02d9Res\u02d9Zorb. We")
    assert link.entity_id == "repo:github:zorb-lab/High_Res_Zorb"
    # the label, copied from the same text, names the same repository
    name = "github:zorb-lab/High\u02d9Res\u02d9Zorb"
    label = GoldEntity(type="repo", name=name, surfaces=(), role="introduces")
    assert label_ids(linker, label) == {link.entity_id}


def test_a_label_without_the_catalog_names_head_noun(linker: Linker) -> None:
    label = GoldEntity(type="model", name="Inception", surfaces=("Inception",), role="builds_on")
    assert "model:inception-network" in label_ids(linker, label)
    # a label the catalog knows as it is keeps that entity alone
    label = GoldEntity(type="model", name="MobileNet", surfaces=(), role="builds_on")
    assert "model:mobilenet" in label_ids(linker, label)


def test_the_noun_comparison_with_its_object_far_from_its_with() -> None:
    text = (
        "The performance comparison of the proposed approach with ZorbNet16 and ZorbAlex "
        "shows that the results are competitive."
    )
    sentences = Sentences(text)
    for name in ("ZorbNet16", "ZorbAlex"):
        start = text.index(name)
        role = mention_role(sentences, start, start + len(name), "model")
        assert role is Role.COMPARES_WITH, name


def test_a_backbone_of_its_own_makes_a_study_title_no_evaluation_study() -> None:
    title = "investigation of architectures and receptive fields for gaze estimation"
    own = "We obtain the best results on three datasets by taking ZorbNet-50 as the backbone."
    assert "evaluation_study" not in paper_features(title, 1, False, own.lower())
    # a study that only evaluates stays one
    evaluated = "We evaluate ten detectors on three datasets and report their errors."
    assert "evaluation_study" in paper_features(title, 1, False, evaluated.lower())


# From dev38's errors (read from this session on).


def test_an_acronym_of_a_task_is_no_dataset(linker: Linker) -> None:
    text = (
        "Multi-Target Zorb-Camera Tracking (MTZC) is an essential task. The "
        "framework is evaluated on the MTZC dataset. Effective communication in Air Zorb "
        "Control (AZC) is critical, yet noisy AZC speech remains hard for AZC databases."
    )
    linked = ids_by_surface(linker, text)
    assert "MTZC" not in linked and "AZC" not in linked, linked


def test_a_footnote_mark_after_a_sentences_full_stop_is_no_name(linker: Linker) -> None:
    text = (
        "The results show that the corpus can be used for ASR systems for Zorbish.111The "
        "corpus will be released at https://github.com/zorb/ZorbSpeech."
    )
    assert ids_by_surface(linker, text) == {
        "https://github.com/zorb/ZorbSpeech": "repo:github:zorb/ZorbSpeech"
    }


def test_a_benchmark_of_methods_is_no_dataset(linker: Linker) -> None:
    title = "Zorb-ASR: Towards Low-Bit Quantization of Speech Recognition Models"
    text = (
        "In this work, we present a comprehensive benchmark of eight state-of-the-art (SOTA) "
        "PTQ methods applied to two speech model families."
    )
    assert ids_by_surface(linker, text, title) == {}
    # a benchmark of questions is one
    text = "In this work, we present a new benchmark of 500 questions on speech."
    assert ids_by_surface(linker, text, title) == {"Zorb-ASR": "dataset:zorb-asr"}


def test_a_coined_word_apart_before_a_bench_name(linker: Linker) -> None:
    text = "We outperform others on the benchmark T2Z ZorbBench. We use the LLM QuuxBench."
    assert ids_by_surface(linker, text) == {
        "T2Z ZorbBench": "dataset:t2z-zorbbench",
        "QuuxBench": "dataset:quuxbench",
    }


def test_a_plural_in_lower_case_is_the_word(linker: Linker) -> None:
    text = "Foley artists use common objects (e.g., boxing gloves). We use GloVe embeddings."
    assert ids_by_surface(linker, text) == {"GloVe": "model:glove"}


def test_a_suite_before_its_member_names_the_member(linker: Linker) -> None:
    text = "We fine-tune the model on the GLUE SST-2 dataset. GLUE scores are reported too."
    linked = {m.entity_id for m in linker.link(paper(text)).mentions}
    assert "dataset:sst-2" in linked
    spans = {m.surface for m in linker.link(paper(text)).mentions}
    assert spans == {"SST-2", "GLUE"}
    text = "We fine-tune the model on the GLUE SST-2 dataset."
    assert ids_by_surface(linker, text) == {"SST-2": "dataset:sst-2"}


# From dev39's errors (read from this session on).


def test_a_metric_with_its_value_before_it_is_no_model(linker: Linker) -> None:
    text = "Our model obtained a 1.15 km2 MAE and a 0.42 MAE. We compare with MAE pre-training."
    linked = [m for m in linker.link(paper(text)).mentions if m.entity_id == "model:mae"]
    assert [m.span[0] for m in linked] == [len("A Study\n\n") + text.index("MAE pre-training")]


def test_a_fuzzy_spelling_inside_a_longer_title_case_run_is_no_name(linker: Linker) -> None:
    assert ids_by_surface(linker, "We present a novel approach.", "Deep State Space Models") == {}


def test_a_latex_command_is_no_name(linker: Linker) -> None:
    text = r"We learn a function $\Phi : \mathrm{x} \rightarrow w$ and fine-tune Phi-2."
    assert set(ids_by_surface(linker, text)) == {"Phi-2"}


def test_the_releases_of_ted_lium_are_apart(linker: Linker) -> None:
    text = "We train on TED-LIUM 3 and test on TED-LIUM 2 and on the whole TED-LIUM corpus."
    assert set(ids_by_surface(linker, text).values()) == {
        "dataset:ted-lium-3",
        "dataset:tedlium2",
        "dataset:ted-lium",
    }
