"""Readers of a fifty-ninth round (requirements-read-round59.txt), in sources.py's style.
A proactive round: names papers use and the catalog lacked, from speech toolkits' model
registries and tables and from reinforcement-learning and robotics benchmarks, where a
package states them. Eight distributions are new, all installed without their dependencies:
funasr 1.4.16 (Alibaba's speech recognition toolkit), paddlespeech 1.5.0 (Baidu's speech
toolkit), procgen2 0.10.7 (a rebuild of OpenAI's procgen 0.10.7 for Python 3.11; procgen's
own wheels stop at 3.10), crafter 1.8.3, craftax 1.6.1, robosuite 1.5.2, robomimic 0.3.0 and
hf-libero 0.1.4 (Hugging Face's maintained LIBERO). Every place is read as files (module
source through `ast`, the package metadata's description), never imported.

- funasr: the model a class its model registry files (`@tables.register("model_classes",
  "<key>")` in `models/*/model.py`) names where its docstring opens with a name, "<Name>:
  ...", "<Name> (<long form>): ..." or "<Name> <Words> Model.", or where a line of it is the
  title of the paper an arXiv link on the next line gives, "<Name>: <title>", and the name
  read without case and separators (a "+" read "p" or "plus", as identifiers write it) is the
  class's or a registered key (`registered_model`: "Paraformer: Non-autoregressive
  End-to-End ASR Model." of Paraformer, "SeACo-Paraformer: ..." of SeacoParaformer, "CAM++
  Speaker Verification Model." of CAMPPlus, "emotion2vec: Self-Supervised Pre-Training ..."
  with its arXiv link of Emotion2vec).
- funasr: the model its description links a paper for, "[<Name> paper](https://arxiv.org/
  abs/...)" (`paper_link`: SenseVoice).
- paddlespeech: the names of the HTML tables under its description's "## Model List", the
  cells of the columns headed "Model Type" (models) and "Dataset" (data sets), each cell's
  items split at " / " and ", ", an item kept where it is one to three words each opening
  with a capital or a digit (`model_list_cells`: SpeedySpeech, ERNIE-SAT, DiffSinger,
  WaveFlow, MDTC, Transformer TTS, GE2E (denied below); AISHELL-3; descriptions such as
  "Transformer based Attention Models", mixes with "+" and "VoxCeleb1/2" are not one name).
- procgen2, crafter, craftax, robosuite, robomimic: the benchmark a package's description
  is titled by, its first level-1 Markdown heading outside code (a leading emblem dropped),
  where the heading, or the heading without a trailing " Benchmark" (then the heading an
  alias), read without case and separators is the package's import name
  (`description_title`: "# Procgen Benchmark" of procgen, "# Crafter", "# ⛏️ Craftax",
  "# robosuite", "# robomimic"). Crafter is a word; rules.REVIEWED_DATASET_WORDS keeps it as
  written.
- procgen2: the environments `procgen/env.py`'s literal `ENV_NAMES` lists (`env_names`), as
  written; the guard keeps the coined ones (bigfish, bossfight, caveflyer, fruitbot,
  starpilot; coinrun is the catalog's CoinRun) and leaves the words out (maze, heist, miner).
- hf-libero: the task suites its description sets in bold as "**<Name>-<Suffix>**" where
  "**<Name>**" is set in bold too and read without case is the import name (`bold_suites`:
  LIBERO-Spatial, LIBERO-Object, LIBERO-Goal, LIBERO-100, LIBERO-90, LIBERO-10 of LIBERO).

docs/catalog.md ("A fifty-ninth round of sources") states the rules, and what was looked
at and not read.
"""

from __future__ import annotations

import ast
import html
import itertools
import re

import sources
import sources_more
import sources_round58
from rules import Fact, norm

# Names this round's places state that the catalog must not take from them, beside the
# earlier rounds' lists; each with its reason.
DENY_ROUND59: dict[str, str] = {
    # funasr models/bat/model.py "BAT (Boundary-Aware Transducer): ...".
    "BAT": "the word in capitals (and the animal); the Boundary-Aware Transducer is named "
    "so by FunASR alone",
    # funasr models/llm_asr/model.py "LLM-ASR: Large Language Model based Speech
    # Recognition."
    "LLM-ASR": "a class of systems (any recogniser decoding with a large language model), "
    "not one model",
    # funasr models/monotonic_aligner/model.py "MonotonicAligner: Forced alignment model ...".
    "MonotonicAligner": "a class identifier of a generic forced aligner; no paper names a model so",
    # funasr models/paraformer_streaming and contextual_paraformer: "ParaformerStreaming:
    # Streaming (online) version of Paraformer.", "ContextualParaformer: Paraformer with
    # hotword/context biasing."
    "ParaformerStreaming": "a class identifier of Paraformer's streaming mode; papers write "
    "'streaming Paraformer', which the Paraformer entry links",
    "ContextualParaformer": "a class identifier of Paraformer with hotword biasing; papers "
    "write 'contextual Paraformer', which the Paraformer entry links",
    # funasr models/qwen_audio/model.py QwenAudioChatWarp "QwenAudioChat: Qwen Audio Chat
    # model wrapper."
    "QwenAudioChat": "a wrapper class's identifier; the model is Qwen-Audio-Chat, which papers "
    "write with its hyphens",
    # funasr models/sanm/model.py: the paper title's "San-m: Memory equipped self-attention
    # ..." (the paper writes SAN-M).
    "San-m": "FunASR's lower-cased copy of the title's SAN-M; the entry would be named by a "
    "spelling no paper writes",
    # funasr models/fsmn_kws, fsmn_kws_mt, sanm_kws: "FSMN-KWS: Keyword Spotting model using
    # FSMN architecture.", "FSMN-KWS-MT: ...", "SANM-KWS: ...".
    "FSMN-KWS": "an architecture (FSMN) named with its task (keyword spotting); papers name "
    "the architecture",
    "FSMN-KWS-MT": "FSMN-KWS's multi-task configuration; papers name the architecture",
    "SANM-KWS": "an architecture (SAN-M) named with its task (keyword spotting); papers "
    "name the architecture",
    # paddlespeech's Model List: the audio-classification row's "PANN".
    "PANN": "the singular of PANNs, which the catalog has; a second entry for one model",
    # paddlespeech's Model List: the voice-cloning rows' "GE2E".
    "GE2E": "names the generalized end-to-end loss as often as the speaker encoder trained "
    "with it (as recbole's BPR, denied for its loss)",
    # paddlespeech's Model List: the alignment row's "MFA" (Montreal Forced Aligner).
    "MFA": "a tool (the Montreal Forced Aligner), and also multi-factor authentication and "
    "other terms in capitals",
    # paddlespeech's Model List: the language-model row's "Ngram Language Model".
    "Ngram Language Model": "the n-gram language model, a class of models",
    # paddlespeech's Model List: the TTS dataset cells "ZH_EN" and the punctuation row's
    # "IWLST2012_zh".
    "ZH_EN": "a language pair (Chinese-English mixed recipes), not a data set's name",
    "IWLST2012_zh": "a misspelling of IWSLT 2012's Chinese part in the table; no paper writes it",
}

# Denied by an earlier round (round 58's `_denied`, which asks the rounds before it) or by
# this one.
_denied = sources_more.denial(sources_round58._denied, DENY_ROUND59)


# -- name rules (pure) ------------------------------------------------------------------------


def spellings(name: str) -> set[str]:
    """The identifier readings of a name, read without case and separators, each "+" read
    "p" or "plus" (identifiers cannot write "+"): "CAM++" -> {"campp", "campplus",
    "camplusp", "camplusplus"}; "SeACo-Paraformer" -> {"seacoparaformer"}."""
    parts = norm(name).split("+")
    readings = {""}
    for part, joiner in zip(parts, [*(["+"] * (len(parts) - 1)), ""], strict=True):
        readings = {r + part for r in readings}
        if joiner:
            readings = {r + j for r in readings for j in ("p", "plus")}
    return readings


_OPENING = re.compile(r"([^\s:()]+)(?: \([^)]*\))?: \S")
_MODEL_LINE = re.compile(r"([^\s:()]+) (?:[A-Z][\w-]* )+Model\.$")
_ARXIV = re.compile(r"https?://arxiv\.org/(?:abs|pdf)/\d{4}\.\d{4,5}")


def registered_model(keys: list[str], class_name: str, doc: str) -> str | None:
    """The model a class FunASR's registry files under `keys` names in its docstring: an
    opening "<Name>: ...", "<Name> (<long form>): ..." or "<Name> <Words> Model.", or a line
    "<Name>: <paper title>" followed by an arXiv link, where the name read without case and
    separators ("+" read "p" or "plus") is the class's or a key's:
    (["Paraformer"], "Paraformer", "Paraformer: Non-autoregressive End-to-End ASR Model.")
    -> "Paraformer"; (["CAMPPlus"], "CAMPPlus", "CAM++ Speaker Verification Model.") ->
    "CAM++"; (["Emotion2vec"], "Emotion2vec", "Author: ...\\nemotion2vec: Self-Supervised
    ...\\nhttps://arxiv.org/abs/2312.15185") -> "emotion2vec"; a docstring of another name
    ("CTC-attention hybrid Encoder-Decoder model" of SenseVoiceSmall) -> None."""
    identifiers = {norm(class_name)} | {norm(k) for k in keys}
    lines = [line.strip() for line in doc.strip().splitlines()]
    candidates: list[str] = []
    if lines:
        for pattern in (_OPENING, _MODEL_LINE):
            found = pattern.match(lines[0])
            if found:
                candidates.append(found[1])
    for line, following in itertools.pairwise(lines):
        found = _OPENING.match(line)
        if found and _ARXIV.match(following):
            candidates.append(found[1])
    for name in candidates:
        if spellings(name) & identifiers:
            return name
    return None


_PAPER_LINK = re.compile(r"\[([A-Z][\w+.-]*[\w+]) paper\]\(https?://arxiv\.org/abs/[\d.]+\)")


def paper_link(description: str) -> list[str]:
    """The models a description links a paper for by name, "[<Name> paper](https://arxiv.org/
    abs/<id>)": "See the [SenseVoice paper](https://arxiv.org/abs/2407.04051)" ->
    ["SenseVoice"]; "[paper](https://arxiv.org/abs/...)" names nothing."""
    return list(dict.fromkeys(_PAPER_LINK.findall(description)))


def _cell_text(cell: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", cell)).split())


def html_table_rows(table: str) -> list[list[str]]:
    """The rows of an HTML table as lists of cell texts (tags dropped), a cell spanning
    rows (`rowspan`) or columns (`colspan`) repeated in each row and column it spans:
    a row after a `rowspan="2"` cell begins with that cell's text."""
    rows: list[list[str]] = []
    carried: dict[int, tuple[int, str]] = {}  # column -> (rows still spanned, text)
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S):
        queue = re.findall(r"<t[dh]([^>]*)>(.*?)</t[dh]>", row, re.S)
        out: list[str] = []
        while queue or len(out) in carried:
            if len(out) in carried:
                left, text = carried.pop(len(out))
                if left > 1:
                    carried[len(out)] = (left - 1, text)
                out.append(text)
                continue
            attrs, cell = queue.pop(0)
            spans = {k: int(n) for k, n in re.findall(r'(rowspan|colspan)\s*=\s*"?(\d+)', attrs)}
            for _ in range(spans.get("colspan", 1)):
                if spans.get("rowspan", 1) > 1:
                    carried[len(out)] = (spans["rowspan"] - 1, _cell_text(cell))
                out.append(_cell_text(cell))
        rows.append(out)
    return rows


_TABLE_NAME = re.compile(r"[A-Z\d][\w.+-]*(?: [A-Z\d][\w.+-]*){0,2}")


def table_names(cell: str) -> list[str]:
    """The names a table cell lists: its items split at " / " and ", ", each kept where it
    is one to three words each opening with a capital or a digit ("LJSpeech / VCTK /
    AISHELL-3 / finetune" -> ["LJSpeech", "VCTK", "AISHELL-3"]; "Transformer based Attention
    Models", "GE2E + VITS", "VoxCeleb1/2" -> [])."""
    items = re.split(r" / |, ", cell)
    return [i for i in items if _TABLE_NAME.fullmatch(i) and not re.search(r" \+ |\+ ", i)]


def model_list_cells(description: str) -> list[tuple[str, str, str]]:
    """(column, name, table anchor) of each name the HTML tables under a description's "##
    Model List" heading give in their "Model Type" and "Dataset" columns (`table_names`),
    in the order written; the anchor is the `<a name="...">` before the table
    ("TextToSpeech")."""
    section = description.split("## Model List", 1)[1] if "## Model List" in description else ""
    section = re.split(r"\n## ", section, maxsplit=1)[0]
    found: list[tuple[str, str, str]] = []
    for anchor, table in re.findall(r'<a name="([^"]+)">(.*?)</table>', section, re.S):
        rows = html_table_rows(table)
        if not rows:
            continue
        header = rows[0]
        for row in rows[1:]:
            for column, cell in zip(header, row, strict=False):
                if column in ("Model Type", "Dataset"):
                    found += [(column, name, anchor) for name in table_names(cell)]
    return found


def description_title(import_name: str, description: str) -> tuple[str, list[str]] | None:
    """(name, aliases) of the benchmark a description is titled by: its first level-1
    Markdown heading outside fenced code, a leading emblem dropped, where the heading, or
    the heading without a trailing " Benchmark" (then the heading an alias), read without
    case and separators is the import name: ("procgen", "# Procgen Benchmark") ->
    ("Procgen", ["Procgen Benchmark"]); ("crafter", "# Crafter") -> ("Crafter", []);
    ("craftax", "# ⛏️ Craftax") -> ("Craftax", []); ("libero", "# Contents") -> None."""
    line = sources_more.first_title(description)
    if line is None:
        return None
    heading = re.sub(r"^[^\w]+", "", line[2:]).strip()
    if norm(heading) == norm(import_name):
        return heading, []
    short = re.sub(r" Benchmark$", "", heading)
    if short != heading and norm(short) == norm(import_name):
        return short, [heading]
    return None


def env_names(source: str) -> list[str]:
    """The strings of a module's literal `ENV_NAMES = [...]` list: procgen's env.py
    'ENV_NAMES = ["bigfish", "bossfight", ...]' -> ["bigfish", "bossfight", ...]."""
    for node in ast.parse(source).body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "ENV_NAMES" for t in node.targets)
            and isinstance(node.value, ast.List)
        ):
            return [e.value for e in node.value.elts if isinstance(e, ast.Constant)]
    return []


def bold_suites(import_name: str, description: str) -> list[str]:
    """The suites a description sets in bold as "**<Name>-<Suffix>**", where "**<Name>**" is
    set in bold too and read without case is the import name: ("libero", "**LIBERO**
    provides ... **LIBERO-Spatial**, **LIBERO-Object** ...") -> ["LIBERO-Spatial",
    "LIBERO-Object"]."""
    bold = re.findall(r"\*\*([^*\n]+)\*\*", description)
    platforms = [b for b in bold if norm(b) == norm(import_name)]
    if not platforms:
        return []
    platform = platforms[0]
    suites = [b for b in bold if re.fullmatch(rf"{re.escape(platform)}-[A-Z\d][A-Za-z\d]*", b)]
    return list(dict.fromkeys(suites))


# -- readers ----------------------------------------------------------------------------------


def _registered_keys(node: ast.ClassDef) -> list[str]:
    """The keys a class is filed under in FunASR's model registry, its decorators
    `@tables.register("model_classes", "<key>")` with a literal key."""
    keys = []
    for decorator in node.decorator_list:
        if (
            isinstance(decorator, ast.Call)
            and ast.unparse(decorator.func) == "tables.register"
            and len(decorator.args) == 2
            and all(isinstance(a, ast.Constant) for a in decorator.args)
            and decorator.args[0].value == "model_classes"
        ):
            keys.append(str(decorator.args[1].value))
    return keys


def funasr_model_facts() -> list[Fact]:
    """The models FunASR's registered model classes name (`registered_model`: Paraformer,
    SeACo-Paraformer, CAM++, ERes2NetV2, emotion2vec, Fun-ASR-Nano, ...) and the model its
    description links a paper for (`paper_link`: SenseVoice); families of kind speech."""
    v, root = sources._package("funasr", "funasr")
    facts: list[Fact] = []
    for path in sorted((root / "models").glob("*/model.py")):
        for node, doc in sources_more.classes(path):
            keys = _registered_keys(node)
            name = registered_model(keys, node.name, doc) if keys else None
            if name:
                where = f"{v}: models/{path.parent.name}/model.py {node.name} docstring"
                sources_more.append_new_fact(facts, _denied, Fact("model", "family", name, where,
                                                                  kind="speech"))  # fmt: skip
    for name in paper_link(sources.description("funasr")):
        where = f"{v}: package description '[{name} paper](...)'"
        sources_more.append_new_fact(facts, _denied, Fact("model", "family", name, where,
                                                          kind="speech"))  # fmt: skip
    return facts


def paddlespeech_model_list_facts() -> tuple[list[Fact], list[Fact]]:
    """(models, data sets) PaddleSpeech's description tabulates under "## Model List"
    (`model_list_cells`): the text-to-speech table's models are of kind audio, the others'
    of kind speech; data sets of modality speech."""
    v = sources.source_label("paddlespeech")
    models: list[Fact] = []
    datasets: list[Fact] = []
    for column, name, anchor in model_list_cells(sources.description("paddlespeech")):
        where = f"{v}: package description Model List ({anchor}) '{column}' '{name}'"
        if column == "Model Type":
            kind = "audio" if anchor == "TextToSpeech" else "speech"
            sources_more.append_new_fact(models, _denied, Fact("model", "family", name, where,
                                                               kind=kind))  # fmt: skip
        else:
            fact = Fact("dataset", "dataset", name, where, kind="dataset", modality="speech")
            sources_more.append_new_fact(datasets, _denied, fact)
    return models, datasets


# (distribution, import name) of the benchmarks named by their description's title.
_TITLED = (
    ("procgen2", "procgen"),
    ("crafter", "crafter"),
    ("craftax", "craftax"),
    ("robosuite", "robosuite"),
    ("robomimic", "robomimic"),
)


def benchmark_title_facts() -> list[Fact]:
    """The benchmarks the descriptions of procgen2, crafter, craftax, robosuite and
    robomimic are titled by (`description_title`: Procgen, Crafter, Craftax, robosuite,
    robomimic); benchmarks of modality embodied."""
    facts: list[Fact] = []
    for distribution, import_name in _TITLED:
        found = description_title(import_name, sources.description(distribution))
        if found:
            name, aliases = found
            where = f"{sources.source_label(distribution)}: package description heading "
            where += f"'{aliases[0] if aliases else name}'"
            fact = Fact("dataset", "dataset", name, where, aliases=aliases, kind="benchmark",
                        modality="embodied")  # fmt: skip
            sources_more.append_new_fact(facts, _denied, fact, *aliases)
    return facts


def procgen_env_facts() -> list[Fact]:
    """The environments procgen's `env.py` lists in `ENV_NAMES` (`env_names`), read from
    procgen2's copy; benchmarks of modality embodied."""
    v, root = sources._package("procgen2", "procgen")
    facts: list[Fact] = []
    for name in env_names((root / "env.py").read_text(encoding="utf-8")):
        where = f"{v}: procgen/env.py ENV_NAMES '{name}'"
        sources_more.append_new_fact(facts, _denied, Fact("dataset", "dataset", name, where,
                                                          kind="benchmark",
                                                          modality="embodied"))  # fmt: skip
    return facts


def libero_suite_facts() -> list[Fact]:
    """The task suites hf-libero's description sets in bold (`bold_suites`: LIBERO-Spatial,
    LIBERO-Object, LIBERO-Goal, LIBERO-100, LIBERO-90, LIBERO-10); benchmarks of modality
    embodied, as the catalog's LIBERO."""
    v = sources.source_label("hf-libero")
    facts: list[Fact] = []
    for name in bold_suites("libero", sources.description("hf-libero")):
        where = f"{v}: package description '**{name}**'"
        sources_more.append_new_fact(facts, _denied, Fact("dataset", "dataset", name, where,
                                                          kind="benchmark",
                                                          modality="embodied"))  # fmt: skip
    return facts
