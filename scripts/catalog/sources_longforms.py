"""Long forms of the catalog's acronym models and data sets, where a package states them (no
new distribution: the packages earlier rounds pinned). Asked for because the linker reads an
entry's long forms two ways (linker/policy.py `_defined_otherwise`, linker/long_forms.py): a
paper that spells the acronym out otherwise ("a Generative Interpretation Network (GIN)")
names something else, and the long form written out names the entry. Almost no generated
acronym entry had one, so every "(GIN)" a paper defined as its own was linked.

A long form is taken only from a package that is already a source of the entry (the package
whose class or export gave the acronym), read as files (module source through `ast`), never
imported, and only where its words' initials spell the acronym's capitals exactly, by the
linker's own rule (`initials`: each word of PLAIN_WORD, "of" and "for" too, so "Graph Attention
Network" is no long form of GAT). Two places:

- an export that names the acronym by its long form, a module-level `<ACRONYM> =
  <CamelCaseLongForm>` (`assigned_long_form`: torchdrug's `GIN = GraphIsomorphismNetwork` ->
  "Graph Isomorphism Network");
- the docstring (with its `__init__`'s) of a class named by the acronym, alone or with a
  part's suffix (`acronym_class`: GIN, GINConv, TGNMemory, DLRMTrain; never "Net", since
  LEDNet is no LED and GINet no GIN), where a run of Title Case words spells it
  (`docstring_long_forms`: torchrec's DLRM "Deep Learning Recommendation Model"; dgllife's
  GIN "... Graph Isomorphism Network ..." -> "Graph Isomorphism Network", which
  `read_by_the_linker` then leaves out). The run is whole: no Title Case word or hyphen joins it
  before ("Large-Scale 3D Indoor Spaces" gives S3DIS nothing), nor a Title Case word after.

A long form linker/long_forms.py reads already (a Title Case run ending in "Network(s)" or
"Transformer": GIN's "Graph Isomorphism Network", GCN's, TGN's) is left out
(`read_by_the_linker`): that module links such a run by its initials with its own checks
(brackets naming it otherwise, a longer run), which an alias would bypass, and it links "a
Generative Interpretation Network (GIN)" to GIN through the words, so the alias would drop no
link. Spellings of one long form that differ only in case, hyphens and a plural "s" (the linker's
`_long_form_key`) are one: the singular spelling is kept. Each long form becomes a fact of
the entry's name (joining its entry through rules.merge_facts), so the generator's clash
rules apply to it as to any alias: one another entry holds is left out. Most long forms are
ordinary words ("Graph Isomorphism Network"), which the guard leaves out; a long form read
here is kept (`LongFormGuard`) as a folded alias, matched in any case: the linker's
`_defined_otherwise` reads an entry's long forms from its folded aliases only (not
`cased_aliases`, where round 23's "Temporal Fusion Transformer" and round 25's "Graph
Attention Network" are, as reviewed words), so a cased long form would not tell a paper's
"Generative Interpretation Network (GIN)" from the catalog's GIN. A never-name stays out.

docs/catalog.md ("Long forms of acronym entries") states the rules and what was left out.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from rules import Fact, Guard, norm

# The linker's PLAIN_WORD (linker/names.py): a long form's words, for its initials.
PLAIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")

# What a class named by an acronym may add to it: a part or a wrapper of the model.
_SUFFIXES = ("", "Conv", "Layer", "Model", "Module", "Memory", "Predictor", "GNN", "Interaction",
             "Train", "Head", "Network")  # fmt: skip

# Long forms a source states that the catalog must not take, each with its reason.
DENY_LONG_FORMS: dict[tuple[str, str], str] = {
    ("TUH", "Temple University Hospital"): "braindecode's TUH docstring spells the corpus's "
    "initials as the hospital's name: the words name an institution, which papers write as "
    "where their data came from, so as an alias they would link the hospital to the corpus",
    ("GFL", "Generalized Focal Loss"): "mmdet's GFLHead and paddledet's GFL docstrings: the "
    "words name the loss, which detectors other than GFL train with, so as an alias they "
    "would link every paper that uses the loss to the detector",
    ("ATSS", "Adaptive Training Sample Selection"): "mmdet's ATSSHead docstring ('assign "
    "label by Adaptive Training Sample Selection'): the words name the label-assignment "
    "strategy, which other detectors use, not the detector",
}


def initials(phrase: str) -> list[str]:
    """The initials of a phrase's words as linker/policy.py `_initials` reads them: "Graph
    Isomorphism Network" -> G I N; "Boundary-Matching Network" -> B M N; "Graph Attention
    Network" -> G A N."""
    return [word[0].upper() for word in PLAIN_WORD.findall(phrase)]


def letters(acronym: str) -> list[str]:
    """The capitals of an acronym, which its long form's initials must spell: "R-GCN" -> R G
    C N."""
    return [ch for ch in acronym if ch.isupper()]


def is_acronym(name: str) -> bool:
    """A name in capitals with at least three of them, hyphens allowed (the linker reads
    any `surface.isupper()`): "GIN", "R-GCN"; not "GraphSAGE", "PANNs", nor a name with a
    digit ("S3DIS", "A3T-GCN"), whose long form drops the number the generator's number rule
    (`rules.numbers_written`) requires of every alias."""
    return bool(re.fullmatch(r"[A-Z][A-Z-]*[A-Z]", name)) and len(letters(name)) >= 3


def long_form_key(phrase: str) -> str:
    """The linker's `_long_form_key`: case-, hyphen- and plural-blind."""
    return "".join(word.lower().removesuffix("s") for word in PLAIN_WORD.findall(phrase))


def camel_words(identifier: str) -> str:
    """A CamelCase identifier's words: "GraphIsomorphismNetwork" -> "Graph Isomorphism
    Network"."""
    return " ".join(re.findall(r"[A-Z][a-z0-9]*", identifier))


def assigned_long_form(acronym: str, value: str) -> str | None:
    """The long form an export `<acronym> = <value>` spells, the value a CamelCase class
    name whose words' initials are the acronym's capitals: ("GIN", "GraphIsomorphismNetwork")
    -> "Graph Isomorphism Network"; ("GAT", "GraphAttentionNetwork") -> None (G A N);
    ("RBF", "GaussianSmearing") -> None."""
    if not re.fullmatch(r"(?:[A-Z][a-z0-9]+)+", value):
        return None
    words = camel_words(value)
    return words if initials(words) == letters(acronym) else None


_TITLE_WORD = r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z][A-Za-z0-9]*)*"


def docstring_long_forms(acronym: str, doc: str) -> list[str]:
    """The runs of Title Case words in a docstring whose initials spell the acronym, each a
    whole run (no Title Case word or hyphen joined before it, no Title Case word after), in
    the order found: ("GIN", "Graph Isomorphism Network layer from `How Powerful are ...`")
    -> ["Graph Isomorphism Network"]; ("S3DIS", "The (Stanford Large-Scale 3D Indoor
    Spaces) dataset") -> [] (a part of a longer name); ("DIN", "dim is not ...") -> []."""
    want = letters(acronym)
    found: list[str] = []
    text = " ".join(doc.split())
    run = re.compile(rf"(?<![\w-]){_TITLE_WORD}(?: {_TITLE_WORD})*(?![\w-])")
    for match in run.finditer(text):
        words = match[0].split(" ")
        # "The Graph Isomorphism Network": a leading article is no part of the name.
        if len(words) > 1 and words[0] in ("The", "A", "An"):
            words = words[1:]
        phrase = " ".join(words)
        if initials(phrase) == want and phrase not in found:
            found.append(phrase)
    return found


# What linker/long_forms.py reads already: a Title Case run ending in one of these words,
# whose initials (its own rule) name a catalog acronym, is linked to it, unless brackets name
# it otherwise or a longer run holds it; it also links "a Generative Interpretation Network
# (GIN)" through those words. As an alias such a long form would bypass those checks ("a
# Graph Convolutional Network (ZorbGCN)", test_linker.py) and drop no link it relinks.
_READ_BY_THE_LINKER = re.compile(r"(?:Networks?|Transformer)")


def read_by_the_linker(long_form: str) -> bool:
    """Whether linker/long_forms.py reads the long form already, its last word "Network(s)"
    or "Transformer": "Graph Isomorphism Network" yes; "Deep Learning Recommendation Model",
    "Multi-Level Factorisation Net" no."""
    return bool(_READ_BY_THE_LINKER.fullmatch(long_form.split()[-1].split("-")[-1]))


def one_per_key(long_forms: list[str]) -> list[str]:
    """One spelling of each long form (`long_form_key`), the first singular one found, else
    the first: ["Temporal Graph Networks", "Temporal Graph Network"] -> ["Temporal Graph
    Network"]."""
    chosen: dict[str, str] = {}
    for phrase in long_forms:
        key = long_form_key(phrase)
        if key not in chosen or (chosen[key].endswith("s") and not phrase.endswith("s")):
            chosen[key] = phrase
    return list(chosen.values())


def acronym_class(acronym: str, class_name: str) -> bool:
    """Whether a class is named by the acronym (its capitals, hyphens dropped), alone or
    with a part's suffix (`_SUFFIXES`): ("GIN", "GINConv"), ("R-GCN", "RGCN"), ("TGN",
    "TGNMemory") yes; ("LED", "LEDNet"), ("GIN", "GINet"), ("ESM", "ESMOTE") no."""
    stem = acronym.replace("-", "")
    return class_name.startswith(stem) and class_name[len(stem) :] in _SUFFIXES


@dataclass
class LongFormGuard(Guard):
    """The generator's guard, which keeps the long forms this module read (`long_forms`)
    as folded aliases, where it would leave them out as ordinary words or keep them cased:
    the acronym's initials spelled by the words tie the phrase to the entry ("Graph
    Isomorphism Network"), and the linker counts only folded aliases as long forms. A
    never-name stays out."""

    long_forms: frozenset[str] = frozenset()

    def classify(self, text: str, model: bool = False) -> str | None:
        rule = super().classify(text, model)
        if text in self.long_forms and not self._never(text):
            return "folded"
        return rule


def long_form_guard(guard: Guard, facts: list[Fact]) -> LongFormGuard:
    """`guard` with the long forms of `facts` (this module's) kept as written."""
    return LongFormGuard(guard.zipf, guard.ordinary_words, guard.never_names,
                         frozenset(alias for fact in facts for alias in fact.aliases))  # fmt: skip


# -- readers ----------------------------------------------------------------------------------


def _distribution_of(source: str) -> str:
    return source.split(" ", 1)[0]


def _top_folders(distribution: str) -> list[Path]:
    """The top-level package folders a distribution installs (from its RECORD)."""
    dist = importlib.metadata.distribution(distribution)
    tops = sorted({
        Path(str(f)).parts[0] for f in dist.files or ()
        if len(Path(str(f)).parts) > 1 and str(f).endswith(".py")
        and not Path(str(f)).parts[0].endswith((".dist-info", ".data"))
    })  # fmt: skip
    return [Path(str(dist.locate_file(top))) for top in tops]


def _statements(distribution: str, wanted: set[str]) -> dict[str, list[tuple[str, str]]]:
    """acronym -> [(long form, where)] a distribution's modules state, for the acronyms in
    `wanted`, in file order (sorted paths)."""
    stems = {acronym.replace("-", ""): acronym for acronym in wanted}
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    version = importlib.metadata.version(distribution)
    for top in _top_folders(distribution):
        for path in sorted(top.rglob("*.py")):
            if ".mim" in path.parts:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            if not any(stem in text for stem in stems):
                continue
            try:
                tree = ast.parse(text)
            except SyntaxError:
                continue
            where = path.relative_to(top.parent).as_posix()
            for node in tree.body:
                target = node.targets[0] if isinstance(node, ast.Assign) else None
                if (isinstance(target, ast.Name) and target.id in stems
                        and isinstance(node.value, ast.Name)):  # fmt: skip
                    acronym = stems[target.id]
                    long_form = assigned_long_form(acronym, node.value.id)
                    if long_form:
                        place = f"{distribution} {version}: {where} {acronym} = {node.value.id}"
                        found[acronym].append((long_form, place))
                if not isinstance(node, ast.ClassDef):
                    continue
                acronym = next((a for s, a in stems.items() if acronym_class(s, node.name)), None)
                if acronym is None:
                    continue
                doc = ast.get_docstring(node) or ""
                init = next((n for n in node.body if isinstance(n, ast.FunctionDef)
                             and n.name == "__init__"), None)  # fmt: skip
                if init is not None:
                    doc += "\n\n" + (ast.get_docstring(init) or "")
                for long_form in docstring_long_forms(acronym, doc):
                    found[acronym].append(
                        (long_form, f"{distribution} {version}: {where} {node.name} docstring")
                    )
    return found


def long_form_facts(facts: list[Fact], hand_texts: set[str], guard: Guard) -> list[Fact]:
    """Facts giving the acronym facts read so far (`is_acronym`, models and data sets) the
    long forms their own source packages state; each names its entry as the facts do, with
    the long forms as aliases, so that it joins that entry. A fact of a hand-written entry
    (its name's `norm` in `hand_texts`) is passed over: the generator only confirms those,
    and their aliases are written by hand. A long form a fact already gives that `guard`
    keeps is left as it is."""
    sources_of: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    first: dict[tuple[str, str, str], Fact] = {}
    # the spelling of each long form (by `long_form_key`) the facts already give
    had: dict[tuple[str, str, str], dict[str, str]] = defaultdict(dict)
    for fact in facts:
        if fact.level == "checkpoint" or not is_acronym(fact.name) or norm(fact.name) in hand_texts:
            continue
        key = (fact.type, fact.level, fact.name)
        first.setdefault(key, fact)
        model = fact.type == "model"
        for alias in fact.aliases:
            if (" " in alias and initials(alias) == letters(fact.name)
                    and guard.classify(alias, model) is not None):  # fmt: skip
                had[key].setdefault(long_form_key(alias), alias)
        for source in fact.source.split("; "):
            sources_of[key].add(_distribution_of(source))
    wanted: dict[str, set[str]] = defaultdict(set)  # distribution -> acronyms
    for (_type, _level, name), distributions in sources_of.items():
        for distribution in distributions:
            wanted[distribution].add(name)
    stated: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for distribution in sorted(wanted):
        try:
            importlib.metadata.distribution(distribution)
        except importlib.metadata.PackageNotFoundError:
            continue  # a source label that is no distribution ("transformers docs")
        for acronym, found in _statements(distribution, wanted[distribution]).items():
            stated[acronym] += found
    out: list[Fact] = []
    for key in sorted(first):
        type_, level, name = key
        # A long form the facts already spell is theirs, unchanged (TFT's "Temporal Fusion
        # Transformer", PNA's "Principal Neighbourhood Aggregation", both cased).
        kept = [
            (lf, where)
            for lf, where in stated.get(name, ())
            if (name, lf) not in DENY_LONG_FORMS and long_form_key(lf) not in had[key]
        ]
        aliases = one_per_key([lf for lf, _ in kept if not read_by_the_linker(lf)])
        # A long form linker/long_forms.py reads is stated as a long form, never an alias:
        # the linker finds such a run by its initials only where the entry states one.
        long_forms = one_per_key([lf for lf, _ in kept if read_by_the_linker(lf)])
        if not aliases and not long_forms:
            continue
        chosen = {*aliases, *long_forms}
        places = list(dict.fromkeys(where for lf, where in kept if lf in chosen))
        base = first[key]
        out.append(Fact(type_, level, name, "; ".join(places), aliases=aliases,
                        long_forms=long_forms, kind=base.kind, modality=base.modality))  # fmt: skip
    return out
