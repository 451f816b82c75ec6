"""Rules from the thirty-second collection round's dataset misses (tests/gold/dev32, a read
set): a split after a scored name ("87.6% on ZorbSeg 2017 val/test"), a score with decimals
before what it was measured on ("3.64 on ZorbGaze"), and natural languages, which are never
names, in one list the linker's rules share. Names invented for the tests."""

from __future__ import annotations

from citegraph.linker import Linker, names, policy, unseen
from tests.linking import ids_by_surface


def test_a_split_after_a_scored_name_ends_the_name(linker: Linker) -> None:
    linked = ids_by_surface(
        linker,
        "Our network achieves competitive results (e.g., 92.1% on ZorbSeg 2016 val, "
        "87.6%/81.3% on ZorbSeg 2017 val/test, 87.0% on Zorb-VOS 2018 val) at 25 FPS.",
    )
    assert linked == {
        "ZorbSeg 2016": "dataset:zorbseg-2016",
        "ZorbSeg 2017": "dataset:zorbseg-2017",
        "Zorb-VOS 2018": "dataset:zorb-vos-2018",
    }
    # a lower-case word that is no split still says the name may go on: nothing is taken
    assert ids_by_surface(linker, "It reaches 92.1% on ZorbSeg images of cats.") == {}


def test_what_a_score_with_decimals_is_measured_on_is_a_dataset(linker: Linker) -> None:
    linked = ids_by_surface(
        linker,
        "We obtain state-of-the-art errors on three datasets, with 3.64 on ZORB-XGaze, "
        "4.50 on ZorbFaceGaze, and 9.13 on ZorbGaze360 degrees gaze estimation error.",
    )
    # the last name goes on with a lower-case word ("ZorbGaze360 degrees"): not taken
    assert linked == {
        "ZORB-XGaze": "dataset:zorb-xgaze",
        "ZorbFaceGaze": "dataset:zorbfacegaze",
    }
    # a whole number, a version or a number inside a longer one is no score
    for text in (
        "We list the top 3 on ZorbBoard in a table.",
        "The release v1.5 on ZorbHub adds tools.",
        "Version 3.64.1 on ZorbHub adds tools.",
    ):
        assert ids_by_surface(linker, text) == {}, text


def test_languages_are_never_names(linker: Linker) -> None:
    assert ids_by_surface(
        linker, "The system reaches F1 of 48.29 and 51.80 on Hindi, Malayalam and Tamil."
    ) == {}
    # a plain word before a language is the language's name, not a name of its own
    assert ids_by_surface(
        linker, "Models exist for many languages, including Ancient Greek and Latin."
    ) == {}
    # a language after a coined name still says which part of it is meant
    linked = ids_by_surface(linker, "We report results on the ZorbNER 2012 Tamil test set.")
    assert linked == {"ZorbNER 2012": "dataset:zorbner-2012"}


def test_one_list_of_languages() -> None:
    assert names.LANGUAGES <= names.NEVER_NAMES
    assert unseen.LANGUAGES is names.LANGUAGES
    assert policy.LANGUAGES is names.LANGUAGES
    assert all(names.is_never_name(language) for language in ("Tamil", "Czech", "Urdu"))


def test_a_multiplication_sign_between_digits_is_a_size(linker: Linker) -> None:
    linked = ids_by_surface(linker, "We compress Mixtral-8\u00d77B with expert merging.")
    assert linked == {"Mixtral-8\u00d77B": "model:hf:mistralai/Mixtral-8x7B-v0.1"}
    # elsewhere it stays a sign: "44\u00d7than X" keeps its "than" and X is still compared
    text = "Our network is faster than most (24\u00d7than ZorbNet, 44\u00d7than ZorbFormer)."
    assert set(ids_by_surface(linker, text)) == {"ZorbNet", "ZorbFormer"}
