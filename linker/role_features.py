"""What the role classifier sees of a mention: the words around it and the cues that fired.

Cue rules see only a few phrasings; a classifier trained on labelled papers can weigh the
same evidence and more: which words stand on each side of the name and how close, whether
"we/our" is the subject, where the sentence stands, whether the name sits in a list,
whether the paper is a survey, whether the model has open weights. Every feature is a short
string; a mention's features are pooled over all mentions of its entity in the paper
(`entity_features`), because the labels are per paper and entity.

Words that are themselves names (a capital inside the word, or a digit: "Llama-2", "GPT-4")
become `<name>`, so the classifier learns "fine-tune <name> and <name>" rather than
remembering which models the training papers happened to use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from citegraph.graph.records import Role

from . import regex_cache
from .candidates import holds_any, title_head
from .role_model import (
    DERIVED_SUBJECT,
    EVALUATED_OBJECT,
    EXAMINES_MODELS,
    INSPIRED_BY,
    ONLY_COMPARED,
    OWN_NAMED,
    TITLES_OWN,
    TOOL_USE,
    USED_SIDE_BY_SIDE,
)
from .roles import ABBREVIATIONS, USE_CUE_FEATURES, Sentences, compares_directly, rule_cues

# Words (hyphens kept: "fine-tuned"), and the punctuation that shapes lists; matched on the
# original text, so that names can be told by their capitals and digits.
_TOKEN = regex_cache.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*|[,;:()/.!?]")
_STOPS = frozenset(".!?;")
_LIST_WORDS = frozenset({",", "and", "or", "/", "(", "&"})
_DIGIT = regex_cache.compile(r"\d")
_SUFFIXES = ("ing", "ed", "es", "s")
# "perspective" only as a position paper's word ("...: A Perspective", "Perspectives on Open
# Problems"), not a viewpoint a method takes ("from the Perspective of Graph", "An Entropy
# Perspective", "Multi-Perspective Fusion").
_SURVEY = regex_cache.compile(
    r"\b(?:survey|review|overview|tutorial|position\s+paper|perspective\s+paper)\b"
    r"|:\s+an?\s+perspective$|\bperspectives\s+on\b"
)
# A title about compressing models ("Post-Training Quantization of Vision Transformers",
# "Channel Pruning via ..."): the models such a paper names are mostly the ones it
# quantizes, prunes or distils, which builds on them (docs/annotation-guideline.md, "also
# when the paper's contribution is evaluating such compression"); baselines it beats are
# named too, so the classifier weighs this, the rules do not decide by it.
# ("b(?<!\wb)inar" is "\bbinar", "q(?<!vector q)uanti" is "(?<!vector )quanti": every
# alternative opens with a letter the regex engine can skip to, 2.5x faster than with the
# leading word boundary or look-behind.) Not the compression of
# data ("Learned Image Compression", "Group-Residual Vector Quantization for High Fidelity
# Audio Codec"): a codec paper's models are its baselines and parts.
_COMPRESSION = regex_cache.compile(
    r"q(?<!vector q)uanti[sz]|prun(?:e|ed|ing)\b"
    r"|c(?<!audio c)(?<!image c)(?<!video c)(?<!speech c)ompress"
    r"|distil|sparsi|low-bit|b(?<!\wb)inar|ternary"
)
# An evaluation study: a paper that examines models made by others and makes none of its
# own. By the guideline it builds on nothing it names ("models evaluated, probed or
# analysed as they are"), but its abstract reads like a method paper's ("Using GPT-4o-mini
# and GPT-5, we observe ...", "BERT-based models, such as RoBERTa ..."), and the cue rules
# and the classifier said builds_on for such models. Three things together mark it, each
# from the text alone: a title that announces a study ("Evaluating ...", "A Comparative
# Study ...", "Can LLMs ...?"); no word for changing a model's weights anywhere
# (fine-tuning, (pre-)training, adapting, distilling, pruning, quantizing: any of them may
# make a model the paper's own, so "Domain-Specific Pretraining of Language Models: A
# Comparative Study" is no evaluation study; "pre-trained" alone is an adjective, no
# change); and no model, method or system the paper presents as its own ("we propose a
# ... model", "our approach", "which we call S3D"), an evaluation framework or benchmark
# excepted.
# Such a study that does present something of its own, but no model the linker finds it
# introducing ("a framework for evaluating LLMs", "an approach for producing harder
# benchmarks"), is `examines_models`: its models may still be components of what it
# presents, but only a cue rule's say-so makes one builds_on, never the classifier alone.
# "Analysis" only as a study ("analyzing", "an analysis of"), not as a task's name
# ("Multimodal Sentiment Analysis with ...").
_STUDY_TITLE = regex_cache.compile(
    r"\b(?:evaluat\w*|assess\w*|benchmark\w*|analy[sz](?:e|es|ed|ing)|study|studies"
    r"|investigat\w*|comparison|comparative|comparing|empirical|probing|exploring|understanding"
    r"|examining|revisiting)\b|\banalys[ie]s\s+of\b|\b(?:an|comparative|empirical|systematic"
    r"|comprehensive|in-depth|detailed)\s+(?:[\w\-]+\s+)?analys[ie]s\b"
    r"|^(?:how|do|does|can|are|is|what|why|when|which)\b|\?"
)
# Every alternative opens with a literal letter, so the regex engine skips in C to the
# positions holding one of their first letters. Written as "\b(?:re-?)?train", "\blora",
# "(?:instruction|prompt) tun", one alternative opened with an assertion or a group, and
# the engine tried all of them at every position of the abstract: ~200 us a study paper, a
# twentieth of the linker's time over all papers. The word boundary before a word is
# checked after its first letter instead ("l(?<!\wl)ora" is "\blora"), "(?<!pre-)" likewise
# ("t(?<!pre-t)rain"), and the "(?<!pre)" the old form had is implied by the boundary. The
# same strings match, in the same order (checked on every bundled and dev abstract and
# 200,000 generated strings).
_CHANGES_WEIGHTS = regex_cache.compile(
    r"fine-?tun|r(?<!pre-r)(?<!\wr)e-?train(?:s|ed|ing)?\b|t(?<!pre-t)(?<!\wt)rain(?:s|ed|ing)?\b"
    r"|l(?<!\wl)ora\b|adapter|distil|quantiz|quantis|prun(?:e|ed|ing)\b|instruction[- ]tun"
    r"|prompt[- ]tun|a(?<!\wa)dapt(?:s|ed|ing)?\b|c(?<!\wc)ontinu\w+\s+pre-?train"
    r"|p(?<!\wp)re-?train(?:s|ing)\b"
)
# Where a match of _CHANGES_WEIGHTS can start: each alternative holds one of these words,
# and starts at it or so many characters before it ("train" in "re-train", "pretrain",
# "pre-train"). Every alternative's first letter is a common one, so the pattern, searched
# over a whole study's title and abstract, still tried most positions (~170,000
# instructions a study paper); a substring search per word finds the few places to try
# it at (tests/test_linker_speed32.py keeps the alternatives and these words in step).
_CHANGE_WORDS = (
    ("fine", (0,)), ("train", (0, 2, 3, 4)), ("lora", (0,)), ("adapt", (0,)),
    ("distil", (0,)), ("quanti", (0,)), ("prun", (0,)), ("instruction", (0,)),
    ("prompt", (0,)), ("continu", (0,)),
)  # fmt: skip


def _changes(lowered: str) -> Iterator[re.Match[str]]:
    """`_CHANGES_WEIGHTS.finditer(lowered)`, the pattern tried only where one of
    _CHANGE_WORDS says a match can start (in order, each after the last match's end)."""
    starts = set()
    for word, offsets in _CHANGE_WORDS:
        at = lowered.find(word)
        while at != -1:
            starts.update(at - offset for offset in offsets if offset <= at)
            at = lowered.find(word, at + 1)
    end = 0
    for start in sorted(starts):
        if start >= end and (match := _CHANGES_WEIGHTS.match(lowered, start)):
            end = match.end()
            yield match


# "without task-specific training", "no fine-tuning": a negated change is none.
_NEGATED = regex_cache.compile(
    r"\b(?:without|no|not|zero-shot|training-free)\s+(?:[\w\-]+\s+){0,2}?$"
)
# Words for examining models: a framework or benchmark "for evaluating" them is not a model.
_EXAMINING = (
    r"(?:evaluat\w*|assess\w*|benchmark\w*|measur\w*|test\w*|audit\w*|analy[sz]\w*|prob\w*)"
)
_OWN_HEADS = (
    r"(?:model|method|approach|architecture|network|technique|algorithm|module|agent|pipeline"
    r"|strategy|scheme|llm|encoder|classifier|detector|generator|mechanism|system|framework"
    r"|loss|objective)s?\b"
)
_OWN_WORK = regex_cache.compile(
    r"\b(?:we|this\s+(?:paper|work|article))\s+(?:\w+\s+){0,2}?"
    r"(?:propos|present|introduc|develop|design|devis|creat|buil[dt]|construct|implement)\w*\s+"
    rf"(?:(?!{_EXAMINING})[\w\-]+\s+){{0,5}}?{_OWN_HEADS}"
    rf"(?!\s+(?:for|to|that)\s+(?:\w+\s+)?{_EXAMINING})"
    rf"|\bour\s+(?:(?!{_EXAMINING})[\w\-]+\s+){{0,2}}?{_OWN_HEADS}"
    rf"(?!\s+(?:and\s+\w+\s+)?(?:for|to)\s+{_EXAMINING})"
    r"|\bwe\s+call\b|\bresulting\s+model|\bstarting\s+point\b|\bwe\s+create\b"
    # "by taking ResNet-50 as the backbone": a system of the paper's own has a backbone.
    r"|\bas\s+(?:the|our|its)\s+backbone\b"
)
# The words _OWN_WORK's alternatives start with, each at a word's start ("\bwe", "\bour",
# ...): the pattern is tried there alone, not at every position of a study's title and
# abstract (a leading "\b" gives the regex engine nothing to skip to).
_OWN_WORK_WORDS = ("we", "this", "our", "resulting", "starting", "as")


def _word_starts(text: str, words: Iterable[str]) -> Iterator[int]:
    """Where each of `words` starts a word of `text` (no letter, digit or "_" before it,
    as a "\b" before the word's letter asks), word by word."""
    for word in words:
        at = text.find(word)
        while at != -1:
            if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
                yield at
            at = text.find(word, at + 1)


_CONTEXT_WORDS = 6  # words kept on each side, nearest first
_NEAR = 2  # the nearest words are features with their position, the rest as a bag
_REACH = 72  # characters: words are short, the context words lie within this reach


class _Word(NamedTuple):
    """A token as features: the word itself and its positioned forms, made once per token."""

    word: str
    # By distance from the mention (0 = nearest), one entry per context word: L1=, L2=,
    # then L= for the farther ones (the same string repeated, so the features loop indexes
    # by distance instead of clamping it with min() for every word).
    left: tuple[str, ...]
    right: tuple[str, ...]  # R1=, R2=, then R=


@functools.lru_cache(maxsize=8192)
def _word(token: str) -> _Word:
    """A token as a feature: `<name>` for a name ("Llama-2", "GPT", "mT5"), else the word
    lower-cased and crudely stemmed ("fine-tuned", "fine-tunes" and "fine-tuning" alike; the
    words are few, so crude is enough and keeps the feature set small). Cached: the same few
    thousand tokens make up most abstracts, and the positioned strings cost more to make
    than to look up."""
    lowered = token.lower()
    if token[1:] != lowered[1:] or (not token.isalpha() and _DIGIT.search(token)):
        word = "<name>"
    else:
        word = lowered
        if len(lowered) > 5:
            for suffix in _SUFFIXES:
                if lowered.endswith(suffix):
                    word = lowered[: -len(suffix)]
                    break
    near = range(1, _NEAR + 1)
    far = _CONTEXT_WORDS - _NEAR
    return _Word(
        word,
        (*(f"L{d}={word}" for d in near), *(f"L={word}",) * far),
        (*(f"R{d}={word}" for d in near), *(f"R={word}",) * far),
    )


_RULE_FEATURES = {role: f"rule={role.value}" for role in Role}
# A mention the rules read as a comparison's direct object and nothing else
# (roles.compares_directly); an entity with only such mentions is ONLY_COMPARED.
COMPARED_DIRECTLY = "compared_directly"
_STOP = _Word(".", (), ())  # a sentence end between words
# The pieces that end no sentence: the last word of each of roles.ABBREVIATIONS ("al." of
# "et al."), the one list the cue windows read too. A piece is looked up without the
# brackets and quotes that open it ("(e.g.").
_ABBREVIATIONS = frozenset(abbreviation.split()[-1] for abbreviation in ABBREVIATIONS)
_OPENERS = "([{\"'"


@functools.lru_cache(maxsize=16384)
def _split(raw: str) -> tuple[_Word, ...]:
    """The words of one whitespace-delimited piece of text ("GPT-4," is a name and a comma),
    with a sentence stop after a final "." "!" "?" or ";" that is no abbreviation. Cached:
    splitting on whitespace in C and then looking pieces up is several times faster than a
    tokenising regex over every window."""
    words: list[_Word] = []
    for token in _TOKEN.findall(raw):
        if token in _STOPS:
            continue
        words.append(_word(token))
    if raw[-1] in _STOPS and raw.lower().lstrip(_OPENERS) not in _ABBREVIATIONS:
        words.append(_STOP)
    return tuple(words)


def _left_words(text: str, start: int) -> list[_Word]:
    """Up to _CONTEXT_WORDS words before `start` in its sentence, nearest first."""
    low = max(0, start - _REACH)
    pieces = text[low:start].split()
    if pieces and low > 0 and not text[low - 1].isspace() and not text[low].isspace():
        pieces = pieces[1:]  # a piece the window cut
    words: list[_Word] = []
    for piece in reversed(pieces):
        split = _split(piece)
        if split and split[-1] is _STOP:
            break  # the previous sentence
        words.extend(reversed(split))
        if len(words) >= _CONTEXT_WORDS:
            return words[:_CONTEXT_WORDS]
    return words


def _right_words(text: str, end: int) -> list[_Word]:
    """Up to _CONTEXT_WORDS words after `end` in its sentence, nearest first."""
    high = end + _REACH
    pieces = text[end:high].split()
    if pieces and high < len(text) and not text[high].isspace() and not text[high - 1].isspace():
        pieces.pop()  # a piece the window cut
    words: list[_Word] = []
    for piece in pieces:
        split = _split(piece)
        if split and split[-1] is _STOP:
            words.extend(split[:-1])
            break
        words.extend(split)
        if len(words) >= _CONTEXT_WORDS:
            break
    return words[:_CONTEXT_WORDS]


def _titles_own(text: str, start: int, end: int, title_length: int) -> bool:
    """Whether the mention at [start, end) begins with the title's head ("UL2" of "UL2:
    ..."), followed by a space, a hyphen or nothing more of a word: the paper's own name.
    In the title only the head's own mention is ("MINILM" of "MINILM: Deep Self-Attention
    Distillation ..."), not a shorter name at its start ("BERT" of "BERT-based Ranking:
    ...", where the paper may well build on BERT)."""
    head = title_head(text[:title_length])
    if not head or head.count(" ") > 2 or not text.startswith(head, start):
        return False
    if start < title_length and end - start < len(head):
        return False
    after = start + len(head)
    return after >= len(text) or not (text[after].isalnum() or text[after] == "_")


# Right after a model's name, that it is the subject of a derivation: "X is based on Y",
# "X (ours) is built upon Y", "X, which is derived from Y", "X is a fine-tuned version of
# Y", "X was initialized from Y", "we present X, built upon Y". Not "X is fine-tuned on D"
# (X is then the base) nor "X is used as ..."; an adverb may stand before the participle
# ("is largely based on").
_DERIVED_SUBJECT = regex_cache.compile(
    r"(?:\s*\([^()]{0,40}\))?(?:(?:\s*,\s*which)?\s+(?:is|was|are|were)\s+(?:\w+ly\s+)?"
    r"(?:based\s+(?:up)?on|built\s+(?:up)?on|derived\s+from|(?:fine-?tuned|initiali[sz]ed"
    r"|distilled)\s+from|an?\s+(?:[\w\-]+\s+)?(?:version|variant|derivative)\s+of)"
    # the reduced relative: "we present Zorbtune, built upon Quux, ..."
    r"|,?\s+(?:based\s+(?:up)?on|built\s+(?:up)?on|derived\s+from))\b",
    re.IGNORECASE,
)
# Words every match holds one of: a few substring searches rule most mentions out.
_DERIVED_WORDS = ("based", "built", "derived", " from", "version", "variant", "derivative")


def _derived_subject(text: str, end: int) -> bool:
    """Whether the model whose name ends at `end` is the subject of a derivation."""
    after = text[end : end + 80]
    return holds_any(after, _DERIVED_WORDS) and bool(_DERIVED_SUBJECT.match(after))


# Right before a model's name, what the paper was inspired by: "inspired by the Hybrid Demucs",
# "drawing inspiration from recent X" (up to three words between).
_INSPIRED_BEFORE = regex_cache.compile(
    r"\binspir(?:ed|ation)\s+(?:by|from)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?$", re.IGNORECASE
)


def _inspired_by(text: str, start: int) -> bool:
    """Whether the words right before the model's name say the paper was inspired by it."""
    before = text[max(0, start - 60) : start]
    return "nspir" in before and _INSPIRED_BEFORE.search(before) is not None


# Right before a model's name, that the paper presents it as its own: "our X", "the proposed
# X", "a novel X", "we introduce (a novel) X"; and right after it, that the name heads its noun
# phrase: punctuation or a verb ("X, comprising", "X is", "X consists of"), not a noun it
# modifies ("our GPT-5 configuration", "a novel BERT distillation method").
_OWN_BEFORE = regex_cache.compile(
    r"(?:\bour|\bthe\s+proposed|\ba\s+(?:novel|new)|\bwe\s+(?:introduce|propose|present|develop"
    r"|design|build)(?:\s+(?:a|an|the))?(?:\s+(?:new|novel))?)\s+$",
    re.IGNORECASE,
)
_OWN_BEFORE_WORDS = frozenset(
    ("our", "proposed", "novel", "new", "introduce", "propose", "present", "develop", "design",
     "build", "a", "an", "the")
)  # fmt: skip
_HEADS_PHRASE = regex_cache.compile(
    r"\s*[,.;:(]|\s+(?:is|was|are|were|has|consists|comprises|achieves|outperforms|surpasses"
    r"|significantly|can|yields|obtains|improves|reaches|sets|shows|performs)\b"
)


def _own_named(text: str, start: int, end: int) -> bool:
    """Whether the model named at [start, end) is presented as the paper's own and heads its
    noun phrase ("we introduce a novel CCNet, comprising ...")."""
    before = text[max(0, start - 48) : start]
    words = before.split()
    if not words or words[-1].lower() not in _OWN_BEFORE_WORDS:
        return False
    return bool(_OWN_BEFORE.search(before)) and bool(_HEADS_PHRASE.match(text, end))


# Before a model's name, that it is listed as what an evaluation examines: an evaluation verb
# ("evaluate", "assess", "compare", "benchmark", "probe", "test", "examine", "analyse"), maybe
# "the zero-shot performance of", a class of models ("three general-purpose LLMs"), a list's
# opening ("(", ",", ":", a dash, "such as", "including", "namely", "like") and the list's
# earlier items; or "evaluated models" with such an opening. Not "evaluate our method on X"
# (the method runs on X) nor "improves the performance of X" (no evaluation verb).
_SEVERAL = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|various|different"
    r"|many|\w+-(?:source|weight)|popular|state-of-the-art|general-purpose|representative"
    r"|open|closed|proprietary|commercial)"
)
_EVALUATED_OBJECT = regex_cache.compile(
    r"(?:\b(?:evaluat|assess|benchmark|prob(?=e|ing)|test|compar|examin|analy[sz])\w*\s+"
    # "evaluated the framework over three widely adopted convolutional neural networks:"
    r"(?:the\s+(?:framework|method|approach|system)\s+(?:over|on|across|with)\s+"
    rf"(?:{_SEVERAL}\s+)*(?:[\w\-]+\s+){{0,3}}|"
    r"(?:the\s+)?(?:(?:zero|few|one)-shot\s+)?(?:(?:performance|abilit\w+|capabilit\w+)\s+of\s+)?"
    rf"(?:{_SEVERAL}\s+)*(?:[\w\-]+\s+)?)|\bevaluated\s+)"
    r"(?:llms|models|language\s+models|vlms|mllms|lvlms|neural\s+networks|networks|cnns)\s*"
    "(?:\\(|:|\u2014|-|,?\\s*(?:including|such\\s+as|namely|like|e\\.g\\.,?)|,)\\s*"
    r"(?:[\w\-.]+(?:\s+[\w\-.]+)?,\s*(?:and\s+)?)*$",
    re.IGNORECASE,
)
_EVALUATED_WORDS = ("evaluat", "assess", "benchmark", "prob", "test", "compar", "examin", "analy")


def _evaluated_object_search(before: str, lowered: str) -> re.Match[str] | None:
    """`_EVALUATED_OBJECT.search(before)` (`lowered` is `before.lower()`).

    Every alternative opens on one of _EVALUATED_WORDS at a word's start; case-blind and
    opening on a word boundary, the pattern was tried at every position of the 160
    characters before each model named. In an ASCII window (where the case-blind words are
    the lowered text's) it is tried at those words alone: the first match is the search's.
    """
    if not before.isascii():
        return _EVALUATED_OBJECT.search(before)
    for at in sorted(_word_starts(lowered, _EVALUATED_WORDS)):
        if match := _EVALUATED_OBJECT.match(before, at):
            return match
    return None


def _evaluated_object(sentences: Sentences, start: int, end: int) -> bool:
    """Whether the model named at [start, end) is listed as what an evaluation examines,
    and its sentence changes no weights ("We benchmark open-source LLMs, including A and B,
    under zero-shot, one-shot and fine-tuning using LoRA" fine-tunes them)."""
    low = max(0, start - 160)
    before = sentences.text[low:start]
    lowered = before.lower()
    if not holds_any(lowered, _EVALUATED_WORDS):
        return False
    found = _evaluated_object_search(before, lowered)
    if found is None:
        return False
    stop = sentences.sentence_end(end, 400)
    return not changes_weights(sentences.lowered[low + found.start() : stop])


def mention_features(
    sentences: Sentences, start: int, end: int, entity_type: str, title_length: int
) -> tuple[Role, tuple[str, ...]]:
    """The rules' role for one mention and the classifier's features of it.

    The context words are read from a fixed window on each side, cut at the sentence's end,
    without finding clause boundaries: that is the cost the rules pay only when a cue word
    is near, and every mention pays this.
    """
    rule, cues = rule_cues(sentences, start, end, entity_type)
    text = sentences.text
    own = _titles_own(text, start, end, title_length)
    own_named = _own_named(text, start, end)
    if (own or own_named) and rule is Role.BUILDS_ON:
        # "UL2: Unifying Language Learning Paradigms" + "we apply FLAN instruction tuning
        # to the UL2 20B model": a name the title heads with is the paper's own model
        # (the title's head itself too: "MINILM: ...").
        rule, cues = Role.MENTIONS, ()
    inspired_suffix = text.startswith("-inspired", end)
    if rule is Role.BUILDS_ON and inspired_suffix:
        # "combines convolutions from MobileNetV2 with ResNet-inspired residual connections":
        # what the paper's design drew on, not a model it is made from (role_model.INSPIRED_BY)
        rule, cues = Role.MENTIONS, ()
    features = [_RULE_FEATURES[rule]]
    if (
        rule is Role.COMPARES_WITH
        and not any(cue.startswith("builds") for cue in cues)
        and compares_directly(sentences, start, end)
    ):
        features.append(COMPARED_DIRECTLY)
    if rule is not Role.BUILDS_ON and _derived_subject(text, end):
        # "Stable Audio is based on latent diffusion": the name is what is made from
        # something else, not what the paper builds on; the classifier may not rescue it to
        # builds_on from "based on" after it (role_model.may_say_builds_on).
        features.append(DERIVED_SUBJECT)
    if own:
        # ... and not for the classifier either (role_model.may_say_builds_on): its words
        # look like a base model's ("the UL2 20B model achieves"), but what the paper builds
        # is that model itself.
        features.append(TITLES_OWN)
    if own_named:
        # "the proposed RepGhostNet is ...": likewise (role_model.OWN_NAMED).
        features.append(OWN_NAMED)
    if rule is not Role.BUILDS_ON and _evaluated_object(sentences, start, end):
        # "we compare the zero-shot performance of three LLMs (A, B, and C)": evaluated as
        # they are (role_model.EVALUATED_OBJECT).
        features.append(EVALUATED_OBJECT)
    if rule is not Role.BUILDS_ON and (inspired_suffix or _inspired_by(text, start)):
        # "inspired by the Hybrid Demucs architecture" (role_model.INSPIRED_BY).
        features.append(INSPIRED_BY)
    for cue in cues:
        features.append("cue=" + cue)
        if cue.startswith("tool:"):
            # A use as a tool for data or outputs (roles._tool_use): the classifier may not
            # rescue it to builds_on (role_model.may_say_builds_on).
            features.append(TOOL_USE)
    left = _left_words(text, start)
    right = _right_words(text, end)
    we_before = False
    for distance, word in enumerate(left):  # at most _CONTEXT_WORDS
        features.append(word.left[distance])
        if word.word == "we" or word.word == "our":
            we_before = True
    for distance, word in enumerate(right):
        features.append(word.right[distance])
    if not left:
        features.append("L1=<start>")
    elif left[0].word in _LIST_WORDS or (right and right[0].word in _LIST_WORDS):
        features.append("in_list")
    if not right:
        features.append("R1=<end>")
    if we_before:
        features.append("we_before")
    if start < title_length:
        features.append("in_title")
    elif text.find(". ", title_length, start) == -1:
        features.append("first_sentence")
    return rule, tuple(features)


def paper_features(
    title: str,
    model_count: int,
    introduces_dataset: bool,
    abstract: str = "",
    introduces_model: bool = False,
) -> tuple[str, ...]:
    """Features of the whole paper that change what its mentions mean."""
    features = [f"models={min(model_count, 4)}"]
    lowered = title.lower()
    if (holds_any(lowered, _SURVEY_WORDS) and _SURVEY.search(lowered)) or (
        not introduces_model and _surveys_in_abstract(abstract)
    ):
        features.append("survey")
    elif _study_title(lowered):
        text = f"{lowered}. {abstract.lower()}"
        if not changes_weights(text):
            if not any(_OWN_WORK.match(text, at) for at in _word_starts(text, _OWN_WORK_WORDS)):
                features.append("evaluation_study")
            elif not introduces_model:
                features.append("examines_models")
    if introduces_dataset or "benchmark" in lowered or _DATASET_TITLE.search(lowered):
        features.append("benchmark_paper")
    if _COMPRESSION.search(lowered):
        features.append("compression_paper")
    return tuple(features)


# A title that presents a data set, named or not: "Unlocking Model Insights: A Dataset for
# ...", "... : A Large-Scale Corpus of ...".
_DATASET_TITLE = regex_cache.compile(r"\ban? (?:[\w-]+ ){0,2}(?:dataset|corpus|data set)\b")


# An abstract that says the paper is a survey or a review, whatever its title says: "In this
# survey, ...", "This paper reviews ...", "This paper explores state-of-the-art advancements
# in LVLMs". Not "we review existing methods" nor "We provide a brief review of open regional
# LLMs": papers that go on to propose their own say so too.
# (Each alternative's word boundary is checked after its first letter, "t(?<!\wt)his" for
# "\bthis": a pattern whose alternatives all start with a literal is skipped from letter to
# letter by the regex engine; a leading "\b" was tried at every position of the abstract.)
_ABSTRACT_SURVEY = regex_cache.compile(
    r"i(?<!\wi)n\s+this\s+(?:survey|review)\b"
    r"|t(?<!\wt)his\s+(?:survey|review)\s+(?:paper\s+|article\s+)?(?:\w+\s+)?"
    r"(?:covers|summari[sz]es|provides|presents|discusses|examines|explores|reviews|categori[sz]es|"
    r"identifies|highlights|outlines|synthesi[sz]es|analy[sz]es|describes|offers)\b"
    # "This paper provides a comprehensive review of the emerging OCR-free paradigm"
    r"|t(?<!\wt)(?:his|he\s+present)\s+(?:paper|article|chapter|work)\s+"
    r"(?:provides|presents|offers)\s+"
    r"an?\s+(?:(?:comprehensive|systematic|thorough|concise|critical|detailed|broad|brief)\s+)?"
    r"(?:review|survey|overview)\s+of\b"
    r"|t(?<!\wt)(?:his|he\s+present)\s+(?:paper|article|chapter|work)\s+(?:\w+\s+)?"
    r"(?:reviews|surveys|summari[sz]es\s+(?:the\s+)?(?:recent|existing|current))\b"
    r"|e(?<!\we)xplores?\s+(?:the\s+)?(?:state-of-the-art|recent)\s+"
    r"(?:advancements|advances|developments|progress)\b"
)


def _surveys_in_abstract(abstract: str) -> bool:
    """Whether the abstract says the paper surveys or reviews (`_ABSTRACT_SURVEY`)."""
    lowered = abstract.lower()
    return holds_any(lowered, _ABSTRACT_SURVEY_WORDS) and any(
        _ABSTRACT_SURVEY.match(lowered, at) for at in _survey_starts(lowered)
    )


def _survey_starts(lowered: str) -> Iterator[int]:
    """Every position a match of _ABSTRACT_SURVEY can start at: each of its alternatives
    opens on "this", on the "in" before it, on the "the" before "present", or on
    "explore". Searched over the whole abstract, the pattern stopped at every "i", "t" and
    "e" (~20 us an abstract that holds one of _ABSTRACT_SURVEY_WORDS, a fifth of them)."""
    for word, before in (("this", "in"), ("present", "the"), ("explor", "")):
        at = lowered.find(word)
        while at != -1:
            yield at
            if before:
                gap = at  # the whitespace run before the word ("\s+")
                while gap > 0 and lowered[gap - 1].isspace():
                    gap -= 1
                first = gap - len(before)
                if gap < at and first >= 0 and lowered.startswith(before, first):
                    yield first
            at = lowered.find(word, at + 1)


_ABSTRACT_SURVEY_WORDS = ("survey", "review", "overview", "advance", "development", "progress")


# Words every match of _SURVEY, and of _STUDY_TITLE but its question forms, holds (as
# plain substrings of the lower-cased title): most titles hold none, and a few C-level
# substring searches then stand for the patterns, whose word boundaries before each
# alternative made the regex engine try them all at every position of the title.
_SURVEY_WORDS = ("survey", "review", "overview", "tutorial", "position", "perspective")
_STUDY_WORDS = (
    "evaluat", "assess", "benchmark", "analy", "stud", "investigat", "compar", "empirical",
    "probing", "exploring", "understanding", "examining", "revisiting",
)  # fmt: skip
# _STUDY_TITLE's question forms, which hold none of _STUDY_WORDS.
_QUESTION_START = regex_cache.compile(r"(?:how|do|does|can|are|is|what|why|when|which)\b")


def _study_title(lowered: str) -> bool:
    """Whether a lower-cased title announces a study: `_STUDY_TITLE.search(lowered)`,
    which runs only when the title holds one of its words."""
    if holds_any(lowered, _STUDY_WORDS):
        return _STUDY_TITLE.search(lowered) is not None
    return "?" in lowered or _QUESTION_START.match(lowered) is not None


def changes_weights(lowered: str) -> bool:
    """Whether a lower-cased title and abstract say a model's weights are changed:
    fine-tuned, trained, adapted, distilled, pruned, quantized ("without task-specific
    training" is no change, nor a word that only describes a thing: `_describes`)."""
    for change in _changes(lowered):
        if _NEGATED.search(lowered, max(0, change.start() - 40), change.start()):
            continue
        if not _describes(lowered, change.start(), change.end()):
            return True
    return False


# A change word that only describes something, says no change the paper makes (each seen in
# a study whose models the cue rules or the classifier made builds_on):
# - a "-tuned" or "-adapted" participle before its noun, as the adjective of a class of
#   models others made: "larger for instruction-tuned models than base models", "suggestions
#   from fine-tuned GPT-2 and GPT-3 models", "six LoRA-adapted models based on Qwen2.5-3B";
#   not after "the"/"our"/"this" ("the fine-tuned model", which is the paper's), and no
#   change word after a subject or an auxiliary ("we fine-tuned BERT", "are fine-tuned")
#   describes, nor a participle before a preposition ("models fine-tuned on ...", the
#   paper's as often as not). A bare "trained" stays a change: "a trained verifier" is
#   mostly the paper's own;
# - "training" as the modifier of data or of a process: "a more diverse training set",
#   "leaked into the training data", "during the training process"; and a compound whose
#   first part is no kind of training ("a tutor-training classifier");
# - "adapter(s)" as a noun nothing trains, inserts or uses: "weaker adapters exhibited".
_VERB_BEFORE = frozenset((
    "we", "i", "they", "is", "was", "were", "are", "be", "been", "being", "has", "have", "had",
    "then", "and", "also", "us", "which", "who", "further", "first",
))  # fmt: skip
_DEFINITE = frozenset(("the", "our", "this", "these", "its"))
_VERB_AFTER = frozenset((
    "on", "in", "with", "from", "to", "for", "by", "using", "via", "as", "at", "over", "into",
    "onto", "and", "or", "nor", "the", "a", "an", "our", "their", "its", "his", "her", "this",
    "these", "those", "that", "it", "them", "all", "each", "both", "only", "then", "than",
    "again", "together", "separately", "jointly", "end-to-end",
))  # fmt: skip
_TRAINING_OF = frozenset((
    "set", "sets", "data", "dataset", "datasets", "corpus", "corpora", "split", "splits",
    "examples", "samples", "instances", "distribution", "distributions", "process",
    "processes", "procedure", "procedures", "time", "times", "epoch", "epochs", "steps",
    "stage", "stages", "dynamics", "signal", "signals",
))  # fmt: skip
_KINDS_OF_TRAINING = frozenset(
    ("pre", "re", "fine", "further", "co", "post", "self", "joint", "multi", "adversarial", "mid")
)
_WORD_AT = regex_cache.compile(r"[\w\-']+")
_ADAPTER_USED = regex_cache.compile(
    r"\b(?:we|our|train(?:s|ing)?|insert\w*|add(?:s|ing)?|attach\w*|learn(?:s|ing)?|plug\w*"
    r"|us(?:e|es|ing)|with|via|tun(?:e|es|ing)|lightweight|bottleneck)\s+(?:[\w\-]+\s+){0,2}$"
)


def _describes(lowered: str, start: int, end: int) -> bool:
    """Whether the change word matched at [start, end) only describes something."""
    while start > 0 and (lowered[start - 1].isalnum() or lowered[start - 1] in "-_"):
        start -= 1
    while end < len(lowered) and (lowered[end].isalnum() or lowered[end] in "-_"):
        end += 1
    word = lowered[start:end]
    if word in ("adapter", "adapters"):
        return _ADAPTER_USED.search(lowered, max(0, start - 60), start) is None
    before = ""
    if lowered[start - 1 : start] == " ":
        words = _WORD_AT.findall(lowered, max(0, start - 30), start)
        before = words[-1] if words else ""
        if before in _VERB_BEFORE or before.endswith("ly"):
            return False
    following = _WORD_AT.match(lowered, end + 1) if lowered[end : end + 1] == " " else None
    if following is None:
        return False
    after = following.group()
    if word.endswith(("tuned", "adapted")):
        return (
            before not in _DEFINITE
            and after[0].isalpha()
            and after not in _VERB_AFTER
            and not after.endswith("ly")
        )
    if word == "training":
        return after in _TRAINING_OF
    if word.endswith("-training"):
        return word[: -len("-training")].rsplit("-", 1)[-1] not in _KINDS_OF_TRAINING
    return False


_MENTION_COUNTS = ("mentions=0", "mentions=1", "mentions=2", "mentions=3")


_STRONGEST = {role: f"strongest={role.value}" for role in Role}


def entity_features(
    mentions: Iterable[tuple[str, ...]],
    kind: str | None,
    level: str | None,
    open_weights: bool,
    rule_role: Role | None = None,
    about_paper: Iterable[str] = (),
) -> frozenset[str]:
    """One entity's features: its mentions' features pooled, plus what the catalog knows.

    `rule_role` is the cue rules' decision for the entity (the strongest rule role of its
    mentions). Pooling keeps every mention's rule role, so "T5 is popular. We fine-tune
    T5. It beats T5." holds `rule=mentions` and `rule=compares_with` beside
    `rule=builds_on`; the rules' own decision says which one they would pick.
    `about_paper` are the paper's features (`paper_features`), the same for its entities.
    """
    pooled: set[str] = set(about_paper)
    count = 0
    compared = True  # every mention a comparison's direct object
    for features in mentions:
        pooled.update(features)
        count += 1
        if compared and COMPARED_DIRECTLY not in features:
            compared = False
    if count and compared:
        pooled.add(ONLY_COMPARED)
    if _used_side_by_side(pooled, rule_role):
        pooled.add(USED_SIDE_BY_SIDE)
    pooled.add(_MENTION_COUNTS[min(count, 3)])
    if rule_role is not None:
        pooled.add(_STRONGEST[rule_role])
    pooled.add(_kind_feature(kind))
    pooled.add(_level_feature(level))
    if open_weights:
        pooled.add("open_weights")
    return frozenset(pooled)


_SEVERAL_MODELS = ("models=3", "models=4")  # paper_features caps the count at 4


def _used_side_by_side(pooled: set[str], rule_role: Role | None) -> bool:
    """Whether a model the rules make builds_on only by words of a mere use is one of
    several listed in a benchmark paper or a study that examines models
    (role_model.USED_SIDE_BY_SIDE)."""
    if rule_role is not Role.BUILDS_ON or "in_list" not in pooled:
        return False
    if EXAMINES_MODELS not in pooled and "benchmark_paper" not in pooled:
        return False
    if not any(count in pooled for count in _SEVERAL_MODELS):
        return False
    builds = [feature for feature in pooled if feature.startswith("cue=builds")]
    return bool(builds) and all(feature in USE_CUE_FEATURES for feature in builds)


@functools.lru_cache(maxsize=64)
def _kind_feature(kind: str | None) -> str:
    return f"kind={kind or 'unknown'}"


@functools.lru_cache(maxsize=8)
def _level_feature(level: str | None) -> str:
    return f"level={level or 'unknown'}"
