"""Role of a mention: what the paper does with the entity, from cue phrases around it.

Rules follow docs/annotation-guideline.md. They look only inside the mention's sentence and
clause, and only at cues on the side where English puts them: "fine-tuned X", "outperforms
X", "than X" precede the entity; "X-based", "X as the backbone", "X is fine-tuned" follow it.
A cue in another clause ("..., while GPT-4 ...") does not reach the mention.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from citegraph.graph.records import Role

from .candidates import lower_same_length

# The order in which roles win when one entity is mentioned several times in a paper.
PRECEDENCE = (Role.INTRODUCES, Role.BUILDS_ON, Role.EVALUATES_ON, Role.COMPARES_WITH, Role.MENTIONS)
_RANK = {role: rank for rank, role in enumerate(PRECEDENCE)}

# A sentence ends at . ! or ? (maybe closed by a quote or bracket) before a capital, or at a
# line break; starting with a character class lets the engine skip most positions.
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?\s+(?=[A-Z(\[\"'0-9])|\n+")
# The clause and cue patterns below run on the lower-cased text (`Sentences.lowered`) and
# are written in lower case without re.IGNORECASE: case-folding every literal stops the
# regex engine from skipping alternatives by their first character, which made these
# patterns two to three times slower.
_CLAUSE_BREAK = re.compile(
    r";|\b(?:but|while|whereas|although|however|though|yet|unlike)\b|, (?:and |or )?(?:we|our)\b"
)
_WINDOW = 90  # characters of context considered on each side

# A list of names between the cue and the mention: "fine-tune T5, BART and GPT-2".
_LIST_GAP = r"(?:[\w.\-+/(){}\[\]]+(?:,|\band\b|\bor\b|\s)+){0,6}?[{(\[]?"
_ARTICLE = (
    r"(?:(?:the|a|an|our|their|its|pre-?trained|frozen|open|open-source|base|existing|several"
    r"|multiple|various|different|popular|strong|larger?|smaller?|state-of-the-art"
    r"|off-the-shelf)\s+)*"
)

# Cues that, shortly before a model's name, say the paper adapts or builds on it.
_BUILDS_CUES = (
    r"fine[- ]?tun(?:e|es|ed|ing)",
    r"instruction[- ]tun(?:e|es|ed|ing)",
    r"further[- ]train(?:s|ed|ing)?",
    r"re-?train(?:s|ed|ing)?",
    r"train(?:s|ed|ing)?(?:\s+of)?",
    r"continu\w*\s+(?:the\s+)?pre-?train\w*(?:\s+of)?",
    r"adapt(?:s|ed|ing)?",
    r"distill?(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:from|of|into)",
    r"prun(?:e|es|ed|ing)",
    r"quantiz(?:e|es|ed|ing)",
    r"initiali[sz]ed\s+(?:from|with)",
    r"based\s+on",
    r"built\s+(?:up)?on",
    r"build(?:s|ing)?\s+(?:up)?on",
    r"on\s+top\s+of",
    r"starting\s+from",
    r"(?:instantiat|implement)\w*\s+(?:\w+\s+){0,3}?(?:on|with|using)",
    r"employ(?:s|ed|ing)?",
    r"extend(?:s|ed|ing)?",
    r"upcycl\w+",
    r"equip(?:s|ped|ping)?",
    r"augment(?:s|ed|ing)?",
    r"transfer(?:s|red|ring)?",
    r"using",
    r"via",
    r"enabl(?:e|es|ed|ing)",
    r"allow(?:s|ed|ing)?",
    r"appl(?:y|ies|ied|ying)\s+(?:\w+\s+){0,3}?to",
    r"experiments?\s+(?:\w+\s+){0,2}?(?:on|with)",
    r"backbones?\s+(?:such\s+as|like|including)",
    r"models\s+including",
    r"(?:utili[sz]ed|used|employed|adopted|considered|selected|studied):",
)
_BUILDS_BEFORE = re.compile(rf"\b(?:{'|'.join(_BUILDS_CUES)})\s+{_ARTICLE}{_LIST_GAP}$")
_BUILDS_AFTER = re.compile(
    r"^(?:-based\b|\s+based\b|(?!\s+(?:serves?|served|acts?|acted)\b)(?:\s+\w+){0,2}\s+as\s+(?:the\s+|a\s+|our\s+|its\s+)?"
    r"(?:\w+\s+){0,2}(?:backbone|base|encoder|decoder|initiali[sz]ation|teacher|student|foundation|"
    r"starting\s+point|text\s+encoder)s?\b|(?:\s+\w+){0,3}\s+(?:is|was|are|were)\s+"
    r"(?:further\s+)?(?:fine-?tuned|adapted|distilled|pruned|quantized|instruction-tuned|trained)\b"
    r"|\s+(?:fine-?tuned|backbones?|encoders?)\b)"
)
_COMPARES_BEFORE = re.compile(
    r"\b(?:outperform\w*|surpass\w*|than|compar\w+\s+(?:\w+\s+){0,2}?(?:to|with|against)"
    r"|versus|vs\.?|baselines?(?:\s+(?:such\s+as|including|like|of))?|beat\w*"
    r"|superior\s+to|competitive\s+with|on\s+par\s+with|rival\w*|exceed\w*"
    r"|against|better\s+than|improv\w+\s+(?:up)?on|match(?:es|ing)?)"
    rf"\s+{_ARTICLE}{_LIST_GAP}$"
)
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:since\s+the\s+(?:release|introduction|advent|success)\s+of|such\s+as|like|e\.g\.,?"
    r"|including)\s+{_A}{_G}$".replace("{_A}", _ARTICLE).replace("{_G}", _LIST_GAP)
)
_EXPERIMENT_CUES = re.compile(
    r"\b(?:we|our|experiment\w*|evaluat\w*|result\w*|benchmark\w*|test\w*|train\w*|fine-?tun\w*"
    r"|achiev\w*|outperform\w*|state-of-the-art|sota|accuracy|score\w*|performance|datasets?"
    r"|tasks?|on)\b"
)


# Every character `\s` matches in a str pattern.
_WHITESPACE = tuple(ch for ch in map(chr, range(0x3001)) if ch.isspace())

# Words, one of which every match of a cue pattern contains (lower case; a word may sit
# anywhere in the match). The linker finds them in its one Aho-Corasick pass over the text;
# a pattern then runs only when one of its words stands in the mention's context window.
# Most mentions have none, and the cue regexes (searched backwards from the mention at
# every position of the window) were the largest cost of role assignment.
# tests/test_linker.py checks that every alternative of every pattern is covered.
CUE_WORDS: dict[str, tuple[str, ...]] = {
    "builds_before": (
        "fine", "instruction", "further", "train", "continu", "adapt", "distil", "prun",
        "quantiz", "initiali", "based", "built", "build", "top", "starting", "instantiat",
        "implement", "employ", "extend", "upcycl", "equip", "augment", "transfer", "using",
        "via", "enabl", "allow", "appl", "experiment", "backbone", "including", "utili",
        "used:", "adopted:", "considered:", "selected:", "studied:",
    ),
    "builds_after": (
        "base", "backbone", "encoder", "decoder", "initiali", "teacher", "student",
        "foundation", "starting", "tuned", "adapt", "distill", "prun", "quantiz", "train",
    ),
    "compares_before": (
        "outperform", "surpass", "than", "compar", "versus", "vs", "baseline", "beat",
        "superior", "competitive", "rival", "exceed", "against", "improv", "match",
        # "on par with", but not the "par" of every "paper" and "parameter"
        *(f"par{space}" for space in _WHITESPACE),
    ),
    "background_before": ("since", "such", "like", "e.g", "including"),
    # Not a cue: every occurrence of what _CLAUSE_BREAK matches, so clauses are cut
    # without running it (Sentences.around checks the word boundaries it asks for).
    "clause": (
        ";", "but", "while", "whereas", "although", "however", "though", "yet", "unlike",
        ", we", ", our", ", and we", ", and our", ", or we", ", or our",
    ),
}  # fmt: skip

Cues = Mapping[str, Sequence[tuple[int, int]]]


class Sentences:
    """Sentence and clause context of mentions in one text.

    Boundaries are searched only in a small window around each mention, never over the whole
    text: a text has a handful of mentions, so this is what keeps linking fast. `cues` are
    the spans of the CUE_WORDS groups in the text in the order of their ends (as
    `AliasIndex.scan` reports them), when the caller scanned for them; without them every
    pattern runs.
    """

    def __init__(self, text: str, cues: Cues | None = None, lowered: str | None = None) -> None:
        """`lowered` is `lower_same_length(text)` when the caller already has it."""
        self.text = text
        self.lowered = lowered if lowered is not None else lower_same_length(text)
        self.cues = cues

    def has_cue(self, group: str, low: int, high: int) -> bool:
        """Whether a word of the cue `group` lies wholly inside text[low:high]."""
        if self.cues is None:
            return True
        for start, end in self.cues.get(group, ()):  # in the order of their ends
            if end > high:
                return False
            if start >= low:
                return True
        return False

    def sentence_start(self, start: int, reach: int = 400) -> int:
        """Where the sentence holding position `start` begins (at most `reach` back).

        Walks back over the characters a sentence end starts with (str.rfind, in C) and
        tries _SENTENCE_END at each, rather than running the pattern over the whole window:
        the nearest sentence end is usually the first or second one tried. endpos=start
        makes the window end where the mention starts, as if the text were cut there.
        """
        text = self.text
        window_start = max(0, start - reach)
        position = start
        while True:
            position = max(
                text.rfind(".", window_start, position),
                text.rfind("\n", window_start, position),
                text.rfind("?", window_start, position),
                text.rfind("!", window_start, position),
            )
            if position < 0:
                return window_start
            end = _SENTENCE_END.match(text, position, start)
            if end:
                return end.end()

    def sentence_end(self, end: int, reach: int) -> int:
        """Where the sentence holding position `end` stops (its final mark included).

        The forward twin of sentence_start: the first sentence end within `reach`
        characters, found by trying _SENTENCE_END at each . ! ? or newline in turn.
        """
        text = self.text
        window_end = min(len(text), end + reach)
        position = end
        while True:
            marks = [
                found
                for found in (
                    text.find(".", position, window_end),
                    text.find("\n", position, window_end),
                    text.find("?", position, window_end),
                    text.find("!", position, window_end),
                )
                if found != -1
            ]
            if not marks:
                return window_end
            position = min(marks)
            if _SENTENCE_END.match(text, position, window_end):
                return position + 1
            position += 1

    def around(self, start: int, end: int) -> tuple[str, str]:
        """The clause before and after [start, end) within the mention's sentence, lower-cased."""
        before = self.lowered[self.sentence_start(start, _WINDOW) : start]
        after = self.lowered[end : self.sentence_end(end, _WINDOW)]
        if self.cues is None:
            breaks = list(_CLAUSE_BREAK.finditer(before))
            if breaks:
                before = before[breaks[-1].end() :]
            cut = _CLAUSE_BREAK.search(after)
            if cut:
                after = after[: cut.start()]
            return before, after
        # The same cuts from the clause words the scan found: the last break before the
        # mention, the first after it, each whole inside its side's window.
        before_start, after_end = start - len(before), end + len(after)
        last_end, first_start = before_start, after_end
        for word_start, word_end in self.cues.get("clause", ()):
            if before_start <= word_start and last_end < word_end <= start:
                if self._breaks(word_start, word_end, before_start, start):
                    last_end = word_end
            elif end <= word_start < first_start and word_end <= after_end:  # noqa: SIM102
                if self._breaks(word_start, word_end, end, after_end):
                    first_start = word_start
        return self.lowered[last_end:start], self.lowered[end:first_start]

    def _breaks(self, start: int, end: int, low: int, high: int) -> bool:
        """Whether the clause word at [start, end) breaks a clause in the window [low, high).

        The word boundaries _CLAUSE_BREAK asks for, with the window's ends counting as
        boundaries, as they do for the pattern run on the window alone.
        """
        lowered = self.lowered
        first = lowered[start]
        if first == ";":
            return True
        if first != "," and start > low and _is_word_char(lowered[start - 1]):
            return False
        return end == high or not _is_word_char(lowered[end])


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def mention_role(sentences: Sentences, start: int, end: int, entity_type: str) -> Role:
    """The role one mention's context gives its entity (introductions are found elsewhere)."""
    # The clause context lies within _WINDOW characters of the mention on either side; a
    # pattern whose cue words are all absent from that window cannot match.
    low, high = start - _WINDOW, end + _WINDOW
    if entity_type == "model":
        builds_before = sentences.has_cue("builds_before", low, start)
        builds_after = sentences.has_cue("builds_after", end, high)
        compares = sentences.has_cue("compares_before", low, start)
        if not (builds_before or builds_after or compares):
            return Role.MENTIONS
        before, after = sentences.around(start, end)
        if (builds_before and _BUILDS_BEFORE.search(before)) or (
            builds_after and _BUILDS_AFTER.match(after)
        ):
            return Role.BUILDS_ON
        if compares and _COMPARES_BEFORE.search(before):
            return Role.COMPARES_WITH
        return Role.MENTIONS
    if entity_type == "dataset":
        # Abstracts name datasets mostly to say what was trained or evaluated on; only a
        # background cue without any experimental word makes a dataset a plain mention.
        if not sentences.has_cue("background_before", low, start):
            return Role.EVALUATES_ON
        before, after = sentences.around(start, end)
        if _BACKGROUND_BEFORE.search(before) and not (
            _EXPERIMENT_CUES.search(before) or _EXPERIMENT_CUES.search(after)
        ):
            return Role.MENTIONS
        return Role.EVALUATES_ON
    return Role.MENTIONS


def strongest(roles: list[Role]) -> Role:
    """The role that wins for an entity mentioned with several roles."""
    return min(roles, key=_RANK.__getitem__)
