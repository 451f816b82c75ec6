"""The fifty-sixth round of catalog sources (scripts/catalog/sources_round56.py): the rules on
excerpts of nlp 0.4.0's data-set scripts, what the committed files hold (each new entry citing
the package, its version and the script), the denials, and guard pairs for names an ordinary
word or a neighbour could be confused with."""

from __future__ import annotations

import sys
from pathlib import Path

from citegraph.linker import Catalog, Linker

from .linking import assert_apart, assert_stated_by, names_by_surface

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "catalog"))

import sources_round56
from rules import Fact

# The round's new data sets, each named by the spelling its script states.
NEW = (
    "Allocine", "ARCD", "BioMRC", "CFQ", "ComQA", "CoS-E", "Cosmos QA", "DiscoFuse",
    "Event2Mind", "FQuAD", "LinCE", "MWSC", "ParaCrawl", "PIAF", "QuaRel", "QuaRTz", "Quoref",
    "ReClor", "SearchQA", "SquadShifts", "WikiHow", "WikiQA", "WikiSplit", "WIQA",
)  # fmt: skip


def test_the_titles_of_a_bibtex_citation() -> None:
    # nlp 0.4.0 datasets/com_qa, biomrc, wiki_split scripts' _CITATION
    titles = sources_round56.bibtex_titles
    citation = ('@inproceedings{abujabal-etal-2019-comqa,\n    title = "{C}om{QA}: A '
                'Community-sourced Dataset for Complex Factoid Question Answering",\n'
                '    author = "Abujabal, Abdalghani"}')  # fmt: skip
    assert titles(citation) == [
        "ComQA: A Community-sourced Dataset for Complex Factoid Question Answering"
    ]
    citation = "@inproceedings{x,\n title = {{B}io{MRC}: A Dataset for Biomedical Machine\n"
    assert titles(citation + "   Reading Comprehension},\n}") == [
        "BioMRC: A Dataset for Biomedical Machine Reading Comprehension"
    ]
    citation = "@inproceedings{x, booktitle = {Proceedings of EMNLP}, year = 2018}"
    assert titles(citation) == []


def test_the_spelling_a_script_states_for_its_folder() -> None:
    spelling = sources_round56.stated_spelling
    reclor = "@inproceedings{yu2020reclor,\n title = {ReClor: A Reading Comprehension Dataset},\n}"
    assert spelling("reclor", reclor, "ReClor is a dataset ...") == ("ReClor", "_CITATION title")
    # a spelling in parentheses, the words before it another text
    description = "Common Sense Explanations (CoS-E) allows for training language models"
    assert spelling("cos_e", "", description) == ("CoS-E", "_DESCRIPTION")
    # a capital inside a word tells the name from words: over capitals only ...
    quartz = '@inproceedings{x,\n title = "QUARTZ: An Open-Domain Dataset",\n}'
    assert spelling("quartz", quartz, "QuaRTz is a crowdsourced dataset")[0] == "QuaRTz"
    cosmos = "@inproceedings{x,\n title = {COSMOS QA: Machine Reading Comprehension},\n}"
    assert spelling("cosmos_qa", cosmos, "Cosmos QA is a large-scale dataset")[0] == "Cosmos QA"
    # ... and capitals only over a capitalised word (a sentence's first word)
    race = "@article{lai2017large,\n title = {RACE: Large-scale ReAding Comprehension},\n}"
    assert spelling("race", race, "Race is a large-scale reading comprehension dataset")[0] == (
        "RACE"
    )
    # a spelling followed by a version names a release, not the folder's series
    lc_quad = "@inproceedings{x,\n title = {LC-QuAD 2.0: A Large Dataset},\n}"
    assert spelling("lc_quad", lc_quad, "LC-QuAD 2.0 is a Large Question Answering dataset") is None
    # no spelling of the folder id, or only in lower case: nothing
    assert spelling("wiki40b", "", "Clean-up text for 40+ Wikipedia languages editions") is None
    assert spelling("break_data", "", "Break is a human annotated dataset") is None
    assert spelling("newsgroup", "", "The 20 newsgroup dataset") is None


def test_a_script_spelling_names_an_entry_only_ordinary_names_stated() -> None:
    def fact(name: str, source: str) -> Fact:
        return Fact("dataset", "dataset", name, source)

    ordinary = {"para_crawl", "emotion", "Emotion"}
    earlier = [fact("para_crawl", "tfds"), fact("sentiment140", "tfds"), fact("emotion", "tfds")]
    ours = [fact("ParaCrawl", "nlp"), fact("Sentiment140", "nlp"), fact("Emotion", "nlp"),
            fact("ReClor", "nlp")]  # fmt: skip
    first, rest = sources_round56.named_first(ours, earlier, lambda name: name in ordinary)
    assert [f.name for f in first] == ["ParaCrawl"]
    assert [f.name for f in rest] == ["Sentiment140", "Emotion", "ReClor"]


def test_the_committed_files_hold_the_fifty_sixth_round(catalog: Catalog) -> None:
    assert_stated_by(catalog, {"nlp": NEW})
    folders = {"ReClor": "reclor", "CoS-E": "cos_e", "QuaRTz": "quartz", "WikiQA": "wiki_qa",
               "ParaCrawl": "para_crawl", "BioMRC": "biomrc"}  # fmt: skip
    for name in NEW:
        (found,) = catalog.lookup(name)
        entry = catalog.entries[found]
        assert entry.source.startswith("nlp 0.4.0: datasets/"), (name, entry.source)
        assert entry.source.split(";")[0].endswith(("_CITATION title", "_DESCRIPTION"))
        assert entry.hf_id is None, name  # 2020 script ids have moved on the Hub
        if name in folders:
            assert f"datasets/{folders[name]}/" in entry.source, name
    # ordinary words kept only as written, where a capital inside a word tells them apart
    for name in ("CoS-E", "Cosmos QA", "QuaRTz", "PIAF"):
        (found,) = catalog.lookup(name)
        assert name in catalog.entries[found].cased_aliases, name
    # data sets the catalog has under another spelling gain the script as a source
    for name in ("SogouNews", "CivilComments", "XStance", "KorNLI", "NEWSROOM"):
        (found,) = catalog.lookup(name)
        assert "nlp 0.4.0: datasets/" in catalog.entries[found].source, name
    (sogou,) = catalog.lookup("Sogou News")
    assert catalog.entries[sogou].name == "SogouNews"
    # ParaCrawl is named by the script, not tensorflow-datasets' `para_crawl`, which it cites
    (paracrawl,) = catalog.lookup("ParaCrawl")
    assert "list_builders() 'para_crawl'" in catalog.entries[paracrawl].source


def test_the_denied_names_stay_out(catalog: Catalog) -> None:
    for name in ("GAP", "SCAN", "Hansards", "Qanta", "QAngaroo", "SQuAD-it",
                 "Hyperpartisan news detection", "Eraser Multi RC"):  # fmt: skip
        assert sources_round56._denied(name), name
        assert not catalog.lookup(name), name
    # the guard leaves ordinary words out (no entry for the script's spelling)
    for name in ("Jeopardy", "Emotion", "Rotten Tomatoes", "Social Bias Frames", "X-Stance"):
        assert not catalog.lookup(name), name


def test_the_neighbours_stay_apart(catalog: Catalog, linker: Linker) -> None:
    assert_apart(catalog, [("QuaRel", "QuaRTz"), ("SquadShifts", "SQuAD"),
                           ("CoS-E", "CommonsenseQA"), ("WikiQA", "MultiWikiQA"),
                           ("WikiSplit", "WikiHow"), ("FQuAD", "SQuAD"), ("ComQA", "CoQA"),
                           ("ReClor", "RACE"), ("BioMRC", "MRC")])  # fmt: skip
    text = ("We evaluate on ReClor, Quoref, QuaRTz and CoS-E, train on ParaCrawl and "
            "WikiSplit, and test on CosmosQA.")  # fmt: skip
    by_surface = names_by_surface(linker, text)
    for surface in ("ReClor", "Quoref", "QuaRTz", "CoS-E", "ParaCrawl", "WikiSplit"):
        assert by_surface.get(surface) == surface, surface
    assert by_surface.get("CosmosQA") == "Cosmos QA"
    # the words and other things the denied names spell link nothing
    text = ("A quartz crystal and a cosmos of ideas; we scan the gap with global average "
            "pooling (GAP) and the Hansards of the UK parliament.")  # fmt: skip
    assert not names_by_surface(linker, text)
    by_surface = names_by_surface(linker, "On SQuAD it reaches 90 F1 on Qangaroo WikiHop.")
    assert "SQuAD-it" not in by_surface.values()
    assert "QAngaroo" not in by_surface.values()
