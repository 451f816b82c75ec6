"""The thirty-third round of catalog sources (scripts/catalog/sources_round33.py): the rules on
excerpts of the packages read, what the committed files hold (each new entry citing its
package), and guard pairs for names a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import rules
import sources_round33


def test_a_bold_name_is_spelled_by_the_bold_letters_of_its_long_form() -> None:
    # donut-python 1.0.9 package description, abridged
    bold = sources_round33.bold_acronym
    line = ("**Donut** 🍩, **Do**cume**n**t **u**nderstanding **t**ransformer, is a new method "
            "of document understanding")  # fmt: skip
    assert bold(line) == ("Donut", "Document understanding transformer")
    line = "we present **SynthDoG** 🐶, **Synth**etic **Do**cument **G**enerator, that helps"
    assert bold(line) == ("SynthDoG", "Synthetic Document Generator")
    # Bold letters that spell another name, or none, give nothing.
    assert bold("**Donut** 🍩, **Do**cument **u**nderstanding, is") is None
    assert bold("**Donut**, a document understanding transformer") is None
    assert bold("**_2022-11-14_** New version 1.0.9 is released") is None


def test_the_summary_names_the_model_not_the_generator() -> None:
    summary = "OCR-free Document Understanding Transformer"
    assert sources_round33.summary_names(summary, "Document understanding transformer")
    assert not sources_round33.summary_names(summary, "Synthetic Document Generator")
    assert not sources_round33.summary_names(summary, "")


def test_a_task_table_cell_names_a_data_set_by_one_coined_word() -> None:
    task = sources_round33.task_dataset
    assert task("[CORD](https://github.com/clovaai/cord) (Document Parsing)") == "CORD"
    assert task("[RVL-CDIP](https://www.cs.cmu.edu/~aharley/rvl-cdip) (Document "
                "Classification)") == "RVL-CDIP"  # fmt: skip
    for cell in ("[Train Ticket](https://github.com/beacandler/EATEN) (Document Parsing)",
                 "[DocVQA Task1](https://rrc.cvc.uab.es/?ch=17) (Document VQA)",
                 "CORD (Document Parsing)"):  # fmt: skip
        assert task(cell) is None, cell


def test_a_repo_linked_by_its_own_name_is_a_data_set() -> None:
    description = (
        "- [`synthdog-en`](https://huggingface.co/datasets/naver-clova-ix/synthdog-en): "
        "English, 0.5M.\n"
        "more receipt images are available at [CORD dataset link]"
        "(https://huggingface.co/datasets/naver-clova-ix/cord-v2).\n"
        "- [`donut-base`](https://huggingface.co/naver-clova-ix/donut-base/tree/official)\n"
    )
    assert sources_round33.named_repo(description) == [
        ("synthdog-en", "naver-clova-ix/synthdog-en")]  # fmt: skip


def test_the_standard_and_bundled_data_sets_of_a_description() -> None:
    text = ("Standard datasets (Indian Pines, Pavia University, Salinas Valley) are available "
            "from [the GIC group at UPV/EHU](http://www.ehu.eus/).")  # fmt: skip
    assert sources_round33.standard_datasets(text) == [
        "Indian Pines", "Pavia University", "Salinas Valley"]  # fmt: skip
    assert sources_round33.standard_datasets("Numbers so far (LUSC, Mars CRISM)") == []
    doc = "Return (data_path, gt_path) for the bundled Indian Pines dataset."
    assert sources_round33.bundled_dataset(doc) == "Indian Pines"
    assert sources_round33.bundled_dataset("Return the bundled data.") is None


def test_a_dataset_cell_is_its_link_text_or_text() -> None:
    cell = sources_round33.table_dataset
    assert cell("[Houston 2013](https://machinelearning.ee.uh.edu/?page_id=459)") == (
        "Houston 2013")  # fmt: skip
    assert cell("[MUUFL](https://doi.org/10.5281/zenodo.1186326)") == "MUUFL"
    assert cell("Trento") == "Trento"
    assert cell("") is None


def test_a_wrapper_docstring_names_its_environment_by_one_coined_word() -> None:
    wrapped = sources_round33.wrapped_environment
    assert wrapped("SMACv2 (StarCraft Multi-Agent Challenge v2) environment wrapper.\n\nTo "
                   "install the environment") == (
        "SMACv2", ["StarCraft Multi-Agent Challenge v2"])  # fmt: skip
    assert wrapped("LIBERO environment wrapper.") == ("LIBERO", [])
    # A parenthesis that is not the name's long form is no alias.
    assert wrapped("CraftGround (Minecraft) environment wrapper.") == ("CraftGround", [])
    for doc in ("Google Brax environment wrapper.", "Meltingpot environment wrapper.",
                "FARAMA MO-Gymnasium environment wrapper.", "A wrapper for habitat envs.",
                "Jumanji's environment wrapper."):  # fmt: skip
        assert wrapped(doc) is None, doc
    spelled = sources_round33.spelled_by_initials
    assert spelled("SMACv2", "StarCraft Multi-Agent Challenge v2")
    assert not spelled("SMAC", "StarCraft Multi-Agent Challenge v2")
    assert not spelled("CraftGround", "Minecraft")


def test_denied_names_have_reasons() -> None:
    assert all(reason.strip() for reason in sources_round33.DENY_ROUND33.values())
    # Chained to the earlier rounds' lists.
    assert sources_round33._denied("Trento") and sources_round33._denied("Quora")
    for name in ("Donut", "Indian Pines", "Pavia University", "Salinas Valley",
                 "Houston 2013", "Houston 2018"):  # fmt: skip
        reviewed = rules.REVIEWED_MODEL_WORDS | rules.REVIEWED_DATASET_WORDS
        assert reviewed[name].strip(), name


def test_the_committed_files_hold_the_thirty_third_round(catalog: Catalog) -> None:
    expected = {
        "donut-python": ("Donut", "CORD", "RVL-CDIP", "synthdog-en", "synthdog-zh",
                         "synthdog-ja", "synthdog-ko"),
        "ghost-hsi": ("Indian Pines", "Pavia University", "Salinas Valley"),
        "rs-fusion-datasets": ("Houston 2013", "Houston 2018", "MUUFL"),
        "torchrl": ("SMACv2", "LIBERO", "CraftGround", "PettingZoo"),
    }  # fmt: skip
    assert_stated_by(catalog, expected)
    (donut,) = catalog.lookup("Donut")
    assert catalog.entries[donut].type == "model"
    (synthdog,) = catalog.lookup("synthdog-en")
    assert catalog.entries[synthdog].hf_id == "naver-clova-ix/synthdog-en"
    # Left out: the denied cities, the generator, names of ordinary words. (Safety-Gymnasium,
    # two ordinary words, is a reviewed name since the thirty-ninth round: docs/catalog.md.)
    for word in ("Trento", "Augsburg", "Berlin", "SynthDoG", "Train Ticket",
                 "Document understanding transformer", "Minecraft", "SMAC"):  # fmt: skip
        found = catalog.lookup(word)
        for package in expected:
            assert not any(package in catalog.entries[f].source for f in found), word


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    # Donut is not transformers' DonutSwin encoder; CORD is not CORD-19; the two Houston
    # contests and the four SynthDoG languages are apart; the years must agree.
    pairs = [("Donut", "DonutSwin"), ("CORD", "CORD-19"), ("Houston 2013", "Houston 2018"),
             ("synthdog-en", "synthdog-zh"), ("RVL-CDIP", "DocVQA"),
             ("Indian Pines", "Pavia University"),
             ("SMACv2", "StarCraft Multi-Agent Challenge")]  # fmt: skip
    assert_apart(catalog, pairs)
    assert not catalog.lookup("Houston 2017")
    text = ("We fine-tune Donut on CORD and RVL-CDIP after pre-training on SynthDoG-en, and "
            "compare with CORD-19 retrieval. Hyperspectral results on Indian Pines, Pavia "
            "University, Houston 2013 and MUUFL.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    assert by_surface["Donut"] == "Donut"
    assert by_surface["CORD"] == "CORD"
    assert by_surface["CORD-19"] == "CORD-19"
    assert by_surface["SynthDoG-en"] == "synthdog-en"
    assert by_surface["Indian Pines"] == "Indian Pines"
    assert by_surface["Houston 2013"] == "Houston 2013"
    # SMACv2's long form carries its version: the first challenge's name is not its alias.
    text = ("We evaluate on SMACv2, the StarCraft Multi-Agent Challenge v2, and on LIBERO; "
            "earlier work used the StarCraft Multi-Agent Challenge.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    assert by_surface["SMACv2"] == "SMACv2"
    assert by_surface["LIBERO"] == "LIBERO"
    assert by_surface.get("StarCraft Multi-Agent Challenge") != "SMACv2"
    text = "Earlier work used the StarCraft Multi-Agent Challenge v2 benchmark."
    assert names_by_surface(linker, text) == {"StarCraft Multi-Agent Challenge v2": "SMACv2"}
    # The reviewed names are matched as written; the cities and words link nothing.
    plain = ("We ate a donut in Houston in 2013 under the indian pines near Pavia; the cord "
             "was cut. Authors are at the University of Trento and TU Berlin; the Salinas "
             "valley is dry.")  # fmt: skip
    assert names_by_surface(linker, plain) == {}
