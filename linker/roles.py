"""Role of a mention: what the paper does with the entity, from cue phrases around it.

Rules follow docs/annotation-guideline.md. They look only inside the mention's sentence and
clause, and only at cues on the side where English puts them: "fine-tuned X", "outperforms
X", "than X" precede the entity; "X-based", "X as the backbone", "X is fine-tuned" follow it.
A cue in another clause ("..., while GPT-4 ...") does not reach the mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from citegraph.graph.records import Role

from . import regex_cache
from .candidates import holds_any, lower_same_length
from .names import NAME_START

# The order in which roles win when one entity is mentioned several times in a paper.
PRECEDENCE = (Role.INTRODUCES, Role.BUILDS_ON, Role.EVALUATES_ON, Role.COMPARES_WITH, Role.MENTIONS)
_RANK = {role: rank for rank, role in enumerate(PRECEDENCE)}

# Abbreviations whose final dot ends no sentence, even before a capital: "models (e.g.
# BERT)", "outperforms the baseline vs. GPT-4", "Smith et al. (2020) fine-tune BERT". The
# list for the cue windows here, a repository link's sentence in policy.py and the
# classifier's context words (role_features._ABBREVIATIONS). Not "etc.": in abstracts
# it closes a list at a sentence's end ("..., BERT, GPT2, etc. These models ...") far
# more often than it goes on before a capital. Versions and decimals ("v1.5", "3.5") have
# no space after their dot and end nothing anyway.
ABBREVIATIONS = ("e.g.", "i.e.", "vs.", "cf.", "viz.", "et al.", "fig.", "eq.")
# A sentence ends at . ! or ? (maybe closed by a quote or bracket) before a capital, or at a
# line break; starting with a character class lets the engine skip most positions. A dot
# that closes one of ABBREVIATIONS is no end (one lookbehind each: each has a fixed width).
_NOT_ABBREVIATED = "".join(
    rf"(?<!(?i:\b{re.escape(abbreviation)}))" for abbreviation in ABBREVIATIONS
)
# What a sentence starts with: a capital, a digit, a bracket or quote, or a name's start
# ("mT5", "xLSTM" open a sentence as they are written: names.NAME_START).
_SENTENCE_END = regex_cache.compile(
    rf"[.!?]{_NOT_ABBREVIATED}[\"')\]]?\s+(?=[(\[\"'0-9]|{NAME_START})|\n+"
)
# The characters a sentence end starts with.
_SENTENCE_MARK = regex_cache.compile(r"[.!?\n]")
# The clause and cue patterns below run on the lower-cased text (`Sentences.lowered`) and
# are written in lower case without re.IGNORECASE: case-folding every literal stops the
# regex engine from skipping alternatives by their first character, which made these
# patterns two to three times slower.
_CLAUSE_BREAK = regex_cache.compile(
    r";|\b(?:but|while|whereas|although|however|though|yet|unlike)\b|, (?:and |or )?(?:we|our)\b"
)
_WINDOW = 90  # characters of context considered on each side

# A list of names between the cue and the mention: "fine-tune T5, BART and GPT-2"; a
# colon may open it ("compared with several strong baselines: X, Y and Z").
# En and em dashes count as word characters: "adapted three architectures" + em dash +
# "Llama-3.1-8B, ..."; so do quotes: "combined with a set of 'base models' (LeNet, ...)".
_LIST_GAP = (
    r"(?:[\w.\-\u2013\u2014+/(){}\[\]'\"\u2018\u2019\u201c\u201d]+(?:,|:|\band\b|\bor\b|\s)+)"
    r"{0,8}?[{(\[]?"
)
_ARTICLE = (
    r"(?:(?:the|a|an|our|their|its|pre-?trained|frozen|open|open-source|base|existing|several"
    r"|multiple|various|different|popular|strong|larger?|smaller?|state-of-the-art"
    r"|off-the-shelf)\s+)*"
)


@dataclass(frozen=True)
class Cue:
    """One alternative of a role pattern, declared once with the word that finds it.

    The pattern text is `before + escape(word) + after`, so every match of the alternative
    contains `word`: the scan that finds the words (one Aho-Corasick pass over the text)
    can never miss a place where the alternative would match. Adding a cue in one place
    cannot leave it dead on the fast path, which is what a hand-kept word list allowed.
    """

    word: str  # lower case; found anywhere in the lower-cased text by the linker's scan
    before: str = ""  # regex the match starts with, before the word
    after: str = ""  # regex after the word

    @property
    def pattern(self) -> str:
        return f"{self.before}{re.escape(self.word)}{self.after}"


# "instruction-tuned" as the adjective of a class the names are listed from, a plural head
# noun between it and the name: "using four instruction-tuned LLMs, namely Llama 3 8B, ...";
# the models are released chat models the paper studies, not what it tunes. (The pattern
# runs on the clause before the name, so the lookahead sees only what stands between.)
# Not for "fine-tuned LLMs, including Llama2-7B": there the paper often tunes them.
_CLASS_AFTER = (
    r"(?!\s+(?:[\w\-]+\s+)?(?:llms|models|lms|language\s+models|variants|versions"
    r"|checkpoints)\b)"
)
def _measure_of_cues(verbs: Sequence[str], ending: str, measures: str) -> tuple[Cue, ...]:
    """Cues for "<verb> the <...> <measure> of X" ("improve the reasoning ability of X",
    "tripling the performance of X"): each verb stem with `ending`, an optional "the" and
    one word, then one of `measures` (an alternation) and "of"."""
    after = rf"{ending}\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:{measures})\s+of"
    return tuple(Cue(verb, after=after) for verb in verbs)


# What training costs: "pre-training FLOPs", "training compute", "training budget". A model
# named as an example of such a cost ("larger pre-training FLOPs, such as Llama2-70B") or
# after "than" is a point of comparison, not what the paper trains.
_BUDGET_NOUN = r"(?:flops|compute|budgets?|costs?|tokens|gpu[- ]hours)\b"
_BUDGET_WORDS = ("flops", "compute", "budget", "cost", "tokens", "hours")
# What a comparison measures: "similar audio quality to X", "accuracy similar to X".
_MEASURE = r"(?:performance|quality|accuracy|results?|scores?|fidelity|speed)"
# A comparison's measure and setting between its adjective and its "with"/"to" ("comparable
# performance on the MMLU and GSM8K benchmarks with X", "competitive on most tasks with X"):
# up to eight words, none of them another preposition that could be the one governing the
# name, nor a relative pronoun that opens another clause.
_COMPARISON_GAP = (
    r"(?:(?!(?:with|to|using|by|via|from|that|which|who|when|after|through)\b)"
    r"[\w\-.,]+\s+){0,8}?"
)

# Cues that, shortly before a model's name, say the paper adapts or builds on it.
BUILDS_BEFORE_CUES = (
    # Not "used a non-instruction-tuned model, such as, T5": "non-" negates the change.
    Cue("fine", before=r"(?<!non-)", after=r"[- ]?tun(?:e|es|ed|ing)"),
    Cue("instruction", before=r"(?<!non-)", after=r"[- ]tun(?:e|es|ing|ed" + _CLASS_AFTER + ")"),
    Cue("further", after=r"[- ]train(?:s|ed|ing)?"),
    Cue("train", before=r"re-?", after=r"(?:s|ed|ing)?(?!\s+" + _BUDGET_NOUN + ")"),
    # Not "independently trained X and Y models": an adverb makes "trained" the models'
    # adjective (someone trained them), not the paper's verb.
    # Not "pre-training FLOPs, such as X", "training compute than X": "training" as the
    # adjective of a cost or budget names what others spent, not what the paper trained
    # (_BUDGET: the comparison cue of such a cost).
    Cue(
        "train",
        before=r"(?!(?<=ly )trained\b)",
        after=r"(?:s|ed|ing)?(?!\s+" + _BUDGET_NOUN + r")(?:\s+of)?",
    ),
    Cue("continu", after=r"\w*\s+(?:the\s+)?pre-?train\w*(?:\s+of)?"),
    Cue("adapt", after=r"(?:s|ed|ing)?"),
    Cue("distil", after=r"l?(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:from|of|into)"),
    Cue("distil", after=r"l?(?:s|ed|ing)?"),  # "we distill Llama 2 into a small model"
    Cue("prun", after=r"(?:e|es|ed|ing)"),
    Cue("quantiz", after=r"(?:e|es|ed|ing)"),
    # "we compress a BERT model", "compressing LLaMA-7B": compressing a model's weights (the
    # guideline's builds_on). Not what a model compresses or makes: "compress prompts using
    # GPT-4", "compressed prompts produced by X" (the words between say so).
    Cue(
        "compress",
        after=r"(?:es|ed|ing)?(?!\s+(?:[\w\-]+\s+){0,3}?(?:using|with|by|via|through"
        r"|produced|generated|from)\b)",
    ),
    Cue("initiali", after=r"[sz](?:e|es|ed|ing)\s+(?:\w+\s+){0,2}?(?:from|with)"),
    # "in which parameters are inherited from MM-DiT": the paper's model takes X's weights.
    Cue("inherit", after=r"(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?from"),
    Cue("powered", after=r"\s+by"),
    Cue("based", after=r"\s+(?:up)?on"),
    Cue("built", after=r"\s+(?:up)?on"),
    Cue("build", after=r"(?:s|ing)?\s+(?:up)?on"),
    # "we build our agent on GPT-4": what is built stands between
    Cue(
        "buil",
        after=r"(?:d|ds|ding|t)\s+(?:our|the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:up)?on"
        r"(?!\s+(?:which|whom|that|where)\b)",
    ),
    Cue("top", before=r"on\s{1,3}", after=r"\s+of"),
    Cue("starting", after=r"\s+from"),
    Cue("instantiat", after=r"\w*\s+(?:\w+\s+){0,3}?(?:on|with|using)"),
    Cue("implement", after=r"\w*\s+(?:\w+\s+){0,3}?(?:on|with|using)"),
    Cue("employ", after=r"(?:s|ed|ing)?"),
    Cue("extend", after=r"(?:s|ed|ing)?"),
    Cue("upcycl", after=r"\w+"),
    Cue("equip", after=r"(?:s|ped|ping)?"),
    Cue("augment", after=r"(?:s|ed|ing)?"),
    Cue("transfer", after=r"(?:s|red|ring)?"),
    Cue("using"),
    Cue("via"),
    Cue("enabl", after=r"(?:e|es|ed|ing)"),
    Cue("allow", after=r"(?:s|ed|ing)?"),
    Cue("appl", after=r"(?:y|ies|ied|ying)\s+(?:\w+\s+){0,3}?to"),
    Cue("experiment", after=r"s?\s+(?:\w+\s+){0,2}?(?:on|with)"),
    # A component the paper's system is made of: "leveraging the encoder of X",
    # "integrates X", "incorporate ... X", "combines ... from X", "we rely on X",
    # "consisting of a pyramid of X", "further pre-training of X", "we adopt X".
    Cue("leverag", after=r"(?:e|es|ed|ing)"),
    Cue("integrat", after=r"(?:e|es|ed|ing)"),
    Cue("incorporat", after=r"(?:e|es|ed|ing)"),
    Cue("combin", after=r"(?:e|es|ed|ing)"),
    Cue("rel", after=r"(?:y|ies|ied|ying)\s+(?:up)?on"),
    Cue("consist", after=r"(?:s|ed|ing)?\s+of"),
    Cue("further", after=r"[- ]pre-?train(?:s|ed|ing)?(?:\s+of)?"),
    # Not "three widely adopted networks: X, Y": after an adverb the participle is the
    # networks' adjective (others adopted them), not the paper's verb.
    Cue("adopt", before=r"(?!(?<=ly )adopted\b)", after=r"(?:s|ed|ing)?"),
    Cue("utili", before=r"(?!(?<=ly )utili[sz]ed\b)", after=r"[sz](?:e|es|ed|ing)"),
    Cue("use", before=r"we\s{1,3}(?:(?:also|then|further|first)\s{1,3})?", after=r"d?"),
    # "The encoder part of the model uses ResNet", "our decoder uses X": a part of the
    # paper's own system that uses the model is made from it.
    Cue(
        "use",
        before=r"(?:our|the)\s{1,3}(?:[\w\-]{1,20}\s{1,3}){0,2}?(?:encoder|decoder|backbone|branch)"
        r"(?:\s{1,3}part(?:\s{1,3}of\s{1,3}(?:the|our)\s{1,3}(?:model|network|system))?)?"
        r"\s{1,3}",
        after=r"s",
    ),
    # "improve the reasoning ability of X": the paper changes or extends X itself.
    *_measure_of_cues(
        ("improv", "enhanc", "boost", "increas", "strengthen"), r"\w*",
        r"performance|accuracy|robustness|capabilit(?:y|ies)|abilit(?:y|ies)|efficiency",
    ),
    # "smaller backbone networks such as Vgg11 and Resnet18": a head noun may follow.
    Cue(
        "backbone",
        after=r"s?(?:\s+(?:networks?|models?|architectures?|encoders?))?\s+"
        r"(?:such\s+as|like|including)",
    ),
    Cue("including", before=r"models\s{1,3}"),
    Cue("utili", after=r"[sz]ed:"),
    Cue("used:"),
    Cue("employed:"),
    Cue("adopted:"),
    Cue("considered:"),
    Cue("selected:"),
    Cue("studied:"),
)
# ... right after the name: "X-based", "X as the backbone", "X is fine-tuned".
_AS_ROLE = (
    r"(?!\s+(?:serves?|served|acts?|acted)\b)(?:\s+\w+){0,2}\s+as\s+"
    r"(?:the\s+|a\s+|our\s+|its\s+)?(?:\w+\s+){0,2}"
)
_IS_ADAPTED = r"(?:\s+\w+){0,3}\s+(?:is|was|are|were)\s+(?:further\s+)?"
_IS_USED = r"(?:\s+[\w\-]+){0,3}?\)?\s+(?:is|are|was|were|can\s+be|be)\s+(?:\w+\s+)?"
# Not "X based on Y": a participle with its object makes X the derived one ("we present
# Zorbtune based on Quux"), unlike the compound adjective "X-based"/"X based model".
_NOT_PARTICIPLE = r"\b(?!\s+(?:up)?on\b)"
BUILDS_AFTER_CUES = (
    # also after a bracketed acronym: "a relational graph convolutional network
    # (RGCN)-based model gRGCN"
    Cue("based", before=r"\)?-", after=_NOT_PARTICIPLE),
    Cue("based", before=r"\s+", after=_NOT_PARTICIPLE),
    *(
        Cue(word, before=_AS_ROLE, after=rest + r"s?\b")
        for word, rest in (
            ("backbone", ""), ("base", ""), ("encoder", ""), ("decoder", ""),
            ("initiali", "[sz]ation"), ("teacher", ""), ("student", ""), ("foundation", ""),
            ("starting", r"\s+point"),
        )
    ),
    *(
        Cue(word, before=_IS_ADAPTED + prefix, after=rest + r"\b")
        for prefix, word, rest in (
            ("fine-?", "tuned", ""), ("", "adapt", "ed"), ("", "distill", "ed"),
            ("", "prun", "ed"), ("", "quantiz", "ed"), ("instruction-", "tuned", ""),
            ("", "train", "ed"),
        )
    ),
    # "(ELMo and BERT) can be utilized for document ranking", "X is integrated into".
    *(
        Cue(word, before=_IS_USED, after=r"\s+(?:as|to|for|in|into|within|with)\b")
        for word in ("used", "utilized", "utilised", "employed", "leveraged", "adopted",
                     "incorporated", "integrated", "exploited")
    ),
    Cue("tuned", before=r"(?:\s+models?)?\s+fine-?", after=r"\b"),
    # Its outputs as the paper's inputs: "clustered BLIP embeddings", "DINOv2 features".
    *(Cue(word, before=r"\s+", after=r"\b") for word in ("embeddings", "features",
                                                       "representations")),
    Cue("backbone", before=r"\s+", after=r"s?\b"),
    Cue("encoder", before=r"\s+", after=r"s?\b"),
)  # fmt: skip
# "X-based" and a generic head: a baseline when a comparison cue governs X ("outperforms
# GAT and GCN based benchmarks", "T5-based embedding models"); not a name ("match the
# performance of GPT-4-based SelfDefend": the paper's own system, built on GPT-4).
_BASED = regex_cache.compile(
    r"[-\s]+based\s+(?:[\w\-]+\s+){0,2}?(?:models?|baselines?|benchmarks?|methods?|"
    r"approach(?:es)?|systems?|networks?|architectures?|counterparts?|alternatives?|ones|"
    r"detectors?|classifiers?|solutions?|techniques?|frameworks?|llms?|encoders?|variants?)\b",
    re.IGNORECASE,
)
# ... before the name, that it is a baseline or a point of comparison.
COMPARES_BEFORE_CUES = (
    Cue("outperform", after=r"\w*"),
    Cue("surpass", after=r"\w*"),
    Cue("than"),
    Cue("compar", after=r"\w+\s+(?:[\w\-]+\s+){0,2}?(?:to|with|against)"),
    # The noun and what is compared between it and its "with": "the performance comparison
    # of the proposed approach with VGG16".
    Cue("compar", after=r"isons?\s+of\s+(?:[\w\-]+\s+){0,4}?(?:to|with|against)"),
    Cue("versus"),
    Cue("vs", after=r"\.?"),
    Cue("baseline", after=r"s?(?:\s+(?:such\s+as|including|like|of)|:)?"),
    Cue("beat", after=r"\w*"),
    Cue("superior", after=r"\s+to"),
    Cue("competitive", after=r"\s+with"),
    Cue("par", before=r"on\s{1,3}", after=r"\s+with"),
    # The adjective and its "with"/"to" far apart in one clause: "achieves comparable
    # performance on the X and Y benchmarks with Z", "on par in accuracy with Z".
    Cue("compar", after=r"able\s+" + _COMPARISON_GAP + r"(?:to|with)"),
    Cue("competitive", after=r"\s+" + _COMPARISON_GAP + r"(?:with|to)"),
    # A measure like another's: "achieve similar audio quality to WaveRNN", "sample quality
    # similar to X". Only with a measure noun: "similar to X, we pre-train ..." is no
    # comparison of results.
    Cue("similar", after=r"\s+(?:[\w\-]+\s+)?" + _MEASURE + r"\s+to"),
    Cue("similar", before=_MEASURE + r"\s{1,3}", after=r"\s+to"),
    Cue("par", before=r"on\s{1,3}", after=r"\s+" + _COMPARISON_GAP + r"(?:with|to)"),
    # A model as an example of a training cost: "larger pre-training FLOPs, such as X".
    *(
        Cue(word, after=r"s?,?\s+(?:such\s+as|like|including|e\.g\.,?)")
        for word in ("flops", "compute", "budget", "cost", "tokens", "gpu hours")
    ),
    Cue("rival", after=r"\w*"),
    Cue("exceed", after=r"\w*"),
    Cue("against"),
    Cue("better", after=r"\s+than"),
    Cue("improv", after=r"\w+\s+(?:(?:up)?on|over)"),
    # A measure between the verb and "over": "improves accuracy over competitive models,
    # such as MLP, ResNet and FT-Transformer" (not "on": "improves accuracy on X" names
    # where it was measured).
    Cue("improv", after=r"(?:e|es|ed|ing)\s+(?:the\s+)?" + _MEASURE + r"\s+over"),
    # A transitive verb: "matches GPT-4", "matching the accuracy of X". A preposition after
    # it makes "matching" a noun: "gradient matching on small models, e.g., X".
    Cue(
        "match",
        after=r"(?:es|ing)?"
        r"(?!\s+(?:on|in|for|with|of|to|between|across|at|by|from|via|using)\b)",
    ),
    # What the paper's system is measured against is compared with, whatever the measure
    # and however it is phrased: the grammar, not the model, makes these comparisons.
    # A gain over it: "13x actual speedup over AlexNet", "Primer's gains over Transformer",
    # "a clear advantage over BERT" ("improvements over X" is the "improv" cue above).
    # (Found by "over": "gain" is found inside "against", which would name that cue.)
    Cue("over", before=r"(?:gain|speed-?up|advantage)s?\s{1,3}"),
    # A multiple of its measure: "tripling the performance of T5-XXL", "doubling the
    # throughput of X", unlike "improve the performance of X" (the paper changes X). "N
    # times faster than X" is the "than" cue.
    *_measure_of_cues(
        ("halv", "doubl", "tripl", "quadrupl"), r"(?:e|es|ed|ing)",
        r"performance|accuracy|scores?|speed|throughput",
    ),
    # "3 times the throughput of X", "ten times the size of GPT-3".
    Cue(
        "times",
        before=r"(?:\d{1,4}(?:\.\d{1,2})?|two|three|four|five|ten|hundred)\s{1,3}",
        after=r"\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:performance|accuracy|scores?|speed"
        r"|throughput|size)\s+of",
    ),
    # A share of its measure reached: "achieves 95% of GPT-4's performance", "reaching 90
    # percent of the accuracy of X", "attains half of X's score". Only after a verb of
    # reaching: "tuning 0.1% of the parameters of X" and "retains 97% of X's accuracy" (a
    # compressed X) build on X.
    *(
        Cue(
            verb,
            after=r"\w*\s+(?:(?:up\s+to|over|about|around|nearly|almost|approximately"
            r"|roughly)\s+)?(?:\d{1,3}(?:\.\d{1,2})?(?:\s?%|\s+percent)|half|two\s+thirds)"
            r"\s+of(?:\s+the\s+(?:[\w\-]+\s+)?"
            r"(?:performance|accuracy|quality|scores?|capabilit(?:y|ies))\s+of)?",
        )
        for verb in ("achiev", "reach", "attain")
    ),
)
# ... before a dataset's name, that it is only background.
BACKGROUND_BEFORE_CUES = (
    Cue("since", after=r"\s+the\s+(?:release|introduction|advent|success)\s+of"),
    Cue("such", after=r"\s+as"),
    Cue("like"),
    Cue("e.g", after=r"\.,?"),
    Cue("including"),
)


def _alternatives(cues: Sequence[Cue]) -> str:
    """The cues as one alternation (no capturing groups: they slow every search)."""
    return "|".join(cue.pattern for cue in cues)


class _CuePattern:
    """A role pattern: `shape` around the alternation of a group's cues.

    As one regex, the whole alternation (40 cues for builds_before) is tried at every
    position of the window, which made these the costliest patterns of role assignment.
    When the linker's scan says which of the group's words stand in the context, only the
    cues of those words run, each as a pattern of its own; their earliest match (the
    first cue in order winning a tie) is the match of the one regex, which still serves
    callers that did not scan.
    """

    def __init__(self, group: str, cues: Sequence[Cue], shape: Callable[[str], str]) -> None:
        self.group = group
        self.whole = regex_cache.compile(shape(_alternatives(cues)))
        self._by_word: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
        for order, cue in enumerate(cues):
            pattern = regex_cache.compile(shape(cue.pattern))
            self._by_word.setdefault(cue.word, []).append((order, pattern))

    def search(
        self, sentences: Sentences, context: str, origin: int, pos: int
    ) -> re.Match[str] | None:
        """`whole.search(context, pos)`, where `context` is the lowered text from `origin`."""
        patterns = self._cue_patterns(sentences, origin + pos, origin + len(context))
        if patterns is None:
            return self.whole.search(context, pos)
        best = None
        for pattern in patterns:
            match = pattern.search(context, pos)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
                if best.start() == pos:
                    break  # no later cue can start earlier
        return best

    def match(self, sentences: Sentences, context: str, origin: int) -> re.Match[str] | None:
        """`whole.match(context)`, where `context` is the lowered text from `origin`."""
        patterns = self._cue_patterns(sentences, origin, origin + len(context))
        if patterns is None:
            return self.whole.match(context)
        for pattern in patterns:
            match = pattern.match(context)
            if match is not None:
                return match
        return None

    def _cue_patterns(
        self, sentences: Sentences, low: int, high: int
    ) -> list[re.Pattern[str]] | None:
        """The patterns of the cues whose word lies wholly inside the lowered text's
        [low, high) (every match of a cue holds its word), in cue order; None when the
        caller did not scan for the words."""
        if sentences.cues is None:
            return None
        lowered = sentences.lowered
        found: list[tuple[int, re.Pattern[str]]] = []
        words: set[str] = set()
        for start, end in sentences.cues.get(self.group, ()):  # in the order of their ends
            if end > high:
                break
            if start >= low:
                word = lowered[start:end]
                if word not in words:
                    words.add(word)
                    found.extend(self._by_word[word])
        found.sort()
        return [pattern for _, pattern in found]


def _before_mention(alternatives: str) -> str:
    return rf"\b(?:{alternatives})\s+{_ARTICLE}{_LIST_GAP}$"


_BUILDS_BEFORE = _CuePattern("builds_before", BUILDS_BEFORE_CUES, _before_mention)
_BUILDS_AFTER = _CuePattern("builds_after", BUILDS_AFTER_CUES, lambda cues: rf"^(?:{cues})")
_COMPARES_BEFORE = _CuePattern("compares_before", COMPARES_BEFORE_CUES, _before_mention)
_BACKGROUND_BEFORE = _CuePattern("background_before", BACKGROUND_BEFORE_CUES, _before_mention)
CUE_PATTERNS = {
    pattern.group: pattern
    for pattern in (_BUILDS_BEFORE, _BUILDS_AFTER, _COMPARES_BEFORE, _BACKGROUND_BEFORE)
}
# Examples ("e.g.") of a class of others' models, between a builds cue and the name.
_OTHERS_EXAMPLES = regex_cache.compile(
    r"\b(?:existing|pre-?trained|off-the-shelf|popular|state-of-the-art|any|arbitrary"
    r"|mainstream)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+s\s*(?:\(\s*|,\s*)e\.g"
)
# A cue of using a model as a tool, and what, before it in the clause, says the use makes
# data: "we generate 50K instructions using GPT-4", "annotate the corpus with ... via X".
_DATA_TOOL_CUE = regex_cache.compile(r"(?:using|via|employ|utili[sz]|leverag|adopt|with)")
_DATA_NOUN = (
    r"(?:data|dataset|samples|examples|instructions|labels|annotations|questions|answers"
    r"|pairs|corpus|corpora|texts|captions|structures|responses)\b"
)
# ("the generated texts": a participle right before the noun is its adjective, no verb.)
_MAKES_DATA = regex_cache.compile(
    r"\b(?:generat|synthesi[sz]|annotat|label|translat|paraphras|rewrit|predict)"
    rf"(?!ed\s+{_DATA_NOUN})\w*\s+(?:[\w\-,]+\s+){{0,4}}?{_DATA_NOUN}"
)
# -- a model used as an off-the-shelf tool: a judge, an annotator, a maker of data ----------
# The roles a tool plays for the paper's data or outputs. Not "reward model", "policy",
# "teacher" or "verifier": the guideline counts a reward model and a teacher as parts of
# the paper's system, and a verifier is often one too.
_TOOL_NOUN = (
    r"(?:judge|evaluator|annotator|grader|critic|label+er|oracle|rater|scorer|assessor"
    r"|(?:data|instruction|question|query|sample)\s+(?:generator|synthesi[sz]er))s?\b"
)
# The data a tool makes: "generates the training data", "to annotate 10k questions".
_TOOL_DATA = (
    r"(?:training\s+|synthetic\s+|pseudo-?)?(?:data|dataset|samples|examples|instructions"
    r"|labels|annotations|pairs|corpus|corpora|captions|questions)\b"
)
# Right after the name (the lower-cased clause after it): "X is used as a judge", "X
# serves as the evaluator", "X, Y and Z as annotators" (a short list), "X-as-a-judge",
# "X generates the training data", "X to label the corpus", "X-generated captions". A
# backbone named after the role noun ("as the judge backbone") is still a part.
# Scoring, rating or filtering is a tool's only for data ("to filter the training
# data") or for outputs ("to evaluate the generated answers"): "we use RoBERTa to score
# candidates" is a reranker, a part of the system.
_TOOL_AFTER = regex_cache.compile(
    rf"-as-an?-{_TOOL_NOUN}"
    rf"|(?:,?\s+[\w\-.]+){{0,4}}?\s+as\s+(?:(?:an?|the|our|its|their)\s+)?(?:[\w\-]+\s+){{0,2}}?"
    rf"{_TOOL_NOUN}(?![\s\-]+(?:models?\s+)?(?:backbones?|encoders?|decoders?|base)\b)"
    rf"|(?:\s+[\w\-]+){{0,3}}?\s+(?:generat|synthesi[sz]|annotat|label|filter|scor|produc|extend|expand|creat|augment"
    rf"|rat(?=e|ing))\w*\s+(?:(?:the|our|its|all)\s+)?(?:[\w\-]+\s+){{0,2}}?{_TOOL_DATA}"
    r"|(?:\s+[\w\-]+){0,3}?\s+to\s+(?:judge|grade|annotate|label)\b"
    r"|(?:\s+[\w\-]+){0,3}?\s+to\s+(?:evaluate|assess|score|rate)\s+(?:the\s+)?"
    r"(?:[\w\-]+\s+){0,2}?(?:outputs|responses|answers|generations|summaries|translations)\b"
    r"|-(?:generated|annotated|labell?ed|synthesi[sz]ed|judged|scored|rated|curated)\b"
)
# Before the name, a participle and its agent: "responses judged by X", "data generated
# with X", "filtered using X". Evaluation only "by" X: "evaluated with X" is often the
# paper's method evaluated on X, which builds on it.
_TOOL_BEFORE = regex_cache.compile(
    r"\b(?:(?:judged|annotated|labell?ed|scored|rated|graded|filtered|generated"
    r"|synthesi[sz]ed|curated|translated|paraphrased|rewritten)\s+(?:\w+\s+)?"
    r"(?:by|with|using|via|from)|(?:evaluated|assessed)\s+by)"
    rf"\s+{_ARTICLE}{_LIST_GAP}$"
)
# The builds cues of a mere use, which a tool's role noun after the name overrides ("we
# use / employ / leverage X as a judge", "X is used as the evaluator"); cues of a change
# of weights, of being based on the model or of a component ("backbone") do not yield.
_USE_CUES = frozenset(
    [f"builds_before:{word}" for word in (
        "use", "using", "via", "employ", "leverag", "utili", "adopt", "rel", "integrat",
        "incorporat", "combin", "enabl", "allow", "experiment", "equip", "augment", "appl",
        "implement", "instantiat", "used:", "employed:", "adopted:", "considered:",
        "selected:", "studied:",
    )]
    + [f"builds_after:{word}" for word in (
        "used", "utilized", "utilised", "employed", "leveraged", "adopted", "incorporated",
        "integrated", "exploited",
    )]
)  # fmt: skip
# The same as the classifier's cue features ("cue=builds_before:using"; role_features).
USE_CUE_FEATURES = frozenset("cue=" + cue for cue in _USE_CUES)
# Distillation is the guideline's exception: a teacher or a model distilled is built on.
_DISTILS = frozenset(
    {"builds_before:distil", "builds_after:teacher", "builds_after:student", "builds_after:distill"}
)
# The names of the tool cues (what the classifier reads; role_features.TOOL_USE).
_AS_TOOL_CUE, _MADE_BY_TOOL_CUE, _MAKES_DATA_CUE = "tool:after_name", "tool:made_by", "tool:data"


# Substrings every match of _TOOL_AFTER, and of _TOOL_BEFORE, holds: a few searches in C
# rule most contexts out before the patterns (an alternation tried at every position of
# the clause for _TOOL_BEFORE) run.
_TOOL_AFTER_WORDS = (
    "as", "generat", "synthesi", "annotat", "label", "filter", "scor", "rat", "judg", "grad",
    "curated", "produc", "evaluat", "assess", "extend", "expand", "creat", "augment",
)  # fmt: skip
_TOOL_BEFORE_WORDS = (" by ", " with ", " using ", " via ", " from ")


def _tool_use(
    before: str, after: str, fired: list[str], builds_match: re.Match[str] | None
) -> tuple[str, list[str]] | None:
    """Whether the model whose builds cues `fired` is used as a tool, and then the tool's
    cue and the builds cues that stay; None when no tool reading wins.

    A role noun after the name overrides the cues of a mere use (_USE_CUES); a participle
    before it ("generated by") overrides the builds cue before the name when it is the
    nearer of the two, as a nearer comparison verb does. A distillation cue always stays.
    """
    if any(cue in _DISTILS for cue in fired):
        return None
    if holds_any(after, _TOOL_AFTER_WORDS) and _TOOL_AFTER.match(after):
        kept = [cue for cue in fired if cue not in _USE_CUES]
        if len(kept) < len(fired):
            return _AS_TOOL_CUE, kept
    if (
        builds_match is not None
        and holds_any(before, _TOOL_BEFORE_WORDS)
        and (made := _TOOL_BEFORE.search(before)) is not None
        and made.start() > builds_match.start()
    ):
        return _MADE_BY_TOOL_CUE, [c for c in fired if not c.startswith("builds_before")]
    return None


# Other work as the subject of a builds cue: "existing methods use X", "several
# researchers have employed ... X", "several ...
# frameworks proposed for this task utilize X" (the subject opens the clause, its head
# noun a few words before the cue; not "we propose several frameworks that utilize X").
_OTHERS_SUBJECT = regex_cache.compile(
    r"^\s*(?:the\s+)?(?:existing|previous|prior|conventional|traditional|several|many|most)\s+"
    r"(?:[\w\-]+\s+){0,4}?(?:methods|approaches|works|frameworks|studies|systems"
    r"|techniques|solutions|pipelines|researchers|authors|papers)\s+(?:[\w\-]+\s+){0,4}?$"
)


def _built_by_others(sentences: Sentences, start: int, before: str, cue: int) -> bool:
    """Whether other work is the subject of the builds cue at text position `cue` that
    governs the mention at `start` (_OTHERS_SUBJECT).

    A later item of a list ("several researchers have employed ... such as RESNET-50,
    ALEXNET, VGG-16") sees only the window before it, which may start inside the subject;
    the subject is then read before the list's first item, whose clause holds it whole.
    """
    origin = start - len(before)
    if _OTHERS_SUBJECT.search(before, 0, cue - origin):
        return True
    head = list_head(sentences, start)
    if head == start:
        return False
    head_before, _ = sentences.around(head, head)
    head_origin = head - len(head_before)
    return (
        cue >= head_origin and _OTHERS_SUBJECT.search(head_before, 0, cue - head_origin) is not None
    )


# "any"/"arbitrary" between a builds cue and the name: a claim of what the method could
# be used with.
_ANY_TARGET = regex_cache.compile(r"\b(?:any|arbitrary)\b")
# Right before a model's name: the paper's own ("the proposed X", "our newly proposed X").
_OWN_PROPOSED = regex_cache.compile(r"\b(?:the|our)\s+(?:newly\s+)?proposed\s+$")
_EXPERIMENT_CUES = regex_cache.compile(
    r"\b(?:we|our|experiment\w*|evaluat\w*|result\w*|benchmark\w*|test\w*|train\w*|fine-?tun\w*"
    r"|achiev\w*|outperform\w*|state-of-the-art|sota|accuracy|score\w*|performance|datasets?"
    r"|tasks?|on)\b"
)

# Each pattern's cues, by the name of the word group the linker's scan reports them under.
CUES: dict[str, tuple[Cue, ...]] = {
    "builds_before": BUILDS_BEFORE_CUES,
    "builds_after": BUILDS_AFTER_CUES,
    "compares_before": COMPARES_BEFORE_CUES,
    "background_before": BACKGROUND_BEFORE_CUES,
}
# The words the linker's Aho-Corasick pass looks for: derived from the cues, never kept by
# hand. A pattern then runs only when one of its words stands in the mention's context
# window; most mentions have none, and the cue regexes (searched backwards from the mention
# at every position of the window) were the largest cost of role assignment.
CUE_WORDS: dict[str, tuple[str, ...]] = {
    **{group: tuple(dict.fromkeys(cue.word for cue in cues)) for group, cues in CUES.items()},
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
        return self.first_cue(group, low, high) is not None

    def first_cue(self, group: str, low: int, high: int) -> int | None:
        """Where the first word of `group` wholly inside text[low:high] starts (0 when the
        caller did not scan for words: then every position may hold one)."""
        if self.cues is None:
            return low
        first = None
        for start, end in self.cues.get(group, ()):  # in the order of their ends
            if end > high:
                break
            if start >= low and (first is None or start < first):
                first = start
        return first

    def sentence_start(self, start: int, reach: int = 400) -> int:
        """Where the sentence holding position `start` begins (at most `reach` back).

        Walks back over the characters a sentence end starts with (str.rfind, in C) and
        tries _SENTENCE_END at each, rather than running the pattern over the whole window:
        the nearest sentence end is usually the first or second one tried.

        The pattern may read the first characters at `start` (endpos is three past it, as
        much as a name's start needs: "mT5"): a sentence end is known by the capital after
        it, and a name that starts a sentence ("... based on latent diffusion. Stable Audio
        ...") is that capital. Cut at `start`, the text hid it, and the name took the
        previous sentence's cues.
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
            end = _SENTENCE_END.match(text, position, start + 3)
            if end:
                return min(end.end(), start)

    def sentence_end(self, end: int, reach: int) -> int:
        """Where the sentence holding position `end` stops (its final mark included).

        The forward twin of sentence_start: the first sentence end within `reach`
        characters, found by trying _SENTENCE_END at each . ! ? or newline in turn.
        """
        text = self.text
        window_end = min(len(text), end + reach)
        position = end
        while True:
            # The nearest . ! ? or newline: one search for the four (a character set lets the
            # engine skip to them in C) rather than a str.find per mark and their min().
            mark = _SENTENCE_MARK.search(text, position, window_end)
            if mark is None:
                return window_end
            position = mark.start()
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
    """The role one mention's context gives its entity by the cue rules alone."""
    return rule_cues(sentences, start, end, entity_type)[0]


def rule_cues(
    sentences: Sentences, start: int, end: int, entity_type: str
) -> tuple[Role, tuple[str, ...]]:
    """The rules' role for one mention, and the names ("group:word") of the cues that fired.

    Introductions are found elsewhere. The fired cues are what the role classifier
    (`role_model.py`) reads of the rules, so both see the same evidence.
    """
    # The clause context lies within _WINDOW characters of the mention on either side; a
    # pattern whose cue words are all absent from that window cannot match.
    low, high = start - _WINDOW, end + _WINDOW
    if entity_type == "model":
        builds_before = sentences.first_cue("builds_before", low, start)
        builds_after = sentences.has_cue("builds_after", end, high)
        compares = sentences.first_cue("compares_before", low, start)
        if (
            builds_before is None
            and compares is None
            and not builds_after
            # A cue after the list the mention heads is read below (list_tail), and may lie
            # past the window ("T5, Zorb-11B, ... and Quux-2 as the teacher").
            and not (
                _LIST_GLUE_AFTER.match(sentences.text, end)
                and sentences.has_cue("builds_after", end, end + _LIST_REACH + _WINDOW)
            )
        ):
            # A later item of a list may take a comparison cue from before the list's first
            # item, out of the window ("outperforms A, B, C, ..., and F").
            listed = _listed_comparison(sentences, start)
            if listed is not None:
                return Role.COMPARES_WITH, (listed[0],)
            return Role.MENTIONS, ()
        before, after = sentences.around(start, end)
        if before.endswith("proposed ") and _OWN_PROPOSED.search(before, len(before) - 24):
            # "Experiments on ImageNet ... demonstrate that the proposed RepGhostNet is ...":
            # the paper's own model, whatever cue stands before it.
            return Role.MENTIONS, ()
        origin = start - len(before)  # where `before` starts in the text
        fired: list[str] = []
        builds_match = None
        tool = None  # the cue of a use as an off-the-shelf tool that won over builds cues
        if builds_before is not None and (
            builds_match := _search_from(_BUILDS_BEFORE, sentences, before, origin, builds_before)
        ):
            fired.append(_which(sentences, "builds_before", origin, builds_match))
            if _DATA_TOOL_CUE.match(before, builds_match.start()) and _MAKES_DATA.search(
                before, 0, builds_match.start()
            ):
                # "we generate 50K instructions using GPT-4": a tool for data, not a part of
                # the paper's model (the guideline's off-the-shelf tools for data).
                fired.pop()
                builds_match = None
                tool = _MAKES_DATA_CUE
            if (
                builds_match
                and fired[-1] == "builds_before:including"
                and _compared_before(
                    sentences, sentences.sentence_start(start, 300), origin + builds_match.start()
                )
            ):
                # "surpasses open-source models as well as commercial models including
                # DALL-E 3": the models listed are what the paper is compared with.
                fired.pop()
                builds_match = None
            if builds_match and _built_by_others(
                sentences, start, before, origin + builds_match.start()
            ):
                # "Several Multiple Instance Learning frameworks proposed for this task
                # utilize a ResNet50 backbone": what other work builds on (background),
                # the backbone after the name included.
                fired.pop()
                builds_match = None
                builds_after = False
            if builds_match and _ANY_TARGET.search(before, builds_match.start()):
                # "can easily be implemented on any IR system thanks to ... GPT": what the
                # method could go with, not what the paper built.
                fired.pop()
                builds_match = None
            reach = before[max(0, builds_match.start() - 4) :] if builds_match else ""
            if builds_match and "e.g" in reach and _OTHERS_EXAMPLES.search(reach):
                # "integrated into existing detectors, e.g., BMN and G-TAD", "adaptations
                # of state-of-the-art pre-trained models (e.g., BERT, RoBERTa)": examples of
                # others' models the method could go with, not what the paper built on
                # ("a small tunable policy model (e.g., T5)" still builds).
                fired.pop()
                builds_match = None
        based_only = after_fired = False
        if builds_after and (match := _BUILDS_AFTER.match(sentences, after, end)):
            after_fired = True
            fired.append(_which(sentences, "builds_after", end, match))
            based_only = len(fired) == 1 and _BASED.match(after) is not None
        elif not fired and (tail := list_tail(sentences, end)) > end:
            # "(e.g., GRU4Rec, Caser, and BERT4Rec) can be integrated as the base encoder":
            # a cue after a list governs every item, as one before it does (list_head).
            # Not "X, Y and Z based models": what such a list names is as often a baseline.
            tail_after = sentences.around(tail, tail)[1]
            if (
                sentences.has_cue("builds_after", tail, tail + _WINDOW)
                and (match := _BUILDS_AFTER.match(sentences, tail_after, tail))
                and _BASED.match(tail_after) is None
            ):
                after_fired = True
                fired.append(_which(sentences, "builds_after", tail, match))
                after = tail_after
        if fired and (used := _tool_use(before, after, fired, builds_match)) is not None:
            # "we use GPT-4 as a judge", "X is used as the evaluator", "trained on data
            # generated by X": the model is a tool for data or outputs, not a part of the
            # paper's system (the guideline's off-the-shelf tools). The builds cues it
            # overrides go; a change of weights ("we fine-tune X as a judge") stays.
            tool, fired = used
            if builds_match is not None and not any(c.startswith("builds_before") for c in fired):
                builds_match = None
            after_fired = any(cue.startswith("builds_after") for cue in fired)
            based_only = len(fired) == 1 and after_fired and _BASED.match(after) is not None
        role = Role.BUILDS_ON if fired else Role.MENTIONS
        if tool is not None:
            fired.append(tool)
        compared_at = None  # where the comparison cue governing the name starts in the text
        if compares is not None and (
            match := _search_from(_COMPARES_BEFORE, sentences, before, origin, compares)
        ):
            fired.append(_which(sentences, "compares_before", origin, match))
            compared_at = origin + match.start()
        elif (listed := _listed_comparison(sentences, start)) is not None:
            # "outperforms MobileLLM, SmolLM, Qwen2.5-0.5B, OLMo-1B, Llama3.2-1B": the cue
            # governs the whole list, also the items beyond the cue window.
            cue, compared_at = listed
            fired.append(cue)
        if compared_at is not None:
            # "our finetuned T5 model outperforms the prompted PaLM model": the comparison
            # verb stands between the builds cue and the name, so it governs the name.
            nearer = (
                builds_match is not None
                and compared_at > origin + builds_match.start()
                and not after_fired
            )
            if role is Role.MENTIONS or based_only or nearer:
                # "outperforms GAT and GCN based benchmarks": what the paper beats is a
                # baseline, whatever it is based on (the guideline's "X-based models").
                role = Role.COMPARES_WITH
        return role, tuple(fired)
    if entity_type == "dataset":
        # Abstracts name datasets mostly to say what was trained or evaluated on; only a
        # background cue without any experimental word makes a dataset a plain mention.
        first = sentences.first_cue("background_before", low, start)
        if first is None:
            return Role.EVALUATES_ON, ()
        before, after = sentences.around(start, end)
        origin = start - len(before)
        match = _search_from(_BACKGROUND_BEFORE, sentences, before, origin, first)
        if not match:
            return Role.EVALUATES_ON, ()
        cue = _which(sentences, "background_before", origin, match)
        if _EXPERIMENT_CUES.search(before) or _EXPERIMENT_CUES.search(after):
            return Role.EVALUATES_ON, (cue, "experiment_word")
        return Role.MENTIONS, (cue,)
    return Role.MENTIONS, ()


# A list of names, read backwards from one of its items: the items' words (a name or a size
# holds a capital or a digit: "Llama3.2-1B", "8B", "(OLMo)"), a few lower-case words that
# end a checkpoint's name ("GPT-4o mini", "Llama 2 chat"), and the glue between items.
_LIST_TOKEN = regex_cache.compile(r"[^\s,;:()\[\]&/]+|[,;:()\[\]&/]")
_LIST_GLUE = frozenset({",", "and", "or", "&", "/", "(", ")", "[", "]"})
_NAME_PARTS = frozenset(
    {"base", "large", "small", "tiny", "mini", "medium", "chat", "instruct", "turbo", "pro"}
)
_LIST_REACH = 400  # characters: a list never runs further back within its sentence


def list_head(sentences: Sentences, start: int) -> int:
    """Where the first item of the list of names holding the mention at `start` starts;
    `start` itself when the mention follows no list glue (",", "and", "or", "&", "/").

    The list runs back over names, sizes and glue, within the sentence, to the first word
    that is none of them ("such as", "outperforms", "the"): a cue before that word governs
    every item ("outperforms Llama3.2-1B, Qwen2.5-1.5B, Gemma-2-2B and Llama-3 8B"),
    however long the list. A lower-case word, a colon or a semicolon ends the list, so
    an item that is no name ("GPT-4 and human annotators") cuts it: that is conservative.
    """
    text = sentences.text
    if not _follows_list_glue(text, start):
        return start
    low = sentences.sentence_start(start, _LIST_REACH)
    head = start
    for token in _list_tokens_backwards(text, low, start):
        word = token.group()
        lowered = word.lower()
        if lowered in _LIST_GLUE:
            continue
        if any(char.isupper() or char.isdigit() for char in word) or (
            lowered in _NAME_PARTS and head < start
        ):
            head = token.start()
            continue
        break
    return head


def _list_tokens_backwards(text: str, low: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of `_LIST_TOKEN.finditer(text, low, end)`, last first, tokenised a
    piece at a time from `end` back: `list_head` stops after a few tokens, and tokenising
    the whole sentence before it (up to 400 characters) cost more than the rest of the
    walk. Each piece starts right after whitespace or glue, where no token of the whole
    run straddles, so its tokens are the run's own."""
    while end > low:
        cut = max(low, end - 48)
        while cut > low and not (text[cut - 1].isspace() or text[cut - 1] in _TOKEN_GLUE):
            cut -= 1
        yield from reversed(list(_LIST_TOKEN.finditer(text, cut, end)))
        end = cut


_TOKEN_GLUE = frozenset(",;:()[]&/")  # the characters _LIST_TOKEN takes one at a time


def list_tail(sentences: Sentences, end: int) -> int:
    """Where the list of names holding the mention that ends at `end` ends (after its last
    item and a closing bracket); `end` itself when no list glue follows the mention.

    The mirror of `list_head`: the list runs on over names, sizes and glue to the first word
    that is none of them, and ends only after an item (a name after "and"), so "X, a
    baseline" or "X and the proposed ..." end it at X.
    """
    text = sentences.text
    if not _LIST_GLUE_AFTER.match(text, end):
        return end
    high = sentences.sentence_end(end, _LIST_REACH)
    tail = end
    after_item = True
    for token in _LIST_TOKEN.finditer(text, end, high):
        word = token.group()
        lowered = word.lower()
        if lowered == ")" and after_item:
            tail = token.end()
            break
        if lowered in _LIST_GLUE:
            after_item = False
            continue
        if any(char.isupper() or char.isdigit() for char in word) or (
            lowered in _NAME_PARTS and after_item
        ):
            tail = token.end()
            after_item = True
            continue
        break
    return tail if after_item else end


_LIST_GLUE_AFTER = regex_cache.compile(r"\s*(?:,|&|/|\band\b|\bor\b)")


def _follows_list_glue(text: str, start: int) -> bool:
    """Whether the text before `start` ends with list glue: the cheap check that most
    mentions, which follow no list glue, stop at."""
    tail = text[max(0, start - 5) : start].rstrip()
    return tail.endswith((",", "&", "/", " and", " or"))


def _listed_comparison(sentences: Sentences, start: int) -> tuple[str, int] | None:
    """The comparison cue ("compares_before:word") governing the first item of the list
    that holds the mention at `start` as a later item, and where the cue starts in the
    text; None when the mention is no later list item or no comparison cue governs it.

    The list is walked only when a comparison word stands within a list's reach before
    the mention (from the linker's scan): most list items have none.
    """
    if not _follows_list_glue(sentences.text, start) or (
        sentences.first_cue("compares_before", start - _LIST_REACH, start) is None
    ):
        return None
    head = list_head(sentences, start)
    if head == start:
        return None
    word = sentences.first_cue("compares_before", head - _WINDOW, head)
    if word is None:
        return None
    before, _ = sentences.around(head, head)
    origin = head - len(before)
    match = _search_from(_COMPARES_BEFORE, sentences, before, origin, word)
    if match is None:
        return None
    return _which(sentences, "compares_before", origin, match), origin + match.start()


# The comparison cues alone, not anchored at the name: where a cue in the clause ends.
_COMPARISON_CUE = regex_cache.compile(rf"\b(?:{_alternatives(COMPARES_BEFORE_CUES)})")
# The lower-case words that may stand between a comparison cue and a name it governs
# directly: articles and _ARTICLE's adjectives, list glue, and a few focus words.
_DIRECT_WORDS = frozenset(
    """the a an our their its pre-trained pretrained frozen open open-source base existing
    several multiple various different popular strong large larger small smaller
    state-of-the-art off-the-shelf and or & even both all""".split()  # noqa: SIM905
)
_GAP_PUNCTUATION = str.maketrans(",;()[]", "      ")


def compares_directly(sentences: Sentences, start: int, end: int) -> bool:
    """Whether a comparison cue in the model's clause governs its name at [start, end)
    directly, as its object: "outperforming 175B GPT-3", "tripling the performance of
    T5-XXL", "than T0 and T5 models", "baselines such as X": between the cue and the name
    stand only names and sizes (a capital or a digit), articles and list glue.

    Then the rules are sure the model is what the paper measures its own against (the
    role classifier may not make it builds_on, role_model.may_say_builds_on). Not in
    "it surpasses random selection by 3 points on Qwen2.5-72B": what is surpassed there is
    something else, and the name only says where (the paper's method ran on Qwen2.5-72B).
    """
    if _governed_directly(sentences, start, end):
        return True
    # A later item of a list the cue governs directly: "outperforms A, B, ..., and F".
    head = list_head(sentences, start)
    return head < start and _governed_directly(sentences, head, head)


def _governed_directly(sentences: Sentences, start: int, end: int) -> bool:
    """compares_directly for the name at [start, end) alone, without its list."""
    before, _ = sentences.around(start, end)
    origin = start - len(before)
    text = sentences.text
    for cue in _COMPARISON_CUE.finditer(before):
        gap = text[origin + cue.end() : start].translate(_GAP_PUNCTUATION).split()
        if all(
            word.lower() in _DIRECT_WORDS or any(c.isdigit() or c.isupper() for c in word)
            for word in gap
        ):
            return True
    return False


# The comparison words that make a whole sentence a comparison ("than" or "match" alone
# do not: "rather than", "matching").
_STRONG_COMPARISON = ("outperform", "surpass", "compar", "beat", "exceed", "rival", "superior")


def _compared_before(sentences: Sentences, low: int, high: int) -> bool:
    """Whether a strong comparison word stands in text[low:high] (from the linker's scan,
    else by a search of the lowered text)."""
    if sentences.cues is None:
        part = sentences.lowered[low:high]
        return holds_any(part, _STRONG_COMPARISON)
    lowered = sentences.lowered
    for word_start, word_end in sentences.cues.get("compares_before", ()):
        if word_end > high:
            break
        if word_start >= low and lowered[word_start:word_end] in _STRONG_COMPARISON:
            return True
    return False


def _search_from(
    pattern: _CuePattern, sentences: Sentences, context: str, origin: int, word: int
) -> re.Match[str] | None:
    """`pattern.search(context)`, started where a match can begin at the earliest.

    Every match holds one of the group's words; it starts at most the widest `before`
    part of a cue ahead of that word, and `word` is where the first word found in the
    window starts (in the text; `context` starts at `origin`). The search skips the
    positions before: the backwards-anchored patterns cost time at every position they
    are tried at.
    """
    return pattern.search(sentences, context, origin, max(0, word - origin - _LEAD[pattern.group]))


def _lead(cues: Sequence[Cue]) -> int:
    """The most characters a match of any of `cues` can have before its word."""
    widest = 0
    for cue in cues:
        _, high = re._parser.parse(cue.before).getwidth()  # type: ignore[attr-defined]
        if high >= 1 << 16:
            raise ValueError(f"cue {cue.word!r}: `before` must have a bounded width")
        widest = max(widest, high)
    return widest + 1  # and the \b before it


# The patterns searched backwards from a mention (builds_after is matched at the mention).
_LEAD = {group: _lead(CUES[group]) for group in ("builds_before", "compares_before",
                                                 "background_before")}  # fmt: skip


def _which(sentences: Sentences, group: str, origin: int, match: re.Match[str]) -> str:
    """The name ("group:word") of the cue a match of the group's pattern matched: the
    first of the group's words inside the match (`origin` is where the matched context
    starts in the text)."""
    start, end = origin + match.start(), origin + match.end()
    lowered = sentences.lowered
    if sentences.cues is not None:
        for word_start, word_end in sentences.cues.get(group, ()):
            if word_end > end:
                break
            if word_start >= start:
                return f"{group}:{lowered[word_start:word_end]}"
    found = min(
        (lowered.find(word, start, end), word) for word in CUE_WORDS[group]
        if lowered.find(word, start, end) != -1
    )  # fmt: skip
    return f"{group}:{found[1]}"


def strongest(roles: list[Role]) -> Role:
    """The role that wins for an entity mentioned with several roles."""
    return min(roles, key=_RANK.__getitem__)
