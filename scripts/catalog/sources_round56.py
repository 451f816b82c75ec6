"""Readers of a fifty-sixth round (requirements-read-round56.txt), in sources.py's style.
A proactive source rather than names the linker missed: the data-set scripts Hugging Face's
`nlp` 0.4.0 (2020, the predecessor of `datasets`) ships as nlp/datasets/<id>/<hash>/<id>.py,
each with a `_DESCRIPTION` and a BibTeX `_CITATION`. The package is new; its scripts are read
as files (module source through `ast`), never imported.

- nlp: the data set a script is for, named by a spelling the script's own text states (its
  citation's title or its description) that read without case and separators is the
  script's folder id (`stated_spelling`: "ReClor: A Reading Comprehension Dataset Requiring
  Logical Reasoning" of `reclor`, "Common Sense Explanations (CoS-E)" of `cos_e`,
  "{B}io{MRC}: A Dataset for ..." of `biomrc`). A script stating no such spelling (`wiki40b`,
  `empathetic_dialogues`, `break_data`) names nothing; a spelling followed by a version
  number ("LC-QuAD 2.0" of `lc_quad`) names a release the folder's name does not, and is
  not taken. No Hub id is stated: the 2020 script ids have since moved on the Hub.

docs/catalog.md ("A fifty-sixth round of sources") states the rules, and what was looked
at and not read.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from pathlib import Path

import sources
import sources_more
import sources_round55
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND56: dict[str, str] = {
    "GAP": "nlp's gap.py (Google's gendered ambiguous pronoun set, 'GAP: A Human-Labeled "
    "Corpus ...'); in capitals GAP is as often global average pooling, which a cased entry "
    "would link as this data set",
    "SCAN": "nlp's scan.py (Lake and Baroni's navigation commands, 'SCAN tasks with various "
    "splits'); SCAN is also the Stacked Cross Attention Network of image-text matching and "
    "the SCAN image-clustering method (a read paper, dev56, introduces another model named "
    "SCAN), and the word in capitals",
    "Hansards": "nlp's hansards.py ('the official records (Hansards) of the 36th Canadian "
    "Parliament'); Hansard is the record of every Westminster parliament (UK, Australian), "
    "and a folded entry would link each as this one aligned release",
    "Qanta": "nlp's qanta.py ('The Qanta dataset is a question answering dataset based on ... "
    "Quizbowl'); QANTA is also Iyyer et al.'s 2014 quiz-bowl model, which a folded data-set "
    "entry would link, and papers name the 2019 data set Quizbowl",
    "Hyperpartisan news detection": "nlp's hyperpartisan_news_detection.py (its citation's "
    "title 'SemEval-2019 Task 4: Hyperpartisan News Detection'): the task's name, which papers "
    "write for the task; a folded data-set entry would link each such sentence",
    "QAngaroo": "nlp's qangaroo.py ('The two QAngaroo datasets provide ...'): the name of a "
    "pair, WikiHop and MedHop, which papers write before the one they use ('Qangaroo "
    "WikiHop'); an entry for the pair took the words from the data set a read paper means "
    "(dev6's WikiHop, found before as an unseen name)",
    "SQuAD-it": "nlp's squad_it.py ('SQuAD-it is derived from the SQuAD dataset ...'): the "
    "matcher reads 'SQuAD it' alike, and a sentence such as 'On SQuAD it reaches 90 F1' names "
    "SQuAD, not the Italian translation",
    "Eraser Multi RC": "nlp's eraser_multi_rc.py ('Eraser Multi RC is a dataset for "
    "queries ...'): the script's own label of MultiRC as the ERASER benchmark reformats it, a "
    "spelling no paper uses; MultiRC is in the catalog",
}

# Denied by an earlier round (round 55's `_denied`, which asks the rounds before it) or by
# this one.
_denied = sources_more.denial(sources_round55._denied, DENY_ROUND56)


# -- name rules (pure) ------------------------------------------------------------------------

# A word of letters and digits, with inner apostrophes or dots ("QA4MRE", "Event2Mind").
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['.][A-Za-z0-9]+)*")
# A version number after a spelling: "LC-QuAD 2.0" names a release, not the series.
_VERSION_AFTER = re.compile(r"\s+v?\d+(?:\.\d+)+\b")
# A spelling runs over at most this many words joined by one space or hyphen.
_MOST_WORDS = 5


def bibtex_titles(citation: str) -> list[str]:
    """The `title` fields of a BibTeX text (not `booktitle`), their braces and quotes
    dropped and whitespace collapsed: 'title = "{C}om{QA}: A Community-sourced ..."' ->
    "ComQA: A Community-sourced ..."."""
    titles = []
    for found in re.finditer(r"(?<![A-Za-z])title\s*=\s*([{\"])", citation, re.IGNORECASE):
        depth, i = (1, found.end()) if found[1] == "{" else (0, found.end())
        start = i
        while i < len(citation):
            ch = citation[i]
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0 and found[1] == "{":
                    break
            elif ch == '"' and found[1] == '"' and depth == 0:
                break
            i += 1
        titles.append(" ".join(re.sub(r"[{}\"]", "", citation[start:i]).split()))
    return titles


def _spellings(text: str, key: str) -> list[tuple[str, str]]:
    """(spelling, how) for each run of words in `text` that read without case and separators
    is `key`, has a capital, and is followed by no version number; `how` is "colon" for a
    title's opening before its colon, "paren" for a spelling in parentheses, else "run"."""
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    found = []
    for i, (start, _) in enumerate(tokens):
        for j in range(i, min(i + _MOST_WORDS, len(tokens))):
            if j > i and text[tokens[j - 1][1] : tokens[j][0]] not in (" ", "-"):
                break
            end = tokens[j][1]
            run = text[start:end]
            if norm(run) != key or not any(ch.isupper() for ch in run):
                continue
            if _VERSION_AFTER.match(text, end):
                continue
            if start == 0 and text[end : end + 1] == ":":
                how = "colon"
            elif text[start - 1 : start] == "(" and text[end : end + 1] == ")":
                how = "paren"
            else:
                how = "run"
            found.append((run, how))
    return found


def _shape(spelling: str) -> int:
    """0 for a capital inside a word beside lower case ("ReClor", "Cosmos QA", "CoS-E"), 1
    for capitals only ("RACE", "CFQ"), 2 for a capitalised word ("Race", "Quoref")."""
    words = re.split(r"[\s-]+", spelling)
    inner = any(ch.isupper() for word in words for ch in word[1:])
    if inner and any(ch.islower() for ch in spelling):
        return 0
    if not any(ch.islower() for ch in spelling):
        return 1
    return 2


_HOW_ORDER = {"colon": 0, "paren": 1, "run": 2}


def stated_spelling(folder: str, citation: str, description: str) -> tuple[str, str] | None:
    """(name, place) of the data set a script is for: a spelling its citation's title or its
    description states that read without case and separators is the folder id. Of several,
    the one a capital inside a word tells from words ("QuaRTz" over "QUARTZ", "Cosmos QA"
    over "COSMOS QA"), then capitals only ("RACE" over "Race"); then a title's opening
    before its colon, a spelling in parentheses, any other; then the title before the
    description, and the first written. `place` is "_CITATION title" or "_DESCRIPTION".
    ("reclor", "... title = {ReClor: A Reading ...}", "...") -> ("ReClor", "_CITATION
    title"); ("lc_quad", "... {LC-QuAD 2.0: A Large Dataset ...}", "LC-QuAD 2.0 is ...") ->
    None (a release); ("wiki40b", "", "Clean-up text for 40+ Wikipedia ...") -> None."""
    found = _ranked_spelling(folder, citation, description)
    return (found[1], found[2]) if found else None


def _ranked_spelling(
    folder: str, citation: str, description: str
) -> tuple[tuple[int, int, int, int], str, str] | None:
    """`stated_spelling` with the rank it was chosen by (lowest first), so that the
    copies of one script can be compared."""
    key = norm(folder)
    found: list[tuple[tuple[int, int, int, int], str, str]] = []
    texts = [("_CITATION title", t) for t in bibtex_titles(citation)]
    texts.append(("_DESCRIPTION", " ".join(description.split())))
    for order, (place, text) in enumerate(texts):
        for run, how in _spellings(text, key):
            rank = (_shape(run), _HOW_ORDER[how], 0 if place != "_DESCRIPTION" else 1, order)
            found.append((rank, run, place))
    return min(found, key=lambda item: item[0]) if found else None


def named_first(
    facts: list[Fact], earlier: list[Fact], dropped: Callable[[str], bool]
) -> tuple[list[Fact], list[Fact]]:
    """(first, rest): the facts to read before every other source, so that they name the
    entry the generator merges them into, and the others. A fact goes first when the facts
    read before state its data set (the same type, level and name read without case and
    separators) only under names the guard leaves out (`dropped`) and the guard keeps its
    own: tensorflow-datasets' `para_crawl` (two ordinary words) and nlp's "ParaCrawl" make
    one entry, which without this is named `para_crawl` and left out. Round 19 puts
    tensorflow-datasets' display names first for the same reason. A data set the catalog
    has under a name the guard keeps keeps that name."""
    first: list[Fact] = []
    rest: list[Fact] = []
    for fact in facts:
        same = [
            f.name
            for f in earlier
            if (f.type, f.level, norm(f.name)) == (fact.type, fact.level, norm(fact.name))
        ]
        if same and all(dropped(n) for n in same) and not dropped(fact.name):
            first.append(fact)
        else:
            rest.append(fact)
    return first, rest


# -- readers ----------------------------------------------------------------------------------


def _string_constants(path: Path) -> dict[str, str] | None:
    """The module-level string assignments of a script (`_CITATION`, `_DESCRIPTION`), read
    through `ast`; None for a file that does not parse (one of c4's copies writes `import
    .c4_utils`)."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except SyntaxError:
        return None
    found: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            found[node.targets[0].id] = node.value.value
    return found


def nlp_dataset_facts() -> list[Fact]:
    """The data sets nlp 0.4.0's scripts are for, named by the spelling the script states
    (`stated_spelling`). A folder holds one or more copies of its script (one per hash,
    their texts differing a little); each is read, in path order, and the best-ranked
    spelling of any copy is taken, cited at the first copy stating it. Data sets of modality
    text, no Hub id."""
    v, root = sources._package("nlp", "nlp")
    facts: list[Fact] = []
    datasets = root / "datasets"
    folders = sorted(p for p in datasets.iterdir() if p.is_dir() and p.name != "__pycache__")
    for folder in folders:
        best: tuple[tuple[int, int, int, int], str, str, Path] | None = None
        for path in sorted(folder.glob(f"*/{folder.name}.py")):
            constants = _string_constants(path)
            if constants is None:
                continue
            citation = constants.get("_CITATION", "")
            found = _ranked_spelling(folder.name, citation, constants.get("_DESCRIPTION", ""))
            if found and (best is None or found[0] < best[0]):
                best = (*found, path)
        if best is None:
            continue
        _, name, place, path = best
        where = f"{v}: {path.relative_to(root).as_posix()} {place}"
        fact = Fact("dataset", "dataset", name, where, kind="dataset", modality="text")
        sources_more.append_new_fact(facts, _denied, fact)
    return facts
