"""The tenth round of catalog sources (scripts/catalog/sources_round10.py): its name rules on
excerpts of the packages it reads, and what the committed files hold from them."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round10

# An excerpt of evalplus 0.3.1's package description ("## About").
EVALPLUS_ABOUT = """\
## About

EvalPlus is a rigorous evaluation framework for LLM4Code, with:

- ✨ **HumanEval+**: 80x more tests than the original HumanEval!
- ✨ **MBPP+**: 35x more tests than the original MBPP!
- ✨ **EvalPerf**: evaluating the efficiency of LLM-generated code!
- ✨ **Framework**: our packages/images/tools can easily and safely evaluate LLMs on above benchmarks.

Why EvalPlus?

- ✨ **Precise evaluation & ranking**: See [our leaderboard](https://evalplus.github.io/leaderboard.html) for latest LLM rankings before & after rigorous evaluation.
"""  # noqa: E501

# An excerpt of evalplus 0.3.1's evalplus/data/mbpp.py.
EVALPLUS_MBPP = """\
def _ready_mbpp_plus_path(mini=False, noextreme=False, version="default") -> str:
    assert mini is False, "Mini version of MBPP+ is not available yet."
    url, plus_path = get_dataset_metadata("MbppPlus", version, mini, noextreme)
    make_cache(url, plus_path)
    return plus_path


def get_mbpp_plus(err_incomplete=True, mini=False, noextreme=False, version="default"):
    plus = {}
    if err_incomplete:
        completeness_check("MBPP+", plus)
    return plus
"""

# An excerpt of tensorflow-datasets 4.9.10's datasets/opus/opus_dataset_builder.py.
OPUS = """\
DATASET_MAP = {
    ds.name: ds
    for ds in [
        SubDataset(
            name="EMEA",
            description="A parallel corpus made out of PDF documents ...",
            homepage="http://opus.nlpl.eu/EMEA.php",
        ),
        SubDataset(
            name="OpenSubtitles",
            description=(
                "A new collection of translated movie subtitles from"
                " http://www.opensubtitles.org/"
            ),
            homepage="http://opus.nlpl.eu/OpenSubtitles-v2018.php",
        ),
    ]
}
"""


def test_evalplus_lists_the_benchmarks_that_extend_another() -> None:
    assert sources_round10.extended_benchmarks(EVALPLUS_ABOUT) == ["HumanEval+", "MBPP+"]


def test_a_bullet_that_extends_nothing_names_no_benchmark() -> None:
    # EvalPerf is compared with no original; "Framework" and "Precise evaluation" are words
    assert (
        sources_round10.extended_benchmarks(
            "- ✨ **EvalPerf**: evaluating the efficiency of LLM-generated code!\n"
            "- ✨ **Framework**: our packages can evaluate LLMs on above benchmarks.\n"
        )
        == []
    )
    # a bold name that is the original itself is not an extension of it
    assert (
        sources_round10.extended_benchmarks("- **MBPP**: more tests than the original MBPP!\n")
        == []
    )
    # nor one whose name does not start with the original's
    assert (
        sources_round10.extended_benchmarks(
            "- **CodeBench**: 10x more tests than the original MBPP!\n"
        )
        == []
    )


def test_an_evalplus_data_module_pairs_the_name_with_its_identifier() -> None:
    assert sources_round10.evalplus_identifiers(EVALPLUS_MBPP) == {"MBPP+": "MbppPlus"}
    # a module with no completeness check, or two identifiers, pairs nothing
    assert sources_round10.evalplus_identifiers('get_dataset_metadata("MbppPlus", v)') == {}
    assert (
        sources_round10.evalplus_identifiers(
            'completeness_check("MBPP+", p)\nget_dataset_metadata("MbppPlus", v)\n'
            'get_dataset_metadata("HumanEvalPlus", v)\n'
        )
        == {}
    )


def test_the_opus_builder_names_its_sub_corpora_through_ast() -> None:
    assert sources_round10.opus_subsets(OPUS) == ["EMEA", "OpenSubtitles"]


def test_the_opus_software_corpora_are_denied() -> None:
    # named for the software whose translations they hold
    for name in ("GNOME", "KDE4", "PHP", "Ubuntu", "OpenOffice"):
        assert sources_round10._denied(name), name
    for name in ("EMEA", "JRC-Acquis", "Tanzil", "OpenSubtitles"):
        assert not sources_round10._denied(name), name


def test_a_recipe_docstring_gives_the_long_form_of_its_abbreviation() -> None:
    long_form = sources_round10.recipe_long_form
    assert long_form(
        "mls",
        "\nMultilingual LibriSpeech (MLS) dataset is a large multilingual corpus suitable for"
        "\nspeech research.",
    ) == ("MLS", "Multilingual LibriSpeech")
    assert long_form(
        "mdcc", "Multi-Domain Cantonese Corpus (MDCC), consists of 73.6 hours of clean read"
    ) == ("MDCC", "Multi-Domain Cantonese Corpus")
    assert long_form(
        "uwb_atcc", "University of West Bohemia Air Traffic Control Communication (UWB-ATCC)"
    ) == ("UWB-ATCC", "University of West Bohemia Air Traffic Control Communication")


def test_a_parenthesis_that_is_not_the_recipe_gives_no_long_form() -> None:
    long_form = sources_round10.recipe_long_form
    # the abbreviation of something else than the recipe's corpus
    eval2000 = "About the eval2000 corpus 2000 HUB5 English Evaluation was developed by the"
    assert long_form("eval2000", eval2000 + " Linguistic Data Consortium (LDC) and ...") is None
    rirs = "This script creates the Room Impulse Response and Noises data directory ..."
    assert long_form("rir_noise", rirs + " impulse responses (RIRs)") is None
    # another recipe's abbreviation
    assert long_form("mls", "Multi-Domain Cantonese Corpus (MDCC), consists of ...") is None
    # no parenthesis at all
    assert long_form("mls", "Prepare Multilingual LibriSpeech corpus.") is None


def test_the_committed_files_hold_the_tenth_round(catalog: Catalog) -> None:
    # evalplus: MBPP+ is one entry with lm-eval's evalplus/mbppplus, apart from MBPP
    assert catalog.lookup("MBPP+") == catalog.lookup("mbppplus")
    assert catalog.lookup("MBPP+") != catalog.lookup("MBPP")
    assert "evalplus 0.3.1" in catalog.entries[catalog.lookup("MBPP+")[0]].source
    # HumanEval+ stays the hand-written entry, apart from HumanEval
    assert catalog.lookup("HumanEval+") == catalog.lookup("HumanEvalPlus")
    assert catalog.lookup("HumanEval+") != catalog.lookup("HumanEval")
    # tensorflow-datasets' OPUS sub-corpora
    for name in ("OpenSubtitles", "EMEA", "JRC-Acquis", "Tanzil"):
        assert catalog.lookup(name), name
        assert "opus_dataset_builder.py" in catalog.entries[catalog.lookup(name)[0]].source
    for denied in ("GNOME", "KDE4", "PHP", "Ubuntu", "OpenOffice"):
        assert not any(
            "opus_dataset_builder.py" in catalog.entries[e].source for e in catalog.lookup(denied)
        ), denied
    # lhotse's long form of MLS, which an earlier round denies as an abbreviation
    assert catalog.lookup("Multilingual LibriSpeech")
    assert "recipes/mls.py" in catalog.entries[catalog.lookup("Multilingual LibriSpeech")[0]].source
    assert not catalog.lookup("MLS")
