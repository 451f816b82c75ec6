"""Models and datasets a paper introduces: "we introduce X, a language model", "our model X".

Only names the text presents *as a model or a dataset* count (docs/annotation-guideline.md):
the head noun that describes the name decides, and a method, framework, loss or toolkit head
("we propose KAFT, a fine-tuning method") makes it no entity at all. Patterns run on the
title ("X: A ... Language Model") and on the abstract's introduction sentences.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from . import regex_cache
from .candidates import AliasIndex, lower_same_length, title_head
from .names import NAME_START, PLAIN_WORD, is_modifier_word, is_never_name, is_task_noun
from .roles import Sentences

EntityType = Literal["model", "dataset"]
# What an introduction says a name is: a model, a dataset, or a method (an approach, a
# framework, a part), which is no entity and takes the name from any catalog entry here.
IntroducedKind = Literal["model", "dataset", "method"]

# How a paper refers to itself as the subject of its contributions ("this paper proposes",
# "this letter proposes", "in this work"): one list for every pattern that needs it.
_THIS_PAPER = r"this\s+(?:paper|work|article|study|letter|thesis)"
# A name: a capitalised token with the marks of a coined name, optionally followed by a
# version or size token ("CosyVoice 2", "Tele-FLM-1T", "YuLan-Mini", "HumanCaption-10M").
# A name may also start with one or two lower-case letters before a capital (NAME_START).
# The leading lookahead changes nothing the name matches, but lets a lower-case word fail at
# once instead of after the sixteen-word lookahead (patterns try a name at many positions).
# Capitalised function words that start a sentence, never a name.
_NOT_A_NAME_START = r"(?!(?:On|In|At|By|As|To|For|From|With|The|An?|We|Our|This|These|Its|It)\b)"
_NAME = (
    rf"(?={NAME_START})"
    rf"{_NOT_A_NAME_START}"
    rf"(?P<name>{NAME_START}[\w.+\-]*[\w+]"
    # (the optional version as an alternation with an empty branch, as in _VERB below)
    r"(?:\s(?:\d[\w.]*|v\d[\w.]*|[A-Z][\w+]*\d[\w+]*)|))"
)
# The stems of the verbs that introduce a paper's own model or data set: one list for the
# patterns (_VERB) and for the scan that finds where they can start (TRIGGER_WORDS).
_VERB_STEMS = (
    "introduc", "present", "propos", "releas", "develop", "train", "build", "built",
    "pretrain", "pre-train", "construct", "creat", "curat", "collect", "open-sourc",
    "contribut", "design", "establish", "compil", "assembl", "generat", "provid",
    "put forward",  # "we put forward SSSD, an imputation model"
)  # fmt: skip
# A second verb may be coordinated with the introducing one ("creating and disseminating
# Tele-Data, a ... dataset", "we collect and release X"): the object is still introduced.
# Spelled for the regex engine, matching what "\w*" and "(?:...)?" would: the verb's word is
# taken whole (possessive "\w*+": what follows it starts with a space, so a shorter word
# never matches), and the optional second verb is an alternation with an empty branch,
# which the engine enters without the allocation an optional group costs it; the two took
# a fifth of the instructions of each try at a verb trigger (_VERB_GATE).
_VERB = (
    "(?:" + "|".join(map(re.escape, _VERB_STEMS)) + r")\w*+"
    r"(?:\s+and\s+(?!(?:the|a|an|our|its|their|then|also|further)\b)[a-z][a-z\-]*[a-z]|)"
)
# Trained agentive nouns ("a dialogue state tracker", "a mixed-modal retriever", "an
# anchor-free detector") name models as "encoder" does; so does "variant" ("HyperCLOVA, a
# Korean variant of 82B GPT-3", "the Longformer-Encoder-Decoder (LED), a Longformer variant"),
# "verifier" ("Our verifiers, Math-Rev and Code-Rev,"), a graph convolutional network as
# "GNN" does ("a novel edge-enhanced GCN, called EEGCN"), and a neural "codec" as "vocoder"
# does ("We present Zorbec, a variable channel neural audio codec").
_MODEL_HEAD_NOUNS = (
    "model", "llm", "lm", "plm", "vlm", "mllm", "lvlm", "slm", "lmm", "transformer", "encoder",
    "decoder", "network", "architecture", "checkpoint", "chatbot", "assistant", "vocoder",
    "autoencoder", "retriever", "tracker", "detector", "classifier", "recognizer", "segmenter",
    "tagger", "parser", "variant", "cnn", "gnn", "gcn", "rnn", "dnn", "bnn", "gan", "verifier",
    "codec", r"u-?net",
)  # fmt: skip
_MODEL_HEAD = (
    r"(?:(?:large\s+|)(?:language|vision[- ]language|foundation|embedding|speech|code|"
    r"base|chat|reward|diffusion|generative|multimodal|pre-?trained|seq2seq|encoder-decoder)\s+)*"
    "(?:" + "|".join(f"{noun}s?" for noun in _MODEL_HEAD_NOUNS) + ")"
)
# "data set" in two words too ("a novel curated evaluation data set").
DATASET_HEAD = (
    r"(?:datasets?|data\s+sets?|benchmarks?|corpus|corpora|collections?|test\s?sets?|suites?|treebanks?|"
    r"leaderboards?|challenges?|testbeds?)"
)
_METHOD_HEAD = (
    r"(?:frameworks?|methods?|methodolog(?:y|ies)|approach(?:es)?|techniques?|paradigms?|"
    r"mechanisms?|algorithms?|loss(?:es)?|pipelines?|toolkits?|librar(?:y|ies)|systems?|"
    r"strateg(?:y|ies)|objectives?|"
    r"modules?|metrics?|index|indices|taxonom(?:y|ies)|prompting|schemes?|tools?|platforms?|"
    r"protocols?|recipes?|procedures?|tasks?|attacks?|agents?|languages?)"
)
# "model" in these is not a trained model.
_NOT_MODELS = (
    r"(?:programming|execution|cost|threat|business|data|mental|computational|probabilistic|noise)"
    r"\s+models?"
)
# Run on lower-cased text, and written without re.IGNORECASE: case-folded literals stop the
# regex engine from skipping alternatives by their first letter (3x slower).
_HEAD = regex_cache.compile(
    rf"\b(?:(?P<method>{_NOT_MODELS})|(?P<model>{_MODEL_HEAD})|(?P<dataset>{DATASET_HEAD})|(?P<method2>{_METHOD_HEAD}))\b"
)

# A description runs to the end of the sentence; "1.7-billion" does not end it.
_DESC = r"(?P<desc>(?:[^.;]|\.(?=\d)){0,140})"
# What may stand between the verb and the name: "the", and "a/the novel/new" ("we propose
# the novel PNS-Net (Progressively Normalized Self-attention Network)").
# (Optional parts as alternations with an empty branch, as in _VERB: tried at every verb.)
_NAME_DETERMINER = r"(?:the\s+(?:(?:novel|new)\s+|)|(?:an?\s+|)(?:novel|new)\s+|)"
# "we present TP-BERTa, a specifically pre-trained LM for tabular data"
_NAME_THEN_DESCRIPTION = regex_cache.compile(
    rf"\b{_VERB}\s+{_NAME_DETERMINER}{_NAME}\s*(?:,|\(|:|--|—|\s-\s)\s*{_DESC}"
)
# "We also introduce ActivityNet Captions, a large-scale benchmark": a name of two to four
# capitalised words, set off by a comma and an article (_NAME takes one word, and a number
# or version). Only a description that says model or data set makes it a name
# (_titled_name_then_description).
_TITLED_NAME_THEN_DESCRIPTION = regex_cache.compile(
    rf"\b{_VERB}\s+{_NAME_DETERMINER}{_NOT_A_NAME_START}"
    rf"(?P<name>{NAME_START}[\w.+\-]*[\w+](?:\s[A-Z][\w.+\-]*[\w+]){{1,3}})"
    rf"\s*,\s*(?=(?:a|an)\s){_DESC}"
)
# "resulting in a 176 billion parameter model we call BLUUMI", "the resulting model, which
# we call S3DG"
_WE_CALL = regex_cache.compile(
    rf"(?P<desc>{_MODEL_HEAD}|{DATASET_HEAD}),?\s+(?:that\s+|which\s+)?we\s+"
    rf"(?:call|name|dub|term|refer\s+to\s+as)\w*\s+{_NAME}",
    re.IGNORECASE,
)
# "We call our model FastSpeech", "we name this dataset ZorbSet", "We term this
# architecture deeply supervised GNNs (or DSGNNs for short)": the paper names the model or
# dataset it has just described, by a name or by a lower-case long form's short name.
_WE_CALL_THIS = regex_cache.compile(
    r"(?i:we\s+(?:call|name|dub|term|refer\s+to)\w*\s+"
    r"(?:this|our|these|the\s+(?:resulting|proposed|new))\s+"
    rf"(?:(?:new|proposed|novel|resulting|final)\s+)?(?P<desc>{_MODEL_HEAD}|{DATASET_HEAD})"
    r"\s+(?:as\s+)?(?:the\s+)?)"
    r"(?:(?P<long>[a-z][\w\-]*(?:\s[a-zA-Z][\w\-]*){0,5}?)\s?\((?:or\s+)?(?=[A-Z])|(?=[A-Z]))"
    rf"{_NAME}(?(long)(?:\s+for\s+short)?\))"
)
# "Named AlcLaM, our model was trained ..."
_NAMED_OUR = regex_cache.compile(
    rf"\b(?:Named|Called|Dubbed)\s+{_NAME},\s+(?:our|the)\s+(?:new\s+|proposed\s+)?"
    rf"(?P<desc>{_MODEL_HEAD}|{DATASET_HEAD})",
    re.IGNORECASE,
)
# "we design an efficient CNN architecture named ZorbNet", "our model, dubbed X", "a binary
# CNN, denoted as X": a model head noun right before the naming word. Matched from the
# naming word; the word before it is looked up in _CALLED_HEADS (a search for the head
# over the text before the trigger cost a twentieth of all introduction patterns' time).
# Names the catalog has are left to it ("a model called GPT-4" is as often someone else's).
_HEAD_CALLED = regex_cache.compile(
    rf"(?P<desc>)(?:called|named|dubbed|termed|denoted\s+as|namely,?)\s+(?:as\s+)?{_NAME}"
)
# The model head nouns (not "chatbot" or "assistant": the rule was measured without them),
# and the short heads of a network's name ("a binary CNN, denoted as X").
_CALLED_HEADS = frozenset(
    f"{word}{plural}"
    for word in (
        *(noun for noun in _MODEL_HEAD_NOUNS if noun not in ("chatbot", "assistant")),
        "net", "cnn", "gnn", "rnn", "gan",
    )
    for plural in ("", "s")
)  # fmt: skip
_HEAD_CALLED_REACH = 40  # characters before the naming word that hold its head noun
# Verbs of using what exists ("we selected two models, namely ..."), and any introducing
# verb (lower-cased text).
_USE_VERB = regex_cache.compile(
    r"\b(?:select|chose|choos|adopt|use[ds]?\b|using|employ|consider|compar|evaluat|leverag)"
)
_VERB_ANYWHERE = regex_cache.compile(rf"\b{_VERB}")
# A short name in brackets ending the text before the naming word (lower-cased): " (gan)".
_BRACKETED_SHORT_NAME_END = regex_cache.compile(r"\s*\([a-z0-9\-]{2,10}\)$")
# The same after a data head noun: "we collect the largest Chinese dialogue dataset named
# WDC-Dialogue" (a capitalised word inside the description stops _DESCRIPTION_THEN_NAME).
# (Its own pattern, without "namely": a list follows that one, "datasets, namely X and Y".)
_DATA_HEAD_CALLED = regex_cache.compile(
    rf"(?P<desc>)(?:called|named|dubbed|termed|denoted\s+as)\s+(?:as\s+)?{_NAME}"
)
# An environment results are reported in is a data set too (the guideline): "we introduce
# a new environment called CoinRun, designed as a benchmark".
_CALLED_DATA_HEADS = frozenset({"dataset", "benchmark", "corpus", "environment"})
# A data head noun and a short lower-case phrase of what the data is for, ending the text
# before a naming word (lower-cased): "a dataset for cloud restoration".
_DATA_HEAD_FOR = regex_cache.compile(
    r"\b(?:dataset|benchmark|corpus)\s+(?:for|of|on|in)(?:\s+[a-z0-9][a-z0-9\-]*){1,4}$"
)
# The same after a method's head noun: "We introduce a machine learning-based method called
# \"GraphCast\"" names the paper's method, which the guideline does not label (and a catalog
# model of that name is not what the paper means), unless the text also calls it a model.
# The name may stand in quotes here.
_METHOD_CALLED = regex_cache.compile(
    rf"(?P<desc>)(?:called|named|dubbed|termed)\s+(?:as\s+)?[\"\u201c]?{_NAME}"
)
_CALLED_METHOD_HEADS = frozenset(
    """method methods framework frameworks approach approaches algorithm algorithms
    technique techniques paradigm strategy scheme""".split()  # noqa: SIM905
)
# "an information-enriched diffusion model for paragraph-to-image generation task, termed
# ParaDiffusion": the head noun, then a phrase of lower-case words saying what it is for,
# then a comma before the naming word.
_HEAD_THEN_PHRASE = regex_cache.compile(
    r"\b(?P<head>[a-z]+)\s+(?:for|of|with|on|in)\s+[a-z0-9][a-z0-9\-]*(?:\s+[a-z0-9][a-z0-9\-]*){0,5},\s*$"
    # a Title Case long form's head and the task's acronym or Title Case name: "a novel
    # Fine-grained Textual Inversion Network for ZS-CIR, named FTI4CIR", "a ... Fusion
    # Network for RGB-D Salient Object Detection, named CIGNet"
    r"|\b[A-Z][a-z]+\s+(?P<titled>Network|Model|Transformer|Architecture)\s+for\s+"
    r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,5},\s*$"
)
_HEAD_THEN_PHRASE_REACH = 80


def _head_then_phrase(text: str, start: int, position: int) -> bool:
    """Whether a model head noun and a lower-case phrase after it stand right before the
    naming word at `position`, set off by a comma (_HEAD_THEN_PHRASE). Not before "namely"
    (what follows lists, "two models on two recent datasets, namely X and Y"), and not when
    the phrase holds a head noun of its own."""
    if text.startswith("namely", position):
        return False
    match = _HEAD_THEN_PHRASE.search(text, max(start, position - _HEAD_THEN_PHRASE_REACH), position)
    if match is None:
        return False
    if match.group("titled"):
        return True
    if match.group("head") not in _CALLED_HEADS:
        return False
    heads = _HEAD.finditer(text[match.end("head") : position].lower())
    return not any(head.group("model") or head.group("dataset") for head in heads)


# "to train a humanized document understanding and reasoning model, specifically designed
# to solve complex questions that require ..., dubbed DocAssistant": an introducing verb,
# its model head noun after a few words of description, then an aside set off by commas
# up to the naming word. (The naming word's caller asks for "we" or "our" before it.)
_VERB_HEAD_ASIDE = regex_cache.compile(
    rf"\b{_VERB}\s+(?:a|an)\s+(?:[\w\-]+\s+){{0,6}}?(?P<head>[a-z]+),\s[^.;()]{{10,200}},\s*$"
)


def _verb_head_then_aside(text: str, lowered: str, start: int, position: int) -> bool:
    """Whether an introducing verb, "a <model head noun>," and an aside stand before the
    naming word at `position` in its sentence (_VERB_HEAD_ASIDE)."""
    if text[position - 2 : position] != ", ":
        return False
    sentence_start = _sentence_start(text, lowered, start, position)
    match = _VERB_HEAD_ASIDE.search(lowered, sentence_start, position)
    return match is not None and match.group("head") in _CALLED_HEADS


# What, earlier in the sentence, says the paper is the one naming it: "we", "our", "this
# paper", or "the resulting" model ("This results in a ... dataset, called MuVi-Sync"); "a
# MoE architecture called SMEAR was proposed (Muqeeth et al., 2023)" names another paper's.
_NAMING_CUE = regex_cache.compile(
    rf"\b(?:we|our|{_THIS_PAPER}|resulting|results\s+in|development\s+of)\b"
)
# "we present a statistical model for ...": an introduction that leaves the name to the title
# (lower-cased text, like _HEAD)
# In two parts, the subject before a verb trigger and the rest from it, so that only the
# abstract's verb triggers are tried instead of searching the whole abstract.
_UNNAMED_SUBJECT = regex_cache.compile(rf"\b(?:we|{_THIS_PAPER})\s+(?:also\s+)?$")
_UNNAMED = regex_cache.compile(
    rf"(?:{_VERB}\s+(?:a|an|our)|propos\w*\s+the)\s+"
    rf"(?P<desc>[^.;,]{{0,60}}?\b(?:{_MODEL_HEAD}|{DATASET_HEAD}))\b"
)
# "Our proposed pointer network-based encoder-decoder model generates ...": the same,
# with "our" and a participle.
_OUR_UNNAMED = regex_cache.compile(
    rf"our\s+(?:proposed|new|novel)\s+(?P<desc>[^.;,]{{0,60}}?\b(?:{_MODEL_HEAD}|{DATASET_HEAD}))\b"
)
# How far before its verb the subject can start ("this paper also " and spacing).
_UNNAMED_REACH = 48
# What must follow a verb trigger for each verb pattern to match there: a capitalised name
# (maybe after "the") for _NAME_THEN_DESCRIPTION, an article for _DESCRIPTION_THEN_NAME. One
# cheap match tells which of the two can match; most triggers ("trained on") allow neither.
_NAME_NEXT = rf"{_NAME_DETERMINER}{NAME_START}"
_ARTICLE_NEXT = r"(?:a|an|the|two|three|our)\s"
_VERB_GATE = regex_cache.compile(
    rf"{_VERB}\s+(?={_NAME_NEXT}|{_ARTICLE_NEXT})"
    rf"(?:(?={_NAME_NEXT})(?P<name>)|)(?:(?={_ARTICLE_NEXT})(?P<article>)|)"
)
# "we present an improved streaming speech synthesis model, CosyVoice 2"
# (The lookahead after the lazy description only says what its continuation starts with:
# it rules out most of the 100 lengths the description is tried at in one step. Its two
# optional parts are alternations with an empty branch, as in _VERB: entered at each of
# those lengths, they cost a quarter of the pattern's instructions as optional groups.)
_DESCRIPTION_THEN_NAME = regex_cache.compile(
    rf"\b{_VERB}\s+(?:a|an|the|two|three|our)\s+(?P<desc>[^.;,()]{{0,100}}?(?:\.(?=\d)[^.;,()]{{0,60}}?|))"
    # "a novel graph meta-learning framework -- Meta-GNN --": a dash sets it off too
    rf"(?=[\s,(cndtA-Z])(?:\s+(?:--?|[\u2013\u2014])\s*|\s*,?\s*)"
    rf"(?:\(\s?|(?:called|named|dubbed|termed|coined|namely)\s+|)"
    rf"(?<![\w.]){_NAME}"
)
# The same where the name stands after a comma or a bracket right after the description's
# head noun, for when the shortest description stops at a capitalised word inside it
# ("three new Arabic BERT-style models (ZorbA, ZorbB)": "Arabic" is no name). Tried only
# then.
# A model head noun written as an acronym, in capitals ("a new LLM, X").
_ACRONYM_HEAD = r"(?:LLM|LM|PLM|VLM|MLLM|LVLM|CNN|GNN|RNN|DNN|BNN|GAN)s?\b"
_ACRONYM_HEAD_NAME = regex_cache.compile(_ACRONYM_HEAD)
_DESCRIPTION_THEN_SET_OFF_NAME = regex_cache.compile(
    rf"\b{_VERB}\s+(?:a|an|the|two|three|four|five|our)\s+"
    rf"(?P<desc>[^.;,()]{{0,100}}?\b(?:{_MODEL_HEAD}|{DATASET_HEAD}|{_ACRONYM_HEAD}))"
    # "the first-ever LLM in geoscience, K2,": a phrase of lower-case words may say what
    # the head is for before the comma (not a name: "a model on ImageNet, CIFAR-10").
    rf"(?:\s*(?:,\s*|\(\s?)|\s+(?:in|for|of)(?:\s+[a-z][a-z\-]*){{1,3}},\s*)"
    rf"(?<![\w.]){_NAME}"
)
# A head noun right after a description's capitalised word, then a name: "a novel SR model
# MKM-SR", and the description that runs to that head (_DESCRIPTION_THEN_NAME's groups).
_SINGULAR_HEAD = r"(?:model|network|architecture|dataset|benchmark)"
_HEAD_THEN_NAME_AFTER = regex_cache.compile(rf"\s+{_SINGULAR_HEAD}\s+{NAME_START}")
_NAME_AFTER = regex_cache.compile(rf"\s+{NAME_START}")
_DESCRIPTION_HEAD_NAME = regex_cache.compile(
    rf"\b{_VERB}\s+(?:a|an|the|our)\s+"
    rf"(?P<desc>[^.;,()]{{0,100}}?\b{_SINGULAR_HEAD})\s+(?<![\w.]){_NAME}"
)
# The same with the name set off by commas: "we propose a novel LRC model, AutoJudge, which
# captures ...": the capitalised word before the head is the task's, the name the apposed one.
_HEAD_THEN_APPOSED_NAME = regex_cache.compile(
    rf",\s+{NAME_START}[^\s,]*,\s+(?:which|that)\b"
)
# What follows an apposed name's closing comma: a clause ("which", "where") or a participle
# ("a novel multilingual MDD architecture, L1-MultiMDD, enriched with ...").
_AFTER_APPOSED_NAME = regex_cache.compile(r",\s+(?:which|that|where|whose|[a-z]{3,}ed)\b")
_DESCRIPTION_HEAD_APPOSED_NAME = regex_cache.compile(
    rf"\b{_VERB}\s+(?:a|an|the|our)\s+"
    rf"(?P<desc>[^.;,()]{{0,100}}?\b{_SINGULAR_HEAD}),\s+(?<![\w.]){_NAME}(?=,)"
)
# Words that make a description one of models or datasets that exist already ("we propose
# the use of three popular models (U-Net, ...)"): the names are used, not introduced.
_EXISTING = regex_cache.compile(
    r"\b(?:popular|existing|well-known|widely|common(?:ly)?|standard|off-the-shelf|baselines?|"
    r"public(?:ly)?|established|prior|previous|state-of-the-art)\b"
)


# A capitalised word that is a name only by how it is introduced ("Kathaka", "Mucko"), and
# the appositive that introduces it: ", a model trained ...", ", an open corpus of ...".
_PLAIN_NAME = regex_cache.compile(r"[A-Z][a-z]{2,}")
_ARTICLE_APPOSITIVE = regex_cache.compile(r"[,:]\s+an?\s")


_SET_OFF_MARK = regex_cache.compile(r"(?:,\s*|\(\s?)[A-Z]")


def _set_off_after(text: str, start: int) -> bool:
    """Whether a comma or bracket before a capital follows `start` in its sentence (the most
    _DESCRIPTION_THEN_SET_OFF_NAME may reach): a cheap test that skips that pattern, whose
    description is tried at every length, where it cannot match."""
    stop = text.find(".", start, start + 110)
    return _SET_OFF_MARK.search(text, start, stop if stop != -1 else start + 110) is not None


def _plain_noun_phrase(description: str) -> bool:
    """Whether a description is one noun phrase of the paper's own things: no preposition
    or clause ("our results on three datasets, X, Y") and no word that makes them others'."""
    lowered = description.lower()
    return _NP_END.search(lowered) is None and _EXISTING.search(lowered) is None


# After a bracketed acronym glued to "-based": the head noun, then the paper's name for it
# ("(RGCN)-based model gRGCN").
_BASED_HEAD_NAME = regex_cache.compile(
    rf"\)-based\s+(?P<desc>{_MODEL_HEAD}|{DATASET_HEAD})\s+{_NAME}"
)


# The names after the first of a list a plural description introduces: "we release two new
# models, ZorbLM and ZorbLM-Chat", "three corpora (ZC-1, ZC-2, and ZC-3)". Each is what the
# description says, as much as the first one is.
_LISTED_NAME = regex_cache.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NAME}")
# What ends a plural description's head noun.
_PLURAL_HEAD = regex_cache.compile(r"(?:s|corpora)$")
# "release CodeGen2 models in size 1B, 3.7B ...", "we have open-sourced Zorb model weights":
# the name a release is made of is the paper's own model, whatever a catalog (generated
# from the released packages themselves) has (docs/annotation-guideline.md, "we ... release
# X, a model"). Weights and checkpoints are only ever a model's; "release LoRA weights"
# (a method's) does not match, as only "model weights" counts, nor "release Flax-based T5X
# checkpoints" (a format's name before a bare "checkpoints").
_RELEASED_NAME_MODELS = regex_cache.compile(
    rf"(?:releas|open-sourc)\w*\s+(?:the\s+)?{_NAME}\s+"
    r"(?P<desc>models|model\s+(?:weights|checkpoints?|famil(?:y|ies)))\b"
)
# "we introduce a novel model bge-en-icl, which ...": a lower-case coined name (hyphenated
# or dotted parts) right after the verb's model head noun, which _NAME (capitalised) cannot
# match; set off after it (a comma, a bracket, "which"/"that"), and no part a function word
# ("we train a model end-to-end on ...", "a model plug-and-play").
_HEAD_THEN_LOWER_NAME = regex_cache.compile(
    rf"\b{_VERB}\s+(?:a|an)\s+(?:(?:new|novel)\s+)?(?P<desc>{_MODEL_HEAD})\s+"
    r"(?:(?:called|named|dubbed)\s+)?"
    r"(?P<name>(?![a-z0-9.\-]*\b(?:to|the|of|and|or|in|on|for|by|with|shot|based|free)\b)"
    r"[a-z][a-z0-9]*(?:[.\-][a-z0-9]+)+)(?![\w\-])(?=\s*[,(]|\s+(?:which|that)\b)"
)
# "we present a novel DualNet architecture": the name before the head noun. Only for names
# the catalog lacks: "we train a new GPT-2 model" builds on GPT-2. Hyphenated adjectives
# may describe it ("we curate a high-quality LipSync dataset"), and "the resulting" is the
# paper's own ("We release the resulting MusicBench dataset").
_NAME_THEN_HEAD = regex_cache.compile(
    rf"\b{_VERB}\s+(?:a|an|our|the\s+resulting)\s+(?:(?:new|novel|[a-z]+-[a-z]+)\s+){{0,2}}"
    rf"{_NAME}\s+"
    rf"(?P<desc>(?:{_MODEL_HEAD}|{DATASET_HEAD}|architectures?|networks?))\b"
)
# "We present ZorbVideo network to ...": the name right after "we" and the verb, then one
# model head noun in the singular (a plural is a class the paper trains or uses: "we
# present Purple-teaming LLMs with ..."); a network may be called neural ("We propose the
# Zorb-NET neural network to estimate ...").
_VERB_NAME_HEAD = regex_cache.compile(
    rf"(?:introduc|present|propos)\w*\s+(?:the\s+)?{_NAME}\s+"
    r"(?P<desc>model|(?:(?:deep\s+|)neural\s+|)network|architecture|transformer|encoder|llm|lm)"
    r"\b(?!-)"
)
_WE_BEFORE = regex_cache.compile(r"\bwe\s$")
# "We developed TripletRes to deduce protein contact-maps ...", "we propose ZorbNet that
# ...": the verb's object is the name, and a clause says what it does where an appositive
# would say what it is. What it is comes from the name's shape or from the text calling it
# a model elsewhere ("the TripletRes model"); a name neither types is left (a method, often).
_VERB_NAME_CLAUSE = regex_cache.compile(rf"{_VERB}\s+(?:the\s+)?{_NAME}(?=\s+(?:to|that|which)\s)")
# What every match of _DESCRIPTION_THEN_NAME and _NAME_THEN_HEAD holds: a capital (its
# name's first letter) before any "." ";" or ")" (its description has none, nor has what
# joins it to the name).
# Often there is none in the rest of the sentence; this one linear scan then saves the
# pattern's tries at every length of the description.
_CAPITAL_BEFORE_STOP = regex_cache.compile(r"[^.;)A-Z]*+(?:\.\d[^.;)A-Z]*+)*+[A-Z]")
# "to train our model UniCoder", "our dataset, X,", "our best fine-tuned models, X and Y"
# (the paper's best or final models are its own, not the bases they were tuned from)
_OUR_HEAD_NAME = regex_cache.compile(
    r"\b(?:our\s+(?:new\s+|proposed\s+|resulting\s+|"
    r"(?:best|final)(?:[- ](?:fine-?tuned|finetuned|performing|trained))?\s+)?"
    # "The resulting model, eSEN, provides ...": the paper's own, as "our" says; "The
    # resulting linear transformer, the Linformer, performs ...": up to two lower-case
    # words may say what kind, and "the" may follow the comma.
    r"|the\s+(?:proposed|resulting|final)\s+(?-i:[a-z][a-z\-]*\s+){0,2}?)"
    rf"(?P<desc>{_MODEL_HEAD}|{DATASET_HEAD})(?:,\s+(?:the\s+)?|\s+)"
    rf"(?:(?:called|named|dubbed|termed)\s+|\()?{_NAME}",
    re.IGNORECASE,
)
# "our always-on wake-word detector model, RepCNN,", "our fine-tuned model SWE-Llama": the
# same with a longer description, so only for names the catalog lacks ("our fine-tuned
# base model, Llama-2-7B," builds on it). Each word is taken whole ("[\w-]++": a space
# follows it, so a shorter word never matches).
_OUR_DESCRIBED_NAME = regex_cache.compile(
    rf"(?i:\bour\s+(?:[\w-]++\s+){{1,3}}?(?P<desc>{_MODEL_HEAD}|{DATASET_HEAD})),?\s+{_NAME}"
)
# "Our ZorbNet model outperforms ...", "our proposed ZRB-GCN network", "the proposed HAHE
# model": the paper's own name before a model head noun. "our" (or "the proposed") makes it
# the paper's (a bare "the YOLC model" is as often
# a method's, a task's or another paper's name, docs/evaluation.md); only for names the
# catalog lacks ("our BERT model" builds on BERT).
_OUR_NAME_HEAD = regex_cache.compile(
    rf"(?i:our\s+(?:proposed\s+|new\s+|novel\s+)?|the\s+proposed\s+){_NAME}\s+"
    rf"(?i:(?P<desc>{_MODEL_HEAD}))\b"
)
# "experiments on MVSEC, DESC, and our EVA-FlowSet": a name shaped like a data set's
# (_DATASET_SUFFIX) right after "our". Only for names the catalog lacks (_LOOSE_PATTERNS).
_OUR_DATA_NAMED = regex_cache.compile(rf"(?i:our\s+(?:proposed\s+|new\s+)?)(?P<desc>){_NAME}")
# "the presented Neural Network Epileptic Spike Detector (NNESD) showed ...", "our Neural
# Zorb Network (NZN)": the paper's own model, its Title Case long form ending in a head
# noun and its acronym in brackets (whose first capital the long form's first word gives).
_OUR_LONG_FORM = regex_cache.compile(
    r"(?i:our\s+(?:proposed\s+|new\s+|novel\s+)?|the\s+(?:proposed|presented)\s+)"
    rf"(?P<desc>(?:[A-Z][\w\-]*\s+){{1,7}}?[A-Z][a-z]+)\s+\(\s?{_NAME}\s?\)"
)


def _spells_its_start(long_form: str, acronym: str) -> bool:
    """Whether the acronym starts with the long form's first letter (a loose check that the
    bracket abbreviates it, not some other name)."""
    return acronym[:1].upper() == long_form[:1]


# "finally proposed our SEAttnGAN.", "Our ZorbNet achieves ...": a name shaped like a
# network's (_NETWORK_NAMED) right after "our", no head noun needed. Only for names the
# catalog lacks (_LOOSE_PATTERNS).
_OUR_NETWORK = regex_cache.compile(rf"(?i:our\s+(?:proposed\s+|new\s+|novel\s+)?)(?P<desc>){_NAME}")
# What ends the noun phrase after "our X": punctuation, or a lower-case word that is no
# head noun ("our EENet framework", "our CatNet MSS system" name methods and systems).
_ENDS_NOUN_PHRASE = regex_cache.compile(
    rf"\s*[.,;:)]|\s+(?!(?:{_METHOD_HEAD}|{_MODEL_HEAD}|{DATASET_HEAD})\b)[a-z]"
)
# "we provide a model of our own, TeleRoBERTa, that ...": the paper's model, described
# right before "of our own" (matched from the description, found from the "our" trigger).
_OF_OUR_OWN = regex_cache.compile(
    rf"(?i:\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?P<desc>{_MODEL_HEAD}|{DATASET_HEAD})\s+of\s+)"
    rf"our\s+own,?\s+{_NAME}"
)
_OF_OUR_OWN_REACH = 50  # characters before "our" the description may start
# "On Street360Loc, the first text to image VPR dataset we created"
_NAME_THE_FIRST = regex_cache.compile(
    rf"{_NAME},\s+(?:a|an|the)\s+(?:first|new|novel)\s+(?P<desc>[^.;,]{{0,80}}?)"
    r"\s+(?:that\s+)?we\s+(?:created|built|constructed|introduce|propose|release|collected)"
)
# "on a newly collected Visual-Audio-Room dataset", "a new ZorbSet benchmark": a name the
# article and "new" present as new, right before a data head noun. Only for data sets and
# names the catalog lacks (_LOOSE_PATTERNS): "a new GPT-2 model" builds on GPT-2.
_NEW_NAME_DATA = regex_cache.compile(
    r"(?:newly\s+(?:collected|constructed|created|curated|built|annotated|released|"
    r"introduced|proposed|developed)|new|novel)\s+(?:large-scale\s+|public\s+)?"
    rf"{_NAME}\s+(?P<desc>dataset|benchmark|corpus|data\s+set)\b"
)
_A_BEFORE = regex_cache.compile(r"\ban?\s$")
# The "we ..." every match of _NAME_THE_FIRST / _WE_CALL holds, on the lower-cased text.
_FIRST_WE = regex_cache.compile(
    r"we\s+(?:created|built|constructed|introduce|propose|release|collected)"
)
_CALL_WE = regex_cache.compile(r"we\s+(?:call|name|dub|term|refer\s+to\s+as)")
# Words where an abstract pattern can start (or, for "first" and "call", end), found with one
# Aho-Corasick pass over the lower-cased text: a regex alternation of these words cost more
# than all the rest of the linker.
TRIGGER_WORDS = {
    "verb": _VERB_STEMS,
    "our": ("our ", "the resulting ", "the proposed ", "the final ", "the presented "),
    "named": ("named ", "called ", "dubbed ", "termed ", "denoted as ", "namely"),
    "first": ("first ", "new ", "novel ", "newly "),
    "call": ("we call", "we name", "we dub", "we term", "we refer"),
    # "a ... dataset (DA-HAZE) is generated": a bracketed name before a passive verb
    "passive": (") is ", ") was ", ") are ", ") were ", "), is ", "), was "),
}  # fmt: skip
_TRIGGERS = AliasIndex((), TRIGGER_WORDS)

Trigger = tuple[int, int, str]  # start, end, kind


def find_triggers(lowered: str) -> list[Trigger]:
    """Trigger words of a lower-cased text, for callers that did not scan for them already."""
    words = _TRIGGERS.scan(lowered, lowered).words
    return sorted((start, end, kind) for kind, spans in words.items() for start, end in spans)


# After a name, a comma and the subject of a new clause: "To train Zorbo, we ...".
_CLAUSE_AFTER_COMMA = regex_cache.compile(r"\s*,\s*(?:we|they|it)\s")
_FIRST_BEFORE = regex_cache.compile(r",\s+(?:a|an|the)\s+$")

# Titles "X: A ... Model for ..." — the description is the noun phrase before a preposition.
_TITLE = regex_cache.compile(r"^(?P<names>[^:]{1,60}?)\s*:\s*(?P<desc>.+)$")
# A title without a colon that names its dataset: "The Cityscapes Dataset for ...".
_TITLE_THE_DATASET = regex_cache.compile(
    r"^The\s+(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}?)\s+"
    r"(?:Dataset|Benchmark|Corpus|Challenge|Treebank)\b"
)
_TITLE_NAME_SPLIT = regex_cache.compile(r"\s+(?:&|and)\s+")
# A name's first word may also start in lower case when a capital or digit inside marks it
# as coined ("hdl2v", "idT5", "eCeLLM"); a plain lower-case word ("sign.mt") is no name. Two
# capitalised parts may be joined by a slash ("AC/DC").
_TITLE_WORDS = regex_cache.compile(
    r"^(?:[A-Z][\w.+\-]*(?:/[A-Z][\w.+\-]*)?|[a-z]+[A-Z\d][\w.+\-]*|\d[\w.]*|v\d[\w.]*)"
    r"(?:\s+(?:[A-Z][\w.+\-]*|\d[\w.]*|v\d[\w.]*)){0,3}$"
)
# Names whose form says what they are when no head noun does ("FIN-bench", "PubMedQA").
_DATASET_SUFFIX = regex_cache.compile(r"(?:bench|Bench|BENCH|QA|Eval|-eval|Set|Corpus|Pile)\W?$")
# Names that are benchmarks whatever else the sentence calls them, unless it is a method.
_BENCHMARK_NAME = regex_cache.compile(r"(?:bench|Bench|BENCH|Eval|EVAL|-eval)$")
_METHOD_WORD = regex_cache.compile(
    r"\b(?:methods?|approach(?:es)?|techniques?|algorithms?|strateg(?:y|ies)|loss(?:es)?|"
    r"prompting|attacks?|agents?|models?)\b"
)


def _benchmark_named(name: str, description: str) -> bool:
    """A benchmark's name whose description, though it names no dataset, is no method."""
    return bool(_BENCHMARK_NAME.search(name)) and not _METHOD_WORD.search(description.lower())


# A title's noun phrase also ends where a participle starts a phrase of its own, which
# title case capitalises: "A Data Augmentation Pipeline Leveraging Large Language Models"
# describes a pipeline, not a model.
_TITLE_PHRASE_END = regex_cache.compile(
    r"\s(?i:for|with|via|of|in|on|to|from|by|through|using|into|that|towards?)\s|[:,;]|\s-\s"
    r"|\s(?i:leveraging|using|combining|exploiting|integrating|incorporating|enabling"
    r"|utili[sz]ing|employing|harnessing|bridging|based\s+on)\s"
)
_TRANSPARENT = regex_cache.compile(
    r"^(?:an?\s+|the\s+)?(?:series|family|suite|set|collection)\s+of\s+", re.I
)


@dataclass(frozen=True)
class Introduction:
    """A name the paper introduces, where it stands, and whether it is a model or a dataset."""

    name: str
    entity_type: IntroducedKind
    start: int
    end: int
    # False where the phrasing is too loose to make a catalog name the paper's own.
    may_be_known: bool = True
    # False for a name the paper defines without introducing it ("we adopt the Asynchronous
    # Fully Recurrent Convolutional Neural Network (A-FRCNN)"): a model or dataset the
    # paper uses or compares with, whose role comes from its context like any mention's.
    introduces: bool = True
    # True for a model named by the acronym of a lower-case long form the paper introduces
    # ("this paper proposes dynamic chunk reader (DCR), an end-to-end ... model"): the
    # introduction makes it a name, though lower-case long forms mostly define a class or a
    # task's initials (names.lowercase_acronyms), which the linker otherwise never links.
    spelled_out: bool = False


def find_introductions(
    text: str,
    title_length: int,
    lowered: str | None = None,
    triggers: list[Trigger] | None = None,
) -> Iterator[Introduction]:
    """Introduced models and datasets in `text` (title first, then abstract).

    `lowered` (the text lower-cased without changing its length) and `triggers` (where the
    TRIGGER_WORDS stand, in order) are taken from the caller when it already has them.
    """
    title = text[:title_length]
    lowered = lowered if lowered is not None else lower_same_length(text)
    if triggers is None:
        triggers = find_triggers(lowered)
    found: list[Introduction] = []
    described: set[str] = set()  # names the abstract says are something (a method too)
    positions: set[tuple[str, int]] = set()
    # The title's head ("Zorbo: A Study of ...") is the paper's own name even when it looks
    # like an ordinary word: an abstract that says what it is ("we train Zorbo, a 7B
    # LLM", "our Zorbo model") introduces it.
    own_head = title_head(title)
    for pattern, match in _pattern_matches(text, lowered, title_length, triggers):
        name = match.group("name")
        # "we introduce Zorbo, a model trained with ...": an ordinary-looking word the
        # introducing verb and an appositive "a/an <model or dataset>" present as a name.
        plain = (
            pattern is _NAME_THEN_DESCRIPTION
            and not _is_coined(name)
            and name != own_head
            and _PLAIN_NAME.fullmatch(name) is not None
            and not is_never_name(name)
            and _ARTICLE_APPOSITIVE.match(text, match.end("name")) is not None
        )
        # "we propose Context Zorbation Network, a dual branch convolutional neural
        # network" under the title "... with Context Zorbation Network": ordinary words in
        # Title Case, which the title names too and an appositive says is a model.
        titled = (
            pattern is _NAME_THEN_DESCRIPTION
            and " " in name
            and name in title
            and not plain
            and _ARTICLE_APPOSITIVE.match(text, match.end("name")) is not None
            and not any(map(is_never_name, name.split()))
        )
        if (name, match.start("name")) in positions or not (
            _is_coined(name)
            or name == own_head
            or plain
            or titled
            # "open-sourced Zorbo model weights": released weights make it a name.
            or (pattern is _RELEASED_NAME_MODELS and not is_never_name(name))
        ):
            continue
        if pattern is _NAME_THEN_DESCRIPTION and _ARTICLE_BEFORE.search(
            lowered, max(0, match.start() - 5), match.start()
        ):
            # "In addition to the introduced X-vectors, other systems use ...": a participle
            # after an article describes the name, no verb introduces it.
            continue
        if pattern is _DESCRIPTION_THEN_NAME and (
            renamed := _RENAMED_THEN_HEAD.match(text, match.end("name"))
        ):
            # "proposes a modified VGG16 (MVGG16) network": the bracket names the paper's
            # model, the name before it is what the model is made from.
            if _is_coined(renamed.group("name")) and (
                renamed.group("name"), renamed.start("name")
            ) not in positions:
                positions.add((renamed.group("name"), renamed.start("name")))
                found.append(
                    Introduction(renamed.group("name"), "model", *renamed.span("name"))
                )
            continue
        if (
            pattern is _DESCRIPTION_THEN_NAME
            and not _appositive(text, match)
            # "we propose a SCPRG (Span-trigger-based ...) model": the head noun after the
            # name's long form says what it is
            and not (
                not match.group("desc").strip()
                and _NAME_LONG_FORM_THEN_HEAD.match(text, match.end("name"))
            )
        ):
            continue
        if pattern is _DESCRIPTION_THEN_NAME and _EXISTING.search(match.group("desc").lower()):
            continue  # "we propose the use of three popular models (U-Net, ...)": used ones
        if pattern is _DESCRIPTION_THEN_NAME and _PLURAL_ACRONYM.search(name):
            continue  # "efficient ternary weight networks (TWNs)": a class's acronym
        if (
            pattern is _DESCRIPTION_THEN_NAME
            and _BRACKET_GOES_ON.match(text, match.end("name"))
            and "(" in text[match.end("desc") : match.start("name")]
        ):
            # "to disentangle singer identity and singing prosody (F0 contour)": a bracket
            # that goes on after the word holds a phrase, not the name of what is described;
            # so does one a capitalised word goes on from ("in non-native (L2) English
            # speech")
            continue
        if pattern is _OUR_NAME_HEAD and _lower_case_defined(text, name):
            continue
        if (
            pattern is _OUR_HEAD_NAME
            and "the" in text[match.end("desc") : match.start("name")].lower().split()
            and _lower_word_follows(text, match.end())
            and not _VERB_AFTER_NAME.match(text, match.end())
        ):
            # "the proposed model, the UCI household electric power consumption (HEPC)
            # dataset": after "the", a name that words go on from modifies them; the
            # apposed name stands alone ("The resulting linear transformer, the Linformer,")
            # or is the subject of what follows ("..., the ZorbFormer achieves ...").
            continue
        if pattern is _OUR_HEAD_NAME and name.islower() and _lower_word_follows(text, match.end()):
            # "our final model, named non-local combinational ... maps (NL-CCAM)": a
            # lower-case long form, whose acronym is the name (_defined_names).
            continue
        if (
            pattern is _DESCRIPTION_THEN_NAME
            or pattern is _HEAD_CALLED
            or pattern is _DATA_HEAD_CALLED
            or pattern is _METHOD_CALLED
            or pattern is _OUR_HEAD_NAME
        ) and (
            _continues(text, match.end("name"))
            or _LONG_FORM_GOES_ON.match(text, match.end("name"))
            or _capitals_spell_on(text, match.start("name"), match.end("name"), title_length)
        ):
            # "namely BIlateral SElf-unbiased Recommender (BISER)", "Broadcasting-residual
            # network (BC-ResNet)", "Our model Sequence-to-convolution Neural Networks
            # (Seq2CNN)": the start of a long form, whose acronym is the name
            continue
        if (
            pattern is _DESCRIPTION_THEN_NAME
            and _BRACKETED_LIST_GOES_ON.match(text, match.end("name"))
            and "(" in text[match.end("desc") : match.start("name")]
            and not _NEW_ONES.search(match.group("desc").lower())
        ):
            # "adapting self-attentive transformer-based architecture models (mBERT, mT5)":
            # a bracketed list gives examples of what is described, not its name ("we
            # release three new Arabic BERT-style models (JABER, Char-JABER, and SABER)"
            # names the new ones).
            continue
        if pattern is _DESCRIPTION_THEN_NAME and text.startswith(")-", match.end("name")):
            # "we present a relational graph convolutional network (RGCN)-based model
            # gRGCN": the bracketed acronym glued to "-based" says what the model is built
            # on; the name comes after it.
            based = _BASED_HEAD_NAME.match(text, match.end("name"))
            if based is not None and _is_coined(based.group("name")):
                kind = _description_head(based.group("desc"), name_first=False)
                if kind == "model" or kind == "dataset":
                    start, stop = based.span("name")
                    positions.add((based.group("name"), start))
                    found.append(Introduction(based.group("name"), kind, start, stop))
            continue
        if pattern is _DESCRIPTION_THEN_NAME and _RELATIVE_CLAUSE.search(match.group("desc")):
            # "we propose a new deep neural network structure that forecasts a realtime
            # influenzalike illness rate (ILI%)": the name is the clause's object's, not
            # the introduced head's.
            continue
        if pattern is _NAME_THEN_DESCRIPTION and _CLAUSE_AFTER_COMMA.match(text, match.end("name")):
            # "To pre-train Zorbo, we assembled a text corpus": the comma ends the clause
            # the verb opened, and what follows says what "we" did, not what Zorbo is.
            continue
        # The description after the name is cut to its noun phrase; "X, the first ...
        # dataset we created" is one already.
        name_first = pattern is _NAME_THEN_DESCRIPTION
        if pattern is _HEAD_CALLED or pattern is _RELEASED_NAME_MODELS or (
            pattern is _HEAD_THEN_LOWER_NAME or pattern is _OUR_NETWORK
        ):
            kind = "model"  # its description is one model head noun (or model weights)
        elif pattern is _DATA_HEAD_CALLED or pattern is _OUR_DATA_NAMED:
            kind = "dataset"
        elif pattern is _METHOD_CALLED:
            kind = "other"
        elif pattern is _VERB_NAME_CLAUSE:
            if _NETWORK_NAMED.search(name) or _also_called_a_model(text, name):
                kind = "model"
            elif _DATASET_SUFFIX.search(name):
                kind = "dataset"
            else:
                continue
        else:
            kind = _description_head(match.group("desc"), name_first=name_first)
        if (
            kind == "model"
            and pattern is _DESCRIPTION_THEN_NAME
            and _BRACKETED_NAME_THEN_METHOD.match(text, match.end("name"))
        ):
            # "proposes a global-to-local generative adversarial network (G2LGAN) method":
            # the head noun after the bracket says the name is the paper's method.
            kind = "other"
        if (
            kind is None
            and pattern is _DESCRIPTION_THEN_NAME
            and sum(map(str.isupper, name)) >= 3
            and (
                after := _BRACKETED_NAME_THEN_HEAD.match(text, match.end("name"))
                or _NAME_LONG_FORM_THEN_HEAD.match(text, match.end("name"))
            )
            is not None
        ):
            # "We propose the joint speech translation and recognition (JSTAR) model that
            # ...", "we propose a SCPRG (Span-trigger-based Contextual Pooling and latent
            # Role Guidance) model": the head noun stands after the bracketed name or after
            # the name's long form. Not a two-letter acronym: "a news recommendation (NR)
            # model" is the task's model.
            kind = "dataset" if after.group(1).startswith(("data", "bench", "corp")) else "model"
        if kind is None and name_first:
            kind = _bracketed_long_form_head(text, match.end("name"))
        if kind is None and name_first and _NETWORK_NAMED.search(name):
            # "We present Prototype-GNN, which leverages ...": nothing says what it is,
            # but the name ends in a network's word.
            kind = "model"
        # A benchmark's name with no head noun, or one a benchmark is also called ("we
        # introduce SWE-bench, an evaluation framework"; "FIN-bench, ... with Finnish
        # tasks"), is a dataset; "LeAdQA, an innovative approach" stays a method.
        if (
            pattern is _NAME_THEN_DESCRIPTION
            and _DATASET_SUFFIX.search(name)
            and (kind is None or (kind == "other" and _benchmark_named(name, match.group("desc"))))
        ):
            kind = "dataset"
        if (plain or titled) and kind != "model" and kind != "dataset":
            continue  # "we present Bologna, a city ...": only a model or a dataset makes it one
        if kind is not None:
            described.add(name)
        if kind == "other" and pattern in _SAYS_WHAT_IT_IS and _also_called_a_model(text, name):
            # "We propose EnCLAP, a novel framework ... the EnCLAP model surpasses ...": a
            # framework the text also calls a model is introduced as a model (the guideline:
            # not labelled "unless the text also calls it a model").
            kind = "model"
        if kind == "other" and pattern in _SAYS_WHAT_IT_IS:
            # "we propose DeepAR, a novel methodology": the paper's method, so not the
            # catalog's DeepAR model here.
            found.append(Introduction(name, "method", match.start("name"), match.end("name")))
        if kind == "model" or kind == "dataset":
            positions.add((name, match.start("name")))
            found.append(
                Introduction(
                    name, kind, match.start("name"), match.end("name"),
                    # A loose phrasing ("our NV-Zorb model") still makes the title's head
                    # the paper's own: the title names the paper's model, not a base.
                    may_be_known=pattern not in _LOOSE_PATTERNS or name == own_head,
                    # "We selected two representative models ..., namely MockingJay and
                    # NPC": "namely" lists models the paper uses, not ones it names.
                    introduces=not (pattern is _HEAD_CALLED and _lists_used(text, lowered, match)),
                    # "zorbly supervised GNNs (or ZSGNNs for short)": the short name of a
                    # lower-case long form the paper names its model by.
                    spelled_out=pattern is _WE_CALL_THIS
                    and match.group("long") is not None
                    and kind == "model",
                )
            )  # fmt: skip
            if pattern is _DESCRIPTION_THEN_NAME or pattern is _OUR_HEAD_NAME:
                found.extend(_listed_after(text, match, kind, positions))
    for introduction in _defined_names(text, lowered, title_length, triggers):
        if (introduction.name, introduction.start) not in positions:
            found.append(introduction)
    if "(" in text:
        for introduction in (
            *_enumerated(text, lowered, title_length),
            *_named_in_passive(text, lowered, title_length, triggers),
        ):
            if (introduction.name, introduction.start) not in positions:
                positions.add((introduction.name, introduction.start))
                found.append(introduction)
    the_dataset = _TITLE_THE_DATASET.match(title) if ":" not in title else None
    if the_dataset and not is_never_name(the_dataset.group("name")):
        # "The Cityscapes Dataset for Semantic Urban Scene Understanding"
        name = the_dataset.group("name")
        yield Introduction(name, "dataset", the_dataset.start("name"), the_dataset.end("name"))
    # An all-capitals title ("MULTILINGUAL SEQUENCE-TO-SEQUENCE SPEECH RECOGNITION: ...")
    # has no names to tell from its words.
    match = _TITLE.match(title) if ":" in title and not title.isupper() else None
    title_names = list(_title_names(match, text[title_length:])) if match else []
    if match and title_names:
        kind = _title_head(match.group("desc"))
        if (
            kind == "other"
            and all(_NETWORK_SHAPED.search(name) for name, _ in title_names)
            and _MODEL_BEFORE_METHOD.search(match.group("desc").lower())
        ):
            # "COVINet: a convolutional neural network approach for ...": a network-shaped
            # name described as a network's approach is the network.
            kind = "model"
        if kind == "other" and all(_also_called_a_model(text, name) for name, _ in title_names):
            # "CoBRA: A Framework for ..." + "the CoBRA model outperforms ...": the text also
            # calls the framework a model.
            kind = "model"
        if kind == "dataset" and any(
            _called_a_codebase(text, title_length, name) for name, _ in title_names
        ):
            # "MONICA: Benchmarking on ..." + "we build a unified, well-structured codebase
            # called Medical OpeN-source ... (MONICA)": the abstract says it is a codebase.
            kind = None
        from_abstract = False
        if (
            kind is None
            and not any(name in described for name, _ in title_names)
            and not any(_called_a_method(text, title_length, name) for name, _ in title_names)
        ):
            # "GERNERMED++: Transfer Learning ..." + "We present a statistical model ...":
            # the abstract introduces an unnamed model, the title gives its name. Not when
            # the title says what the name is ("PPLM: A Simple Approach to ..."), nor when
            # the abstract does ("we propose RepoCoder, a framework"): a method.
            kind, from_abstract = _unnamed_introduction(lowered, title_length, triggers), True
            if kind is not None and any(
                i.entity_type == kind
                and i.introduces
                and i.start >= title_length
                and not any(_same_stem(i.name, name) for name, _ in title_names)
                for i in found
            ):
                # "WenLan: ..." + "we develop a two-tower pre-training model called BriVL":
                # the abstract names the model it introduces, and not by the title's head
                # ("StackGAN++: ..." + "we propose ... StackGAN-v1" names the title's own).
                kind = None
            if (
                kind is None
                and not _ARTICLE_START.match(match.group("desc"))
                and all(_NETWORK_SHAPED.search(name) for name, _ in title_names)
            ):
                # "CheXNet: Radiologist-Level Pneumonia Detection ...", "Fre-GAN: Adversarial
                # ... Audio Synthesis": a coined network's name heads the title, and neither
                # the title ("ZorbNet: A Study") nor the abstract says it is something else.
                kind, from_abstract = "model", False
        if kind == "model" or kind == "dataset":
            for name, start in title_names:
                if from_abstract and not any(_is_coined(word) for word in name.split()):
                    # "Counting Carbon: A Survey ...", "Enhancing Psychotherapy Counseling:
                    # A Data Augmentation Pipeline": title-case words are a name only when
                    # the title itself says what they name ("The Nordic Pile: A 1.2TB
                    # Nordic Dataset"), not because the abstract presents some model.
                    continue
                yield Introduction(name, kind, start, start + len(name))
    yield from found


# The contributions a sentence enumerates after "we <verb> ...:": "we contribute: (1)
# VRT-Bench, a human-annotated benchmark ...; (2) a new metric ...; and (3) VRT-80k, a
# large-scale dataset", "We first build two versions of skin disease datasets from
# Internet images: (a) Skin-10, which contains ...; (b) Skin-100, which ...".
_ENUMERATION_LEAD = regex_cache.compile(
    rf"\b(?:we|{_THIS_PAPER})\s+(?:[a-z]+ly\s+|first\s+|also\s+)?{_VERB}"
    r"(?P<desc>[^.;:()]{0,100}):\s*(?=\((?:1|i|a)\))"
)
_ENUMERATED_ITEM = regex_cache.compile(
    rf"(?:^|[\s;,])\((?:[1-9]|i{{1,3}}|iv|vi{{0,3}}|[a-f])\)\s*(?:and\s+)?{_NAME}"
    r"(?=\s*,\s*(?P<which>which\s|(?:a|an|the)\s(?P<desc>[^;]{0,100})))"
)
_SENTENCE_END = regex_cache.compile(r"\.(?:\s|$)")
# The colon and first marker every match of _ENUMERATION_LEAD ends with: found by a skip to
# each colon, it rules out nearly every abstract before the lead's pattern, which starts
# with "\b" and is tried at every position.
_ENUMERATION_START = regex_cache.compile(r":\s*\((?:1|i|a)\)")


def _enumerated(text: str, lowered: str, title_length: int) -> Iterator[Introduction]:
    """Names a sentence's enumerated contributions introduce (_ENUMERATION_LEAD): a coined
    name is what its own appositive says ("VRT-Bench, a ... benchmark"), or, followed by
    "which", what the lead's plural head noun says ("two versions of ... datasets")."""
    if not _ENUMERATION_START.search(lowered, title_length):
        return
    for lead in _ENUMERATION_LEAD.finditer(lowered, title_length):
        stop = _SENTENCE_END.search(text, lead.end())
        sentence_end = stop.start() if stop else len(text)
        heads = list(_HEAD.finditer(lead.group("desc")))
        lead_kind = _kind_of(heads[-1]) if heads and heads[-1].group().endswith("s") else None
        for item in _ENUMERATED_ITEM.finditer(text, lead.end() - 1, sentence_end):
            name = item.group("name")
            if not _is_coined(name):
                continue
            if item.group("desc") is not None:
                kind = _description_head(item.group("desc"), name_first=True)
            else:
                kind = lead_kind
            if kind == "model" or kind == "dataset":
                yield Introduction(name, kind, item.start("name"), item.end("name"))


# "a depth-agnostic dataset (DA-HAZE) is generated", "a lightweight segmentation network
# (ZorbSeg) is proposed": a description, its bracketed name, then a passive introducing
# verb. Matched back from the verb trigger.
# "a ... dataset (DA-HAZE) is generated"; "A new dataset for vehicle detection, VAID
# (Vehicle Aerial Imaging from Drone), is also introduced": the name, then its long form.
_PASSIVE_NAMED = regex_cache.compile(
    rf"\b[Aa]n?\s+(?P<desc>[^.;,()]{{0,80}}?)\s*\({_NAME}\)\s*,?\s*(?:is|was|are|were)\s+$"
)
_PASSIVE_NAMED_LONG = regex_cache.compile(
    rf"\b[Aa]n?\s+(?P<desc>[^.;,()]{{0,80}}?),\s*{_NAME}\s*\([^()]{{3,60}}\)\s*,\s*"
    r"(?:is|was|are|were)\s+$"
)
# The introducing verbs a passive may give a name with, as stems: "(DA-HAZE) is generated",
# "(JZM) model is built" (_named_in_passive and _PASSIVE_AFTER read the same list).
_PASSIVE_VERBS = ("generat", "construct", "creat", "collect", "buil", "curat", "introduc",
                  "propos", "present", "develop", "design", "releas", "devis")  # fmt: skip
_PASSIVE_REACH = 140


def _named_in_passive(
    text: str, lowered: str, title_length: int, triggers: list[Trigger]
) -> Iterator[Introduction]:
    """Names a passive introducing verb gives (_PASSIVE_NAMED): what they are is the
    description's head noun, a model or a dataset."""
    for position, end, kind in triggers:
        if kind != "passive" or position < title_length:
            continue
        verb = end + 5 if lowered.startswith("also ", end) else end
        if not lowered.startswith(_PASSIVE_VERBS, verb):
            continue
        window = max(title_length, position - _PASSIVE_REACH)
        match = _PASSIVE_NAMED.search(text, window, end) or _PASSIVE_NAMED_LONG.search(
            text, window, end
        )
        if match is None or not _is_coined(match.group("name")):
            continue
        if _headed_by_a_part(match.group("desc").lower()):
            continue  # "an imputation block with an RNN unit (IB-RNN) are designed"
        kind_of_name = _description_head(match.group("desc"), name_first=False)
        if kind_of_name == "model" or kind_of_name == "dataset":
            yield Introduction(
                match.group("name"), kind_of_name, match.start("name"), match.end("name")
            )


def _same_stem(name: str, other: str) -> bool:
    """Whether two names share their first word, case aside: "StackGAN-v1" and
    "StackGAN++", not "BriVL" and "WenLan", nor "HumanCaption-10M" and "HumanVLM"."""
    return _STEM.match(name).group().casefold() == _STEM.match(other).group().casefold()


_STEM = regex_cache.compile(r"[^\W_]*")  # the leading run of letters and digits


# The endings of a coined network's name: "ZorbNet", "ZorbNet29", "ZorbFormer", "Zorb-GAN",
# "ZORBNet" (a capital before "Net": "CheXNet", "AVENet").
_NETWORK_SHAPED = regex_cache.compile(r"[a-z](?:Net\d*|Former|GAN)$|[A-Z]Net\d*$|-(?:GAN|Net)\d*$")
# The same, and a network acronym or a model family's word after a hyphen ("GSL-GNN",
# "Fusion-ConvBERT" has "BERT" after a capital): for a name an introducing verb presents
# without saying what it is.
_NETWORK_NAMED = regex_cache.compile(
    r"[a-z](?:Net\d*|Former|GAN)$|[A-Z]Net\d*$"
    r"|-(?:GAN|Net|GNN|GCN|GAT|CNN|RNN|LSTM|BERT|Transformer|Former)\d*$"
    # "ZorbGCN", "Gated-RGCN": a graph or convolutional network's acronym ends the name
    r"|[a-z](?:GCN|GNN|CNN|RNN)\d*$|-[A-Z]{1,3}(?:GCN|GNN|CNN|RNN|GAN)\d*$"
)


def _listed_after(
    text: str, match: re.Match[str], kind: IntroducedKind, positions: set[tuple[str, int]]
) -> Iterator[Introduction]:
    """The other names of a list a plural description introduces ("two new models, ZorbLM
    and ZorbLM-Chat"): a singular one ("a model, ZorbLM, and GPT-4") introduces only the
    first name, the rest of the list is the sentence's."""
    heads = list(_HEAD.finditer(match.group("desc").lower()))
    if (
        not heads
        or not _PLURAL_HEAD.search(heads[-1].group(0))
        or not _plain_noun_phrase(match.group("desc"))
    ):
        return
    end = match.end("name")
    while (listed := _LISTED_NAME.match(text, end)) is not None:
        name, end = listed.group("name"), listed.end("name")
        if not _is_coined(name) or _continues(text, end):
            return
        positions.add((name, listed.start("name")))
        yield Introduction(name, kind, listed.start("name"), end)


_LONG_FORM_GOES_ON = regex_cache.compile(r" [a-z][\w-]*(?: [a-z][\w-]*)? \([A-Z][\w-]*\)")
_CALLED_WORDS = regex_cache.compile(r"\b(?:called|named|dubbed|termed|coined|namely)\b")


# "we propose IKR-Net (Iterative Kernel Reconstruction Network) for ...": the long form in
# brackets right after the name, its last word a model head noun ("Network", "Net",
# "Transformer"...). Lower-cased; at most eight words, no nested bracket.
_BRACKETED_LONG_FORM = regex_cache.compile(r"\s*\((?P<words>[^()]{3,100})\)")
_LONG_FORM_MODEL_HEAD = regex_cache.compile(
    r"(?:networks?|nets?|models?|transformers?|encoders?|decoders?|autoencoders?|gans?)"
)


def _bracketed_long_form_head(text: str, name_end: int) -> str | None:
    """Model when the name is followed by its long form in brackets and that long form
    ends in a model head noun ("MDPDNet (Multiresolution Density maps and Parallel Dilated
    convolutions' Network)"), else None.

    The description after such a bracket usually says what the model does ("to reduce
    ...", "for blind super-resolution"), not what it is, so `_description_head` finds no
    head there; the long form is the text's own word for what the name is, as the
    guideline asks (a name counts when the text presents it as a model). Only the long
    form's last word counts, and only a model head: "X (Zorbal Attention Fusion)" or "X
    (Graph Reasoning Framework)" stay undecided.
    """
    aside = _BRACKETED_LONG_FORM.match(text, name_end)
    if aside is None:
        return None
    words = aside.group("words").split()
    # "SymPAC (Symbolic Music Language Model with Prompting And Constrained Generation)":
    # a long form's head stands before the first lower-case preposition after it.
    cut = next((i for i, word in enumerate(words) if word in _LONG_FORM_PREPOSITIONS), None)
    if cut is not None and cut >= 2:
        words = words[:cut]
    if not 2 <= len(words) <= 8 or not words[0][:1].isupper():
        return None
    return "model" if _LONG_FORM_MODEL_HEAD.fullmatch(words[-1].lower()) else None


_LONG_FORM_PREPOSITIONS = frozenset({"with", "for", "via", "using", "on", "of"})


def _lower_case_defined(text: str, name: str) -> bool:
    """Whether the text defines `name` in brackets after a lower-case word: "based on
    convolutional recurrent neural network (CRN)" makes CRN a class of network, which "the
    proposed CRN model" later applies, not the paper's name for its model. (A lower-case
    long form the paper introduces right after its verb is `_defined_names`' to find.)"""
    bracket = text.find(f"({name})")
    if bracket <= 0:
        return False
    before = text[:bracket].rstrip().rpartition(" ")[2]
    return before.isalpha() and before.islower()


_HEAD_AT_END = regex_cache.compile(rf"(?:{_HEAD.pattern})\s*$")


# Words after a bracketed name inside its bracket: "(F0 contour)", not a list's
# "(ZorbA and ZorbB)"; or a capitalised word right after the bracket: "(L2) English".
_BRACKET_GOES_ON = regex_cache.compile(r" (?!(?:and|or)\b)[a-z]|\) [A-Z][a-z]")
# Words that make a description the paper's own: "three new ... models (A, B, and C)".
_NEW_ONES = regex_cache.compile(r"\b(?:new|novel|our|own)\b")
# More names after the first in its bracket: "(mBERT, mT5)", "(A, B and C)".
_BRACKETED_LIST_GOES_ON = regex_cache.compile(r",\s*[^\s,()][^()]*\)")


def _lists_used(text: str, lowered: str, match: re.Match[str]) -> bool:
    """Whether a naming word is "namely" after a verb of using what exists, in a sentence
    that introduces nothing ("we selected two models, namely ...")."""
    position = match.start()
    if not lowered.startswith("namely", position):
        return False
    start = _sentence_start(text, lowered, 0, position)
    return bool(
        _USE_VERB.search(lowered, start, position)
        and not _VERB_ANYWHERE.search(lowered, start, position)
    )


_DASH = regex_cache.compile(r"\s(?:--?|[\u2013\u2014])")


def _appositive(text: str, match: re.Match[str]) -> bool:
    """Whether the name after a description stands beside it ("a speech model, CosyVoice
    2", "a dataset called X", "a 7B model (X)", "a new model X") rather than inside it ("a
    network for TAD", "a network which exploits the embedding of user ID")."""
    between = text[match.end("desc") : match.start("name")]
    if "," in between or "(" in between or _CALLED_WORDS.search(between) or _DASH.search(between):
        return True
    description = match.group("desc").lower()
    if _NP_END.search(description) is not None:
        return False
    # Nothing set off: the name must follow its head noun ("a new model ZorbNet"), not a
    # clause that goes on past it ("a generator exploiting multimodal models and scale up
    # the CIR learning" names no model CIR).
    return _HEAD_AT_END.search(description) is not None


# A verb right after a name: the name is the sentence's subject, not a modifier.
_VERB_AFTER_NAME = regex_cache.compile(
    r" (?:is|was|has|had|can|could|will|would|achieves|outperforms|performs|yields|reaches"
    r"|obtains|improves|shows|provides|surpasses|attains|sets|matches|generates)\b"
)


def _lower_word_follows(text: str, end: int) -> bool:
    """Whether a lower-case word follows at `end`: the name goes on as a phrase."""
    return end + 1 < len(text) and text[end] == " " and text[end + 1].islower()


def _continues(text: str, end: int) -> bool:
    """Whether a capitalised word follows the name: then it is the start of a longer name."""
    return end + 1 < len(text) and text[end] == " " and text[end + 1].isupper()


def _sentence_start(text: str, lowered: str | None, floor: int, position: int) -> int:
    """Where the sentence holding `position` starts, not before `floor`: the project's one
    splitter (roles.Sentences), so "e.g. " or "et al. " end no sentence here either and
    "!", "?" and line breaks do, as in the role rules. `lowered` is the lowered text when
    the caller has it (else Sentences lowers it)."""
    if position <= floor:
        return floor
    return Sentences(text, lowered=lowered).sentence_start(position, position - floor)


def _titled_name_then_description(text: str, position: int) -> re.Match[str] | None:
    """_TITLED_NAME_THEN_DESCRIPTION's match at `position` when its description's head
    says model or data set ("Zorb Captions, a large-scale benchmark"), else None: "we
    present Bayesian Optimization, a method" is no name of either."""
    match = _TITLED_NAME_THEN_DESCRIPTION.match(text, position)
    if match is None:
        return None
    kind = _description_head(match.group("desc"), name_first=True)
    return match if kind == "model" or kind == "dataset" else None


def _heads_the_title(text: str, name: str) -> bool:
    """Whether `name` is the head of the title the text starts with ("NeoNav: Improving
    ...")."""
    return text.startswith(name) and text[len(name) : len(name) + 2].lstrip().startswith(":")


def _pattern_matches(
    text: str, lowered: str, start: int, triggers: list[Trigger]
) -> Iterator[tuple[re.Pattern[str], re.Match[str]]]:
    """Matches of the introduction patterns, tried only where a cheap trigger word stands.

    Running the patterns over whole abstracts cost most of the linker's time; each pattern
    begins (or ends) at a word that is rare in text, so they run anchored at those words.
    """
    for position, end, kind in triggers:
        if position < start:
            continue
        if position > 0 and lowered[position - 1].isalnum():
            continue  # inside a word: "retrain", "four"
        if kind == "first" and not _FIRST_BEFORE.search(lowered, max(0, position - 8), position):
            if _A_BEFORE.search(lowered, max(0, position - 3), position) and (
                match := _NEW_NAME_DATA.match(text, position)
            ):
                yield _NEW_NAME_DATA, match
            continue
        if kind == "verb":
            gate = _VERB_GATE.match(text, position)
            if gate is None:
                continue
            if gate.group("name") is not None:
                match = _NAME_THEN_DESCRIPTION.match(text, position)
                if match:
                    yield _NAME_THEN_DESCRIPTION, match
                elif match := _titled_name_then_description(text, position):
                    # read as _NAME_THEN_DESCRIPTION reads its match (same groups)
                    yield _NAME_THEN_DESCRIPTION, match
                elif lowered.startswith(("releas", "open-sourc"), position) and (
                    match := _RELEASED_NAME_MODELS.match(text, position)
                ):
                    yield _RELEASED_NAME_MODELS, match
                elif _WE_BEFORE.search(lowered, max(0, position - 4), position):
                    match = _VERB_NAME_HEAD.match(text, position)
                    if match:
                        yield _VERB_NAME_HEAD, match
                    elif match := _VERB_NAME_CLAUSE.match(text, position):
                        yield _VERB_NAME_CLAUSE, match
            if gate.group("article") is not None and _CAPITAL_BEFORE_STOP.match(text, position):
                match = _DESCRIPTION_THEN_NAME.match(text, position)
                if (
                    match
                    and (
                        not _is_coined(match.group("name"))
                        # "a dynamic BNN (DyBNN)": the acronym is the head, not the name
                        or _ACRONYM_HEAD_NAME.fullmatch(match.group("name")) is not None
                    )
                    and _set_off_after(text, match.start("name"))
                ):
                    set_off = _DESCRIPTION_THEN_SET_OFF_NAME.match(text, position)
                    if set_off is not None and _plain_noun_phrase(set_off.group("desc")):
                        match = set_off
                if match and _HEAD_THEN_NAME_AFTER.match(text, match.end("name")):
                    # "propose a novel SR model MKM-SR": the capitalised word the shortest
                    # description stopped at is a modifier of its head noun; the name
                    # follows the head.
                    match = _DESCRIPTION_HEAD_NAME.match(text, position) or match
                if (
                    match
                    and (apposed := _DESCRIPTION_HEAD_APPOSED_NAME.match(text, position))
                    and apposed.start("name") > match.start("name")
                    and _AFTER_APPOSED_NAME.match(text, apposed.end("name"))
                ):
                    # "introduces a novel multilingual MDD architecture, L1-MultiMDD,
                    # enriched with ...": the capitalised word the shortest description
                    # stopped at modifies the head; the apposed name is the name.
                    match = apposed
                if match:
                    yield _DESCRIPTION_THEN_NAME, match
                match = _NAME_THEN_HEAD.match(text, position)
                if match and _HEAD_THEN_APPOSED_NAME.match(text, match.end()):
                    # "a novel LRC model, AutoJudge, which ...": the apposed name is the name
                    if apposed := _DESCRIPTION_HEAD_APPOSED_NAME.match(text, position):
                        yield _DESCRIPTION_THEN_NAME, apposed
                elif match and not _NAME_AFTER.match(text, match.end()):
                    # not "a novel SR model MKM-SR": a name after the head is the name
                    yield _NAME_THEN_HEAD, match
            if gate.group("article") is not None and (
                match := _HEAD_THEN_LOWER_NAME.match(text, position)
            ):
                yield _HEAD_THEN_LOWER_NAME, match
        elif kind == "our":
            if lowered.startswith("our own", position):
                window = max(start, position - _OF_OUR_OWN_REACH)
                owned = next(
                    (
                        match
                        for match in _OF_OUR_OWN.finditer(text, window, position + 80)
                        if match.start("name") > position
                    ),
                    None,
                )
                if owned is not None:
                    yield _OF_OUR_OWN, owned
                    continue
            match = _OUR_HEAD_NAME.match(text, position)
            if match:
                yield _OUR_HEAD_NAME, match
            else:
                match = _OUR_DESCRIBED_NAME.match(text, position)
                if match:
                    yield _OUR_DESCRIBED_NAME, match
                else:
                    match = _OUR_NAME_HEAD.match(text, position)
                    if match:
                        yield _OUR_NAME_HEAD, match
                    elif (
                        (match := _OUR_NETWORK.match(text, position))
                        and _NETWORK_NAMED.search(match.group("name"))
                        and _ENDS_NOUN_PHRASE.match(text, match.end())
                    ):
                        yield _OUR_NETWORK, match
                    elif (
                        (match := _OUR_DATA_NAMED.match(text, position))
                        and _DATASET_SUFFIX.search(match.group("name"))
                        and _ENDS_NOUN_PHRASE.match(text, match.end())
                    ):
                        yield _OUR_DATA_NAMED, match
                    elif (match := _OUR_LONG_FORM.match(text, position)) and _spells_its_start(
                        match.group("desc"), match.group("name")
                    ):
                        yield _OUR_LONG_FORM, match
        elif kind == "named":
            match = _NAMED_OUR.match(text, position)
            if match:
                yield _NAMED_OUR, match
                continue
            before = lowered[max(start, position - _HEAD_CALLED_REACH) : position].rstrip(" ,(")
            # "a novel Generative Adversarial Network (GAN) called RECGAN-GR": the head's
            # acronym in brackets stands between the head and the naming word.
            before = _BRACKETED_SHORT_NAME_END.sub("", before)
            head_word = before.rpartition(" ")[2]
            data_head = head_word in _CALLED_DATA_HEADS or (
                # "a dataset for cloud restoration called OPT-BCFSAR-PFSAR": what the data
                # is for stands between the head noun and the naming word.
                head_word.islower() and _DATA_HEAD_FOR.search(before) is not None
            )
            method_head = head_word in _CALLED_METHOD_HEADS
            if (
                head_word not in _CALLED_HEADS
                and not data_head
                and not method_head
                and not _head_then_phrase(text, start, position)
                and not _verb_head_then_aside(text, lowered, start, position)
            ):
                continue
            pattern = (
                _DATA_HEAD_CALLED if data_head else _METHOD_CALLED if method_head else _HEAD_CALLED
            )
            match = pattern.match(text, position)
            if match is None:
                continue
            sentence_start = _sentence_start(text, lowered, start, position)
            if _NAMING_CUE.search(lowered, sentence_start, position) or _heads_the_title(
                text, match.group("name")
            ):
                # "... by learning a variational Bayesian model, called NeoNav," under the
                # title "NeoNav: ...": the title says whose name it is.
                yield pattern, match
        elif kind != "passive":  # (passive triggers are _named_in_passive's)
            # The name stands before the trigger: search a short window around it, when the
            # "we created" / "we call" that every match holds is in the window at all.
            first = kind == "first"
            if not first and (match := _WE_CALL_THIS.match(text, position)):
                yield _WE_CALL_THIS, match
            window_start, window_end = max(start, position - 120), min(len(text), end + 79)
            if not (_FIRST_WE if first else _CALL_WE).search(lowered, window_start, window_end):
                continue
            pattern = _NAME_THE_FIRST if first else _WE_CALL
            for match in (
                _NAME_THE_FIRST.finditer(text, window_start, window_end)
                if first
                else _we_call_matches(text, lowered, window_start, window_end)
            ):
                yield pattern, match


def _we_call_matches(text: str, lowered: str, low: int, high: int) -> Iterator[re.Match[str]]:
    """`_WE_CALL.finditer(text, low, high)`, the pattern tried only where a match can start.

    Case-insensitive and opening on a head noun's alternation, the pattern gave the regex
    engine nothing to skip to: tried at every position of its window (~10,000 instructions
    each, ~2 million a window). Every match ends in a "we call" (as _CALL_WE finds it in
    the lower-cased text) after its description, whose words are letters, digits, hyphens
    and spaces, with at most a comma between them and the "we" ("the resulting model,
    which we call S3DG"): so it starts in the run of such characters before a "we call".
    The pattern is tried at those positions alone, in order, each after the last match's
    end: the same matches. (A window with other than ASCII characters, where case-blind
    matching may pair other letters, is searched as before.)
    """
    if not text.isascii() and not text[low:high].isascii():
        yield from _WE_CALL.finditer(text, low, high)
        return
    starts: set[int] = set()
    for call in _CALL_WE.finditer(lowered, low, high):
        first, comma = call.start(), False
        while first > low:
            char = lowered[first - 1]
            if char.isalnum() or char == "-" or char.isspace() or (char == "," and not comma):
                comma = comma or char == ","
                first -= 1
            else:
                break
        starts.update(range(first, call.start()))
    end = low
    for start in sorted(starts):
        if start >= end and (match := _WE_CALL.match(text, start, high)):
            end = match.end()
            yield match


# Patterns too loose to make a catalog name the paper's own.
_LOOSE_PATTERNS = (
    _OUR_DESCRIBED_NAME, _NAME_THEN_HEAD, _HEAD_CALLED, _DATA_HEAD_CALLED, _OUR_NAME_HEAD,
    _VERB_NAME_HEAD, _OF_OUR_OWN, _NEW_NAME_DATA, _OUR_NETWORK, _VERB_NAME_CLAUSE,
    _OUR_DATA_NAMED,
)  # fmt: skip
_ARTICLE_START = regex_cache.compile(r"(?:an?|the)\s", re.IGNORECASE)
# Patterns whose description says what the name is, beside it ("X, a novel framework";
# "a framework called X"): when it says method, the name is the paper's method.
_SAYS_WHAT_IT_IS = (_NAME_THEN_DESCRIPTION, _DESCRIPTION_THEN_NAME, _METHOD_CALLED)

# The name followed by a model head noun ("the EnCLAP model", "our ZorbNet network", "a
# series of Lory models"): the text calls the name a model, whatever the introduction called
# it. A plural needs a word before the name that makes it a noun phrase: in "HNT models weak
# signal features" it is a verb.
_SINGULAR_MODEL_WORD = regex_cache.compile(
    r"(?![\w\-])\s+(?:model|network|architecture|LLM)(?![\w\-])"
)
_PLURAL_MODEL_WORD = regex_cache.compile(r"(?![\w\-])\s+(?:models|networks|LLMs)(?![\w\-])")
_NOUN_PHRASE_START = regex_cache.compile(
    r"\b(?:the|a|an|our|of|these|its|their|all|two|three|four|\d+)\s+$"
)
# "make LayoutLMv3 a general-purpose pre-trained model", "X is a lightweight network": the
# text says the name is a model, with up to four words between the article and the head.
_IS_A_MODEL = regex_cache.compile(
    r"(?![\w\-])(?:\s+is|)\s+an?\s+(?:[\w\-]+\s+){0,4}?(?:model|network|LLM)(?![\w\-])"
)


# A method's head noun right after a name: "the EnchantDance framework".
_METHOD_WORD_AFTER = regex_cache.compile(
    r"(?![\w\-])\s+(?:framework|method|approach|algorithm|technique|pipeline|paradigm)(?![\w\-])"
)


def _called_a_method(text: str, title_length: int, name: str) -> bool:
    """Whether the abstract calls `name` a method or a framework: "we introduce the
    EnchantDance framework" (the title's name is then no unnamed model or data set)."""
    return any(
        _METHOD_WORD_AFTER.match(text, start + len(name))
        for start in _places(text, name, title_length)
    )


def _places(text: str, name: str, start: int = 0) -> Iterator[int]:
    """Where `name` stands in `text` from `start` on. The callers try precompiled patterns
    at each place: a pattern made from the name would be compiled anew for nearly every
    paper (each has its own names), more than the regex module's cache holds."""
    at = text.find(name, start)
    while at != -1:
        yield at
        at = text.find(name, at + len(name))


def _also_called_a_model(text: str, name: str) -> bool:
    """Whether the text calls `name` a model somewhere: "the X model", "of X models", "X is
    a pre-trained model", "make X a general-purpose pre-trained model"."""
    for start in _places(text, name):
        end = start + len(name)
        if (
            _SINGULAR_MODEL_WORD.match(text, end)
            or (
                _PLURAL_MODEL_WORD.match(text, end)
                and _NOUN_PHRASE_START.search(text, max(0, start - 12), start)
            )
            or _IS_A_MODEL.match(text, end)
        ):
            return True
    return False

# "the Bi-directional Attention Flow (BiDAF) network", "Dynamic Attention Fusion (DAF)": a
# name in capitals defined by its long form. The acronym is the name papers use afterwards.
# "(KAC Net)", "(MB-SSA Net)": an acronym and the word "Net" are one name.
_DEFINED = regex_cache.compile(r"\((?P<name>[A-Z][\w.+\-]*[\w+](?: Net)?)\)")
# Words a long form may hold besides capitalised ones ("Localize, Group, and Select").
# "based" joins "Feature Interaction based Neural Network (FINN)".
_LONG_FORM_GLUE = frozenset(
    {"of", "and", "for", "with", "the", "in", "on", "to", "via", "&", "a", "based", "from"}
)
# "re-Identification", "e-Commerce": a short lower-case prefix before a capitalised word.
_LONG_FORM_WORD = regex_cache.compile(r"[A-Z][\w+\-]*|[a-z]{1,3}-[A-Z][\w+\-]*|\d[\w.]*")
# What marks an acronym as a name rather than a concept's initials: a hyphen, a digit, or a
# lower-case letter inside it ("A-FRCNN", "H2GCN", "ScRN"; not "SCM", nor the plural "PRMs").
_SPELLED_LIKE_A_NAME = regex_cache.compile(r"[-\d]|[a-z](?!s?$)")
_PLURAL_ACRONYM = regex_cache.compile(r"[A-Z]s$")  # "Vision Transformers (ViTs)": a class
# Lower-case head nouns that may end a long form right before its acronym.
_LONG_FORM_HEADS = frozenset(
    {"dataset", "benchmark", "corpus", "challenge", "model", "network", "suite", "treebank"}
)
# A lower-case word that may stand before the head noun that ends a long form: "neural
# network", "language model" are what the named thing is, not part of its initials.
_HEAD_MODIFIERS = frozenset({"neural", "language", "deep", "graph", "generative", "diffusion"})
# A lower-case compound inside a long form ("Hierarchical attention-based Recurrent ...").
_COMPOUND = regex_cache.compile(r"[a-z]+-[a-z]+")
# What, before the long form in its sentence, says the paper introduces it: a verb with
# nothing but a description between it and the name ("we design a new video classification
# model, named"), or "called / named / i.e.," right before it. The description is what the
# name is said to be. Both are matched ending at the long form (`$` at `endpos`), the verb
# one only from the verb triggers the linker's scan found, so nothing searches the sentence.
# The verb may introduce a first thing before this one: "we introduce a novel
# series-decomposition module (MPSD), and a Multi-Token Pattern Recognition neural network
# (MTPR)"; the description is the second's.
_AFTER_VERB = regex_cache.compile(
    rf"{_VERB}\s+(?:in\s+{_THIS_PAPER}\s+)?"
    r"(?:(?:a|an|the|our)\s+[^.;()]{0,80}?\s?\([^()]{1,20}\)\s*,?\s*and\s+)?"
    rf"(?:(?:a|an|the|our|two|three)\s+(?P<desc>[^.;()]{{0,80}}?))?\s*,?\s*(?:the\s+)?$"
)
_CALLED = regex_cache.compile(
    r"\b(?:called(?:\s+as)?|named|termed|dubbed|denoted(?:\s+as)?|i\.e\.,?|namely)\s*,?\s*"
    r"(?:the\s+)?[\"\u201c]?$"
)
# Quotes and spaces between a lower-case long form and its acronym: called "zorb net" (ZN).
_QUOTES = ' "\u201d'
# After an acronym, the passive that introduces it: "(JZM) model is built", "(X), is proposed".
_PASSIVE_AFTER = regex_cache.compile(
    r"\s*(?:(?:model|network|architecture|dataset|benchmark|corpus)\s+)?,?\s*(?:is|are)\s+"
    r"(?:also\s+|then\s+|further\s+)?"
    rf"(?:{'|'.join(_PASSIVE_VERBS)})\w*\b"
)
# "Our end-to-end architecture, Yaw-guided Zorb Learning (YZL), integrates ...": the
# paper's model, described by "our ... <model head>," right before its long form.
_OUR_HEAD_BEFORE = regex_cache.compile(
    rf"\bour\s+(?P<desc>(?:[\w-]+\s+){{0,3}}?(?:{_MODEL_HEAD})),\s*$"
)
_CALLED_REACH = 24  # characters before the long form "denoted as the " may take
_SUBJECT = regex_cache.compile(rf"\b(?:we|our|{_THIS_PAPER})\b")
# After the acronym: its head noun ("(MPFA) model"), or a description (", a novel model").
_HEAD_AFTER = regex_cache.compile(
    r"\s*(?:,\s*(?:which\s+is\s+)?(?:a|an|the|our)\s+(?P<desc>[^.;]{0,80})"
    r"|(?P<head>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))"
)
# Nouns that make a name a part of a model (or a measure, a task), not a model: after an
# acronym ("(DCT) block") and as the last piece of a hyphenated name ("TE-Module",
# "SE-Block"). One list for both, so the two places cannot drift apart.
_PART_NOUNS = (
    "block", "layer", "unit", "cell", "operator", "kernel", "component", "head", "module",
    "mechanism", "loss", "strategy", "score", "metric", "task", "setting",
)  # fmt: skip
_PART = regex_cache.compile(
    "(?:"
    + "|".join(f"{noun[:-1]}(?:y|ies)" if noun.endswith("y")
               else f"{noun}(?:es)?" if noun.endswith("s") else f"{noun}s?"
               for noun in _PART_NOUNS)
    + r")\b"
)  # fmt: skip
_PART_WORDS = frozenset(_PART_NOUNS)


def _defined_names(
    text: str, lowered: str, title_length: int, triggers: list[Trigger]
) -> Iterator[Introduction]:
    """Names the abstract defines as acronyms of a capitalised long form while introducing
    them: "we propose the Temporal Squeeze Network (TeSNet)", "this paper introduces a
    Multi-Perspective Feedback-Attention Coupling (MPFA) model".

    What the name is comes from, in this order: the noun right after the acronym ("(MPFA)
    model"; "(DCT) block" is a part, no entity), the description after it (", a novel
    model"), the description the introducing words give before it ("a novel method named
    ..."), the long form's own last word ("... Highway Network (HRHN)"). A method or
    framework head makes it no entity, as does a long form in lower case ("convolutional
    neural networks (CNNs)": a class, not a name) or an acronym of generic words.

    A name defined the same way without introducing words ("we adopt the Asynchronous
    Fully Recurrent Convolutional Neural Network (A-FRCNN)") is still a model or a dataset
    when the noun after it or its long form's head says so; it comes with
    `introduces=False`.
    """
    verbs: list[int] | None = None  # the abstract's verb triggers, listed once a name needs them
    for match in _DEFINED.finditer(text, title_length):
        name = match.group("name")
        after = match.end()
        if after < len(text) and (text[after].isalnum() or text[after] == "-"):
            continue  # "(MIMIC)-III": part of a longer name
        if not _is_coined(name) and not _heads_the_title(text, name):
            continue  # "(Ister), a novel architecture" under "Ister: ...": the paper's name
        if "-" in name and all(is_never_name(part) for part in name.split("-") if part):
            # "Long Short-Term Memory Recurrent Neural Network (LSTM-RNN)": classes joined
            # (as "CNN-LSTM"), no name.
            continue
        bracket = match.start()
        reach = max(title_length, bracket - 60)
        # One str.find rules out almost every bracket before the pattern's search runs.
        tuned = (
            _TUNED_BASE_BEFORE.search(text, reach, bracket)
            if lowered.find("tuned", reach, bracket) != -1
            else None
        )
        if tuned is not None and _names_its_tuned_model(tuned.group("base"), name):
            # "the fine-tuned Quux-T5-large (ZorbMath)": the name is the paper's tuned model,
            # the base (linked from the catalog) what it builds on.
            yield Introduction(name, "model", match.start("name"), match.end("name"))
            continue
        long_start = _long_form_start(text, match.start(), title_length)
        if long_start is not None and text[long_start].casefold() != name[0].casefold():
            long_start = _from_initial(text, long_start, match.start(), name[0])
        if long_start is None:
            # "COntrasting user pReference expAnsion and Learning (CORAL)": its capitals
            long_start = _capitals_long_form_start(text, match.start(), title_length, name)
        spelled_out = long_start is None
        if spelled_out:
            # "we propose a multiscale object localization transformer (MOLT)": a long form
            # in lower case names the model when its words' initials spell the acronym and
            # the sentence introduces it ("convolutional neural networks (CNNs)" does not).
            long_start = _initials_long_form_start(text, match.start(), title_length, name)
        if long_start is None or text[long_start].casefold() != name[0].casefold():
            continue
        if verbs is None:
            verbs = [at for at, _, kind in triggers if kind == "verb" and at >= title_length]
        based_on = _BASED_ON_BEFORE.search(lowered, max(0, long_start - 12), long_start)
        description = (
            None
            if based_on is not None
            # "a ... network (DNN) based on stack denoising autoencoder (SDA) is proposed":
            # what the proposed thing is based on is not what the verb introduces.
            else _introducing_description(text, lowered, title_length, long_start, verbs)
        )
        if description is None and based_on is None and _PASSIVE_AFTER.match(lowered, after):
            # "the Joint Zorbal Matching (JZM) model is built to ...": introduced after it.
            description = ""
        long_form = lowered[long_start : match.start()].strip()
        if (
            description is None
            and not spelled_out
            and _is_the_title(text, title_length, long_form)
            and not _PLURAL_ACRONYM.search(name)
        ):
            # "Generative Conditional Missing Imputation Networks" over "... the theoretical
            # underpinnings of the Generative Conditional Missing Imputation Networks
            # (GCMI)": a paper titled by the long form is about its own model. Not a plural
            # acronym: "Graph Foundation Models (GFMs)" under "Graph Foundation Models: A
            # Comprehensive Survey" is the class the paper is about.
            description = ""
        if spelled_out and not _names_its_long_form(lowered, long_start, after, description):
            continue
        # Not introduced: only the noun after the acronym or the long form's own head
        # ("... Neural Network (A-FRCNN)") says what it is.
        if description is None and (
            not _SPELLED_LIKE_A_NAME.search(name) or _PLURAL_ACRONYM.search(name)
        ):
            # Not introduced, plain capitals are as often a concept's initials ("Structural
            # Causal Model (SCM)", "Process Reward Models (PRMs)") as a model's name.
            continue
        kind = _defined_kind(
            lowered, after, description or "", long_form, introduced=description is not None
        )
        if _METHOD_APPOSED.search(lowered, max(title_length, long_start - 40), long_start):
            # "A dynamic graph learning framework, Co-Neighbor Encoding Network (CNE-N), is
            # proposed": the text calls the name its framework, whatever the long form says.
            kind = "other"
        if kind == "other" and description is not None:
            # "a novel defense method termed Layer-specific Editing (LED)": not the LED model
            yield Introduction(name, "method", match.start("name"), match.end("name"))
        if kind == "model" or kind == "dataset":
            yield Introduction(
                name, kind, match.start("name"), match.end("name"),
                # "We train Fourier NO (FNO) models to ...": models of a kind the paper
                # trains, not one it names
                introduces=description is not None and not _PLURAL_HEAD_AFTER.match(lowered, after),
                spelled_out=spelled_out and kind == "model",
            )  # fmt: skip


# A data set's head joined to the head before it: "a unified framework and large-scale
# benchmark" (_defined_kind).
_AND_DATA_HEAD = regex_cache.compile(
    rf"\s+and\s+(?:[\w\-]+\s+){{0,2}}(?:{DATASET_HEAD})\b"
)
# An article right before an introducing verb makes it a participle: "the introduced
# X-vectors" (find_introductions).
_ARTICLE_BEFORE = regex_cache.compile(r"\b(?:the|a|an)\s+$")
# What a long form follows when it is what the proposed thing is built from: "... (DNN)
# based on stack denoising autoencoder (SDA)" (_defined_names).
_BASED_ON_BEFORE = regex_cache.compile(r"\b(?:based|built)\s+on\s+(?:the\s+|an?\s+)?$")
_TITLE_WORD_CHARACTERS = regex_cache.compile(r"[^a-z0-9]+")


def _is_the_title(text: str, title_length: int, long_form: str) -> bool:
    """Whether a (lower-cased) long form is the paper's whole title, or the part before
    its colon, compared without case, punctuation or spaces."""
    title = text[:title_length].lower()
    key = _TITLE_WORD_CHARACTERS.sub("", long_form)
    return bool(key) and key in (
        _TITLE_WORD_CHARACTERS.sub("", title),
        _TITLE_WORD_CHARACTERS.sub("", title.partition(":")[0]),
    )


# A method's head noun and a comma right before a long form: "a ... framework, Zorb Network (".
_METHOD_APPOSED = regex_cache.compile(rf"\b{_METHOD_HEAD},\s*$")

# A model the text says was fine-tuned, right before a bracket: "fine-tuned FLAN-T5-large (".
_TUNED_BASE_BEFORE = regex_cache.compile(
    r"(?<![\w-])(?:fine-?tuned|finetuned)\s+(?:the\s+)?(?P<base>[A-Za-z][\w.\-]*[\w.])\s*$"
)


def _names_its_tuned_model(base: str, name: str) -> bool:
    """Whether a bracketed name after "fine-tuned <base>" names the tuned model rather than
    spelling the base another way: "fine-tuned RoBERTa-large (RoBERTa)" or "(RoBERTa-L)"
    restate the base; "(ZorbMath)" is a new name."""
    base_folded, name_folded = base.casefold(), name.casefold()
    if not _is_coined(base) or base_folded.startswith(name_folded[:4]):
        return False
    return not name_folded.startswith(base_folded.split("-")[0])


def _introducing_description(
    text: str, lowered: str, floor: int, long_start: int, verbs: list[int]
) -> str | None:
    """The description the words before a long form give it when they introduce it ("" for
    none: "we propose the X (Y)"), or None when they do not introduce it."""
    sentence_start = _sentence_start(text, lowered, floor, long_start)
    called = _CALLED.search(lowered, max(sentence_start, long_start - _CALLED_REACH), long_start)
    if called is not None:
        return lowered[max(sentence_start, called.start() - 80) : called.start()]
    ours = _OUR_HEAD_BEFORE.search(lowered, max(sentence_start, long_start - 60), long_start)
    if ours is not None:
        return ours.group("desc")
    for verb in reversed(verbs[: bisect.bisect_left(verbs, long_start)]):
        if verb < sentence_start:
            break
        if _ATTRIBUTIVE_TRAINED.match(lowered, verb) and not _SUBJECT_OR_AUXILIARY.search(
            lowered, max(sentence_start, verb - 16), verb
        ):
            # "We use the ... SSL pre-trained Audio-Visual HuBERT (AV-HuBERT) model": a
            # participle before the name says how the model was made, by whoever made it;
            # it introduces nothing ("we pre-trained", "is trained" still do).
            continue
        after_verb = _AFTER_VERB.match(lowered, verb, long_start)
        if after_verb is not None and _SUBJECT.search(lowered, sentence_start, verb):
            return after_verb.group("desc") or ""
    return None


_CAPITALISED_WORD = regex_cache.compile(r"(?<![\w-])[A-Z][\w+\-]*")

# A relative clause with its verb inside a description: "... structure that forecasts ...".
_RELATIVE_CLAUSE = regex_cache.compile(r"\b(?:that|which|who)\s+[a-z]+s\s")

# A trained model's participle ("pre-trained", "pretrained", "trained") and what, right
# before it, makes it a verb of the sentence: a subject, an auxiliary, an adverb.
_ATTRIBUTIVE_TRAINED = regex_cache.compile(r"(?:pre-?)?trained\s")
_SUBJECT_OR_AUXILIARY = regex_cache.compile(
    r"\b(?:we|they|and|then|also|first|further|is|are|was|were|be|been|being|has|have|had"
    r"|\w+ly)\s+$"
)


def _from_initial(text: str, start: int, paren: int, initial: str) -> int | None:
    """Where a long form starts at the first capitalised word with the acronym's initial,
    when the capitalised words before the bracket start with another letter: "Also, the
    Joint Zorbal Matching (JZM)" (the sentence's first word is no part of it), "the Deep
    Planning Network (PlaNet)" (an acronym that skips a word). None when fewer than two
    capitalised words are left."""
    folded = initial.casefold()
    words = list(_CAPITALISED_WORD.finditer(text, start, paren))
    for index, word in enumerate(words):
        if word.group()[0].casefold() == folded:
            return word.start() if len(words) - index >= 2 else None
    return None


def _long_form_start(text: str, paren: int, floor: int) -> int | None:
    """Where the capitalised long form before "(" starts; None when the word before the
    bracket is neither capitalised nor a head noun, or the form has fewer than two
    capitalised words."""
    position = paren
    start = None
    capitalised = 0
    headed = False
    while position > floor:
        end = position
        while end > floor and text[end - 1] in " ,":
            end -= 1
        word_start = max(text.rfind(" ", floor, end), text.rfind("\n", floor, end)) + 1
        word = text[word_start:end]
        if not word:
            break
        if _LONG_FORM_WORD.fullmatch(word):
            start = word_start
            capitalised += 1
        elif position == paren and word in _LONG_FORM_HEADS:
            headed = True  # "a large-scale Visual Dialog dataset (VisDial)": the head ends it
        elif headed and start is None and word in _HEAD_MODIFIERS:
            pass  # "a Multi-Token Pattern Recognition neural network (MTPR)"
        elif start is None or not (word.lower() in _LONG_FORM_GLUE or _COMPOUND.fullmatch(word)):
            break
        position = word_start
    if capitalised >= 2 or (capitalised == 1 and headed and "-" in text[start:paren]):
        return start  # two capitalised words, or "Broadcasting-residual network (BC-ResNet)"
    return None


_ACRONYM_LETTER = regex_cache.compile(r"[A-Za-z]")


def _names_its_long_form(
    lowered: str, long_start: int, after: int, description: str | None
) -> bool:
    """Whether an acronym of a lower-case long form is the name of what the sentence
    introduces: called so by a description that says it is a model or a dataset ("our
    final model, named non-local combinational class activation maps (NL-CCAM)"), or
    introduced right after the verb ("we propose a multiscale object localization
    transformer (MOLT)") with no description of its own in between ("a novel approach to
    ... a neural translation model (TM)"); and no head noun after the acronym ("a news
    recommendation (NR) model": the acronym is the task's, "model" the thing's)."""
    if description is None:
        return False
    if _CALLED.search(lowered, max(0, long_start - _CALLED_REACH), long_start):
        heads = list(_HEAD.finditer(description))
        if not heads or _kind_of(heads[-1]) == "other":
            return False
    elif len(description.split()) > 3 or _HEAD.search(description):
        return False
    following = _HEAD_AFTER.match(lowered, after)
    return (
        following is None or not following.group("head") or not _HEAD.match(following.group("head"))
    )


# An all-capitals acronym in brackets, as far as a long form before it may reach.
_ACRONYM_AHEAD = regex_cache.compile(r"[^.;()]{0,100}?\((?P<acronym>[A-Z]{3,10})\)")


def _capitals_spell_on(text: str, start: int, end: int, floor: int) -> bool:
    """Whether the name at `start`-`end` begins a long form whose capitals spell the
    acronym in brackets after it: "called COntrasting user pReference expAnsion and
    Learning (CORAL)" names CORAL, not "COntrasting"."""
    ahead = _ACRONYM_AHEAD.match(text, end)
    return ahead is not None and _capitals_long_form_start(
        text, ahead.start("acronym") - 1, floor, ahead.group("acronym")
    ) == start


def _capitals_long_form_start(text: str, paren: int, floor: int, acronym: str) -> int | None:
    """Where the long form before "(" starts when the capitals of its words, read in
    order, are exactly `acronym`, its first word starting with the first: "COntrasting user
    pReference expAnsion and Learning (CORAL)", "Spatio-temporal Long-term Partial sensing
    Forecast (SLPF)" (lower-case words `_long_form_start` stops at; asked after it)."""
    if not (3 <= len(acronym) <= 10 and acronym.isalpha() and acronym.isupper()):
        return None
    sentence_start = _sentence_start(text, None, floor, paren)
    words = list(PLAIN_WORD.finditer(text, sentence_start, paren))
    if not words or text[words[-1].end() : paren].strip(_QUOTES):
        return None
    capitals = ""
    for word in reversed(words[-(len(acronym) + 4) :]):
        written = word.group(0)
        capitals = "".join(ch for ch in written if ch.isupper()) + capitals
        if not acronym.endswith(capitals):
            return None
        if capitals == acronym:
            return word.start() if written[0] == acronym[0] else None
    return None


def _initials_long_form_start(text: str, paren: int, floor: int, acronym: str) -> int | None:
    """Where the long form before "(" starts when its words' initials spell `acronym`.

    The words (hyphenated parts count as words) are taken back from the bracket, at most
    two more than the acronym's letters; the nearest start whose initial is the acronym's
    first letter and whose initials hold all the acronym's letters, in order, wins.
    "enhanced multi-modal spatiotemporal attention network (EMSAN)" spells EMSAN.
    """
    # "density-based user representations (DURs)": a plural's "s" is no initial.
    singular = acronym[:-1] if _PLURAL_ACRONYM.search(acronym) else acronym
    letters = [c.casefold() for c in _ACRONYM_LETTER.findall(singular)]
    if len(letters) < 2:
        return None
    sentence_start = _sentence_start(text, None, floor, paren)
    words = list(PLAIN_WORD.finditer(text, sentence_start, paren))
    if not words or text[words[-1].end() : paren].strip(_QUOTES):
        return None  # something other than a word right before the bracket
    for count in range(2, min(len(words), len(letters) + 2) + 1):
        chosen = words[-count:]
        initials = [word.group(0)[0].casefold() for word in chosen]
        if initials[0] != letters[0] or initials[-1] not in letters:
            continue
        position = 0
        for initial in initials:
            if position < len(letters) and initial == letters[position]:
                position += 1
        if position == len(letters):
            return chosen[0].start()
    return None


def _defined_kind(
    lowered: str, after: int, description: str, long_form: str, *, introduced: bool = False
) -> str | None:
    """The kind of a defined name: "model", "dataset", "other" (a method, a part) or None.
    `introduced`: the words before the long form introduce it ("we propose ...")."""
    following = _HEAD_AFTER.match(lowered, after)
    if following is not None and following.group("head"):
        words = following.group("head")
        if _PART.match(words):
            return "other"
        head = _HEAD.match(words)
        if head is not None:
            return _kind_of(head)
    if following is not None and following.group("desc"):
        head = _HEAD.search(following.group("desc"))
        if head is not None:
            kind = _kind_of(head)
            joined = _AND_DATA_HEAD.match(following.group("desc"), head.end())
            # "(RARE), a unified framework and large-scale benchmark": a framework that is
            # also a benchmark is a data set.
            return "dataset" if kind == "other" and joined is not None else kind
    heads = [
        head
        for head in _HEAD.finditer(description)
        # "... sine functions for training BNNs, namely frequency domain approximation
        # (FDA)": a head right after a gerund is what the gerund acts on, not what the
        # description calls the name.
        if not _GERUND_BEFORE.search(description, 0, head.start())
    ]
    if heads and not _GERUND.search(description, heads[-1].end()):
        return _kind_of(heads[-1])
    # No head, or a verb after it whose object the long form is ("a fusion model capable
    # of predicting Gene Ontology (GO) terms"): the long form's own head says what it is.
    long_heads = list(_HEAD.finditer(long_form))
    if _headed_by_a_part(long_form):
        return "other"
    if long_heads and _method_before_preposition(long_form, long_heads):
        # "Link Prediction Method for Temporal Heterogeneous Networks (LP-THN)": a method's
        # head before a preposition, whatever its object says. (A model's head there
        # decides nothing: "Sequence Model with the Placeholder (SM-P)" and "Discriminative
        # LLM for Recommendation" name no model in their papers.)
        return "other"
    if introduced:
        # "we propose a novel Conditional Diffusion model based on discrete Graph Structures
        # (CDGS)": introduced, the head before the first preposition is what it names.
        for head in long_heads:
            if _PREPOSITION_AFTER.match(long_form, head.end()):
                return _kind_of(head)
    last = long_form.split()[-1]
    if last in ("net", "nets"):
        # "a dual-stream zorb net (DSZN)": "net" is short for network, a model head (kept out
        # of _MODEL_HEAD, where "net" would also read "net gain", "net effect").
        return "model"
    head = _HEAD.fullmatch(last)
    return _kind_of(head) if head is not None else None


_GERUND = regex_cache.compile(r"\b[a-z]{3,}ing\b")
# A gerund after a preposition right before a head noun: "for training BNNs", "by
# fine-tuning the transformers" (not "a matching network": a compound's -ing word).
_GERUND_BEFORE = regex_cache.compile(
    r"\b(?:for|by|of|when|while|after|before|in)\s+[a-z][a-z\-]{2,}ing\s+(?:(?:the|a|an)\s+)?$"
)


# A plural model head noun right after a defined acronym: "(FNO) models".
_PLURAL_HEAD_AFTER = regex_cache.compile(r"\s+(?:models|networks|architectures)\b")


# A head noun right after a bracketed name: "the ... (JSTAR) model".
_BRACKETED_NAME_THEN_HEAD = regex_cache.compile(
    r"\s?\)\s+(model|network|architecture|dataset|benchmark|corpus)\b"
)
# A name in brackets right after another, then a model's head noun: "a modified VGG16
# (MVGG16) network".
_RENAMED_THEN_HEAD = regex_cache.compile(
    r"\s?\((?P<name>[A-Z][\w\-]*[\w])\)\s+(?:model|network|architecture)\b"
)
# A bracketed long form, then a head noun: "a SCPRG (Span-trigger-based ...) model".
_NAME_LONG_FORM_THEN_HEAD = regex_cache.compile(
    r"\s?\([A-Z][^()]{3,100}\)\s+(model|network|architecture|dataset|benchmark|corpus)\b"
)
# A method's head noun after a bracketed name: "a ... network (G2LGAN) method".
_BRACKETED_NAME_THEN_METHOD = regex_cache.compile(
    r"\s?\)\s+(?:method|framework|algorithm|technique|strategy|scheme)\b"
)
# A model's head noun right before a method's ("a convolutional neural network approach").
_MODEL_BEFORE_METHOD = regex_cache.compile(
    r"\b(?:network|model|transformer|cnn|gnn)\s+(?:approach|framework|method|pipeline)\b"
)


def _kind_of(head: re.Match[str]) -> str:
    if head.group("model"):
        return "model"
    if head.group("dataset"):
        return "dataset"
    return "other"


def _unnamed_introduction(
    lowered: str, abstract_start: int, triggers: list[Trigger]
) -> EntityType | None:
    """The kind of an unnamed model or dataset the abstract introduces, if it does.

    The first verb trigger of the abstract with "we" (or "this paper") before it and "a/an/our
    <description ending in a model or dataset noun>" (or "the ..." after "propose": a
    survey "introduces the public datasets") after it decides, or "our proposed/new/novel
    <description>".
    """
    for start, _, kind in triggers:
        if start < abstract_start:
            continue
        if kind == "our":
            ours = _OUR_UNNAMED.match(lowered, start)
            if ours:
                kind = _description_head(ours.group("desc"), name_first=False)
                return kind if kind == "model" or kind == "dataset" else None
            continue
        if kind != "verb":
            continue
        subject_from = max(abstract_start, start - _UNNAMED_REACH)
        # The subject holds "we" or "this": two str.find calls rule out most windows before
        # the pattern (whose leading \b is tried at every position) runs.
        if (
            lowered.find("we", subject_from, start) == -1
            and lowered.find("this", subject_from, start) == -1
        ) or not _UNNAMED_SUBJECT.search(lowered, subject_from, start):
            continue
        unnamed = _UNNAMED.match(lowered, start)
        if unnamed:
            description = unnamed.group("desc")
            if _NP_END.search(description) or _HEAD.search(description).end() < len(description):
                # "a novel approach that trains a code generation model": the model is a
                # part of what the paper proposes, not the thing itself.
                return None
            # The noun phrase may go on past the first head noun: "an encoder based
            # iterative inversion technique" is a technique, its last head decides.
            kind = _description_head(
                description + _rest_of_noun_phrase(lowered, unnamed.end("desc")),
                name_first=False,
            )
            if kind == "dataset" and _BENCHMARK_OF_METHODS.match(lowered, unnamed.end("desc")):
                # "we present a comprehensive benchmark of eight ... PTQ methods": a study
                # that runs methods against each other, no data set of its own.
                return None
            return kind if kind == "model" or kind == "dataset" else None
    return None


# "benchmark of eight state-of-the-art (SOTA) PTQ methods", "benchmark of six GAN-based ...
# methods": what is benchmarked is methods or models, not a data set the paper makes.
_BENCHMARK_OF_METHODS = regex_cache.compile(
    r"(?<=benchmark)\s+of\s+(?:[\w\-()]+\s+){0,6}?"
    r"(?:methods|models|approaches|algorithms|techniques|llms|systems|tools|frameworks"
    r"|architectures)\b"
)


_PHRASE_STOP = regex_cache.compile(r"[,.;:()]")
# An acronym in brackets inside a noun phrase: "a contact-implicit model predictive control
# (MPC) framework" goes on to its head after it.
_BRACKETED_ACRONYM = regex_cache.compile(r" \([\w\-]{1,12}\)(?= \w)")


def _rest_of_noun_phrase(lowered: str, end: int) -> str:
    """The words after `end` up to where its noun phrase ends (a preposition, a clause, a
    participle, punctuation; at most 60 characters). A bracketed acronym inside it is read
    as spaces."""
    window = lowered[end : end + 60]
    if "(" in window:
        window = _BRACKETED_ACRONYM.sub(lambda m: " " * len(m.group()), window)
    stops = [m.start() for m in (_NP_END.search(window), _PHRASE_STOP.search(window)) if m]
    return window[: min(stops)] if stops else window


# Head nouns a title may write after its name before the colon ("ZorbNER Model: ...").
_TITLE_NAME_HEADS = frozenset({"Model", "Models", "Series", "Family", "Network"})


def _title_names(match: re.Match[str], abstract: str = "") -> Iterator[tuple[str, int]]:
    """Names before a title's colon: "ARBERT & MARBERT: ..." gives both, with offsets.

    A phrase of plain words is a name when the description after the colon starts like one,
    or when the abstract introduces it with an appositive ("we introduce Audio Dialogues: a
    multi-turn dialogue dataset").
    """
    names = match.group("names")
    parts = _TITLE_NAME_SPLIT.split(names)
    if len(parts) > 1 and not all(_is_coined(part.split()[0]) for part in parts):
        parts = [names]  # "Plug and Play Language Models" is one phrase, not two names
    offset = 0
    for part in parts:
        start = names.index(part, offset)
        offset = start + len(part)
        if not _TITLE_WORDS.match(part):
            return  # "Camels in a Changing Climate" is a phrase, not a name
        words = part.split()
        if len(words) > 1 and words[0].endswith("ing") and words[1][:1].isupper():
            # "Introducing ZorbLM: ...": the verb is the title's, the name what follows.
            verb = words[0]
            start += len(words[0]) + 1
            part, words = part[len(words[0]) + 1 :], words[1:]
            if verb not in _NAMING_VERBS and not any(_is_coined(word) for word in words):
                # "Unlocking Model Insights: A Dataset for ...": plain words after any other
                # verb are its object, no name.
                return
        if len(words) > 1 and words[-1] in _TITLE_NAME_HEADS and _is_coined(words[-2]):
            # "ZorbNER Model: ...", "ZorbGLM Series: ...": the head noun is no part of it.
            part, words = part[: -len(words[-1]) - 1], words[:-1]
        # A multi-word name without a coined word ("The Nordic Pile") is only a name when the
        # description after the colon starts like one ("A 1.2TB Nordic Dataset ...").
        if not any(_is_coined(word) for word in words) and is_task_noun(words[-1]):
            # "Revisiting Point Cloud Classification: A New Benchmark Dataset ...": the
            # plain words name the task the paper is about, whatever it presents.
            return
        if not any(_is_coined(word) for word in words) and not (
            len(words) <= 3
            and (
                _ARTICLE_START.match(match.group("desc"))
                or _introduced_with_appositive(abstract, part)
            )
        ):
            return
        yield part, start


# Title verbs whose object is a name, coined or not ("Introducing The Zorb Pile: ...").
_NAMING_VERBS = frozenset({"Introducing", "Presenting", "Announcing"})
_INTRODUCING_BEFORE = regex_cache.compile(r"\b(?:introduc|present|propos|releas)\w*\s+(?:the\s+)?$")
_APPOSITIVE_AFTER = regex_cache.compile(r"\s*[:,]\s+an?\s")


def _introduced_with_appositive(abstract: str, name: str) -> bool:
    """Whether the abstract introduces `name` and says what it is right after it: "we
    introduce Audio Dialogues: a ...", "we present Zorb Quux, an ..."."""
    position = abstract.find(name)
    while position != -1:
        if _INTRODUCING_BEFORE.search(
            abstract, max(0, position - 20), position
        ) and _APPOSITIVE_AFTER.match(abstract, position + len(name)):
            return True
        position = abstract.find(name, position + 1)
    return False


def _is_coined(name: str) -> bool:
    """A coined name (CamelCase, digits, several capitals), not an ordinary word or acronym."""
    if is_never_name(name):
        return False
    head, _, tail = name.partition("-")
    if is_never_name(head) and tail.islower():
        return False  # "LLM-written", "LM-based"
    if is_modifier_word(tail):
        return False  # "Radar-Based", "Data-Driven": a modifier in title case, no name
    if name.rpartition("-")[2].lower() in _PART_WORDS:
        return False  # "a dedicated Temporal Encoder (TE-Module)": a part of a model
    first = name.split()[0]
    # map(str.isupper, ...) runs the per-character loop in C (a generator costs several
    # times as much, and this runs for every name an introduction pattern finds).
    capitals = sum(map(str.isupper, first))
    return capitals >= 2 or any(map(str.isdigit, first)) or "-" in first


# Where the noun phrase of a description ends: a preposition, a relative clause, a
# participle, a conjunction or punctuation. Its head noun is the last one before that.
_NP_END = regex_cache.compile(
    r"(?<![\w-])(?:of|for|with|that|which|who|whose|to|from|by|using|on|in|at|via|as|where|when"
    r"|consisting|capable|able|is|are|was|were|be|been"
    # A participle after the head starts what it holds or does: "a public dataset
    # comprising ... SWE tasks" is a dataset, "a framework leveraging LLMs" a framework.
    r"|comprising|containing|covering|spanning|featuring|including|built|trained|designed"
    r"|composed|collected|derived|tailored|leveraging|combining|integrating|enabling"
    r"|providing|offering|allowing|utilizing|utilising|employing|exploiting|incorporating"
    r"|coupling"
    # "CtrlAni3D, a novel large-scale synthetic dataset created through a new ... pipeline"
    r"|created|generated|constructed|obtained|curated|synthesi[sz]ed|produced|gathered"
    r"|annotated|developed)(?![\w-])|[;:]"
)
# A parenthesis the description starts with: "MTOB (Machine Translation from One Book), a
# benchmark ...", "Tele-FLM (aka FLM-2), a 52B ... model".
_LEADING_ASIDE = regex_cache.compile(r"^[^()]*\)\s*,?\s*")
# An article and an adverb or two, then _NP_END's participle ("a tailored", "a specially
# designed"), up to the participle's end.
_ARTICLE_THEN_PARTICIPLE = regex_cache.compile(r"\s*(?:an?|the)\s+(?:[a-z]+ly\s+){0,2}[a-z]+$")
# "eCeLLM, a series of e-commerce LLMs": what a series or family holds is what the name is.
_MEMBERS_OF = regex_cache.compile(r"^\s*(?:an?\s+)?(?:new\s+)?(?:series|family|line)\s+of\s+")


# Capitalised words joined by a preposition, then a lower-case word: "Sequence to
# Expression network" (not "Transformer for Graphs", which ends the description).
_TITLE_CASE_GLUE = regex_cache.compile(
    r"(?<![\w-])[A-Z][a-z]+ (?:to|of|for|with|on|in) [A-Z][a-z]+(?: [A-Z][a-z]+)*(?= [a-z])"
)


def _joined(match: re.Match[str]) -> str:
    """The Title Case long form with underscores for spaces: one word to _NP_END."""
    return match.group().replace(" ", "_")


def _description_head(description: str, *, name_first: bool) -> str | None:
    """What a description says the name is: "model", "dataset", "other" (a method,
    framework, ...) or None (no head noun).

    The head is the last head noun of the description's noun phrase, which ends at the
    first preposition, relative clause or conjunction: "BiMix, a data mixing law that
    models ..." is a law (no head), not a model; "TP-BERTa, a pre-trained LM for tables" is
    an LM. A description before the name is all noun phrase ("a new streaming speech
    synthesis model, CosyVoice 2").
    """
    if name_first and " " in description:
        # "Seq2Exp, a Sequence to Expression network": a Title Case long form's glue word
        # is no end of the noun phrase when a lower-case head noun follows the long form.
        description = _TITLE_CASE_GLUE.sub(_joined, description)
    lowered = description.lower()
    if name_first:
        lowered = _LEADING_ASIDE.sub("", lowered)
        lowered = _MEMBERS_OF.sub("", lowered)
        end = _NP_END.search(lowered)
        if end is not None and _ARTICLE_THEN_PARTICIPLE.match(lowered, 0, end.end()):
            # "DiffPuter, a tailored diffusion model": a participle right after the article
            # describes the head noun to come; it ends nothing.
            end = _NP_END.search(lowered, end.end())
        if end is not None:
            lowered = lowered[: end.start()]
    heads = list(_HEAD.finditer(lowered))
    if not heads:
        return None
    kind = _kind_of(heads[-1])
    if kind != "other" and _method_before_preposition(lowered, heads):
        # "a link prediction method for temporal heterogeneous networks (LP-THN)", "an
        # accurate post-training quantization framework of diffusion models (APQ-DM)": the
        # method is what the name names; the models are the preposition's object.
        return "other"
    if kind == "other" and len(heads) >= 2:
        # "AbRank, a large-scale benchmark and evaluation framework": a benchmark the text
        # names together with a framework is a data set (a model so is a model).
        first = _kind_of(heads[-2])
        if (first == "model" or first == "dataset") and _COORDINATED.fullmatch(
            lowered, heads[-2].end(), heads[-1].start()
        ):
            return first
    return kind


def _method_before_preposition(lowered: str, heads: list[re.Match[str]]) -> bool:
    """Whether a method's head noun stands right before a preposition, ahead of the
    description's last head: "a ... method for ... networks", "a ... framework of ...
    models". A model's or a data set's head there decides nothing (`_defined_kind`)."""
    for head in heads[:-1]:
        if _kind_of(head) == "other" and _PREPOSITION_AFTER.match(lowered, head.end()):
            return True
    return False


# A part's noun right before the phrase's first preposition ("imputation block with").
_PART_BEFORE_PREPOSITION = regex_cache.compile(
    r"\b(?:" + "|".join(_PART_NOUNS) + r")s?\s+(?:for|of|with|via|on|using|from|in)\s"
)


def _headed_by_a_part(phrase: str) -> bool:
    """Whether a part's noun heads a lower-cased phrase before its first preposition, with
    no other head noun before it: "an imputation block with an RNN unit (IB-RNN)" names a
    part of a model, whatever model the preposition's object names."""
    part = _PART_BEFORE_PREPOSITION.search(phrase)
    return part is not None and not any(
        head.start() < part.start() for head in _HEAD.finditer(phrase, 0, part.start())
    )


# A preposition right after a head noun: its object is not what the noun phrase names.
_PREPOSITION_AFTER = regex_cache.compile(r"\s+(?:for|of|with|via|on|using|from|in|based\s+on)\s")


# Between two head nouns of one noun phrase: "and" and up to two words of the second.
_COORDINATED = regex_cache.compile(r"\s+and\s+(?:[\w-]+\s+){0,2}")


# A codebase or a toolkit given a name: "we build a unified codebase called ...".
_CODEBASE_CALLED = regex_cache.compile(
    r"\b(?:codebase|toolkit|toolbox|library)\s+(?:called|named|dubbed|termed)\s"
)


def _called_a_codebase(text: str, title_length: int, name: str) -> bool:
    """Whether the abstract calls `name` a codebase or a toolkit: the naming words, then the
    name or a long form and the name in brackets within a hundred characters."""
    for called in _CODEBASE_CALLED.finditer(text, title_length):
        window = text[called.end() : called.end() + 100]
        if window.startswith(name) or f"({name})" in window:
            return True
    return False


def _title_head(description: str) -> str | None:
    """What the noun phrase after a title's colon says the name is: "model", "dataset",
    "other" (a method, framework, approach...), or None when it ends in no head noun."""
    phrase = _TRANSPARENT.sub("", description.strip())
    first_word = phrase.split(" ", 1)[0]
    if first_word in ("Benchmarking", "benchmarking"):
        # "TARGET: Benchmarking Table Retrieval for ...": the name is the benchmark.
        return "dataset"
    if first_word.endswith("ing") and "-" not in first_word:
        # "X: Leveraging ...", "X: leveraging ...": a verb phrase, not a description of X
        # ("Content-Parsing Generative Adversarial Networks" is an adjective, not a verb).
        return None
    if first_word in ("Towards", "Toward", "towards", "toward"):
        # "GraphDefense: Towards Robust Graph Convolutional Networks": what X aims at, not
        # what X is.
        return None
    cut = _TITLE_PHRASE_END.search(phrase)
    noun_phrase = phrase[: cut.start()] if cut else phrase
    if cut and cut.group() == "," and phrase[cut.end() : cut.end() + 2].strip()[:1].isupper():
        # "A Low-Frame-Rate, Semantically-Enhanced Neural Audio Codec for ...": a comma
        # between two Title Case modifiers; the noun phrase goes on to its head.
        rest = phrase[cut.end() :]
        rest_cut = _TITLE_PHRASE_END.search(rest)
        continued = rest[: rest_cut.start()] if rest_cut else rest
        if len(continued.split()) <= 5:
            noun_phrase = continued
    last_words = " ".join(noun_phrase.split()[-3:]).lower()
    heads = list(_HEAD.finditer(last_words))
    if not heads or not last_words.rstrip().endswith(heads[-1].group(0)):
        return None
    if heads[-1].group(0) == "challenges":
        # "Few-Shot Object Detection: Research Advances and Challenges", "... : Open
        # Challenges": a survey's problems; a competition names itself in the singular ("The
        # Zorb 2023 Challenge").
        return None
    return _kind_of(heads[-1])
