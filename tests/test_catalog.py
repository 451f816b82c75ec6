"""The shipped catalog holds the facts the linker relies on, and bad catalogs name their place.

Guard facts are asserted through `lookup()`, the same exact-alias path the matcher uses, so a
typo in an alias fails here rather than as a silently wrong graph edge.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citegraph.graph.errors import InputError
from citegraph.graph.records import Dataset, Edge, EdgeType, Model
from citegraph.linker.catalog import Catalog, load_catalog, load_files


def one(catalog: Catalog, text: str) -> str:
    found = catalog.lookup(text)
    assert len(found) == 1, f"{text!r} -> {found}"
    return found[0]


def test_counts_meet_targets(catalog: Catalog) -> None:
    models = [e for e in catalog.entries.values() if e.type == "model"]
    datasets = [e for e in catalog.entries.values() if e.type == "dataset"]
    assert len(models) >= 250
    assert len(datasets) >= 200
    assert catalog.version == "2026.12.0"


@pytest.mark.parametrize(
    ("child", "ancestor"),
    [
        ("Flan-T5", "T5"),
        ("Vicuna", "Llama 2"),
        ("Alpaca-7B", "LLaMA"),
        ("Zephyr", "Mistral"),
        ("Code Llama", "Llama 2"),
        ("Flan-T5-XL", "T5-v1.1-XL"),
        ("Vicuna-7B-v1.5", "Llama-2-7B"),
        ("Llama-2-7B-Chat", "Llama 2"),
        ("Llama-4-Scout-17B-16E", "Llama 4"),
    ],
)
def test_lineage(catalog: Catalog, child: str, ancestor: str) -> None:
    assert one(catalog, ancestor) in catalog.ancestors(one(catalog, child))


def test_mt5_and_speecht5_do_not_descend_from_t5(catalog: Catalog) -> None:
    t5 = one(catalog, "T5")
    for name in ("mT5", "SpeechT5", "ByT5"):
        assert t5 not in catalog.ancestors(one(catalog, name))


@pytest.mark.parametrize(
    "names",
    [
        ("GPT-4", "GPT-4o", "GPT-4 Turbo", "GPT-4o mini"),
        ("Llama-2-7b", "Llama-2-13b", "Llama 2"),
        ("Llama 3", "Llama 3.1", "Llama 4", "Llama-4-Scout-17B-16E"),
        ("CIFAR-10", "CIFAR-100"),
        ("BERT", "RoBERTa", "ALBERT", "DeBERTa", "DistilBERT"),
        ("T5", "mT5", "SpeechT5", "Flan-T5", "ByT5"),
        ("ImageNet", "ImageNet-21k", "ImageNet-1k"),
        ("SWAG", "HellaSwag"),
        ("C4", "mC4"),
        ("VoxCeleb", "VoxCeleb1", "VoxCeleb2"),
    ],
)
def test_distinct_entities(catalog: Catalog, names: tuple[str, ...]) -> None:
    ids = [one(catalog, name) for name in names]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize(
    "spellings",
    [
        ("SQuAD v2", "SQuAD 2.0", "SQuAD2.0"),
        ("MSMARCO", "MS MARCO", "ms marco"),
        ("Llama 2", "LLaMA-2", "Llama2", "LLaMA 2"),
        # One family whatever the spelling (transformers' model type "Llama4" alone made
        # "Llama 4" an unseen name of its own beside it).
        ("Llama 4", "Llama-4", "Llama4", "LLaMA 4", "Meta Llama 4"),
        ("Flan-T5", "FLAN-T5", "Flan T5"),
        ("ImageNet-22k", "ImageNet-21k"),
    ],
)
def test_same_entity(catalog: Catalog, spellings: tuple[str, ...]) -> None:
    assert len({one(catalog, s) for s in spellings}) == 1


def test_checkpoint_ids_use_hub_ids(catalog: Catalog) -> None:
    # Hub ids a package states (LlamaConfig's docstring, lm-eval's mmlu dataset_path).
    assert one(catalog, "Llama-2-7B") == "model:hf:meta-llama/Llama-2-7b-hf"
    assert one(catalog, "bert-base-uncased") == "model:hf:google-bert/bert-base-uncased"
    assert one(catalog, "MMLU") == "dataset:hf:cais/mmlu"
    assert one(catalog, "GPT-4") == "model:gpt-4"


def test_a_hub_id_no_package_states_is_kept_unverified_and_not_used(catalog: Catalog) -> None:
    # SST-2: no package the generator reads states stanfordnlp/sst2 (SQuAD 2.0 was the
    # example until inspect-evals, read in the sixth round, stated rajpurkar/squad_v2).
    sst2 = catalog.entries[one(catalog, "SST-2")]
    assert (sst2.id, sst2.hf_id, sst2.unverified_hf_id) == (
        "dataset:sst-2", None, "stanfordnlp/sst2",
    )  # fmt: skip
    node = next(r for r in catalog.to_records() if r.id == sst2.id)
    assert node.hf_id is None


def test_cased_aliases_do_not_match_ordinary_words(catalog: Catalog) -> None:
    assert catalog.lookup("OPT")
    for word in ("opt", "bloom", "palm", "falcon", "phi", "pile", "glue", "whisper"):
        assert catalog.lookup(word) == (), word


def test_every_alias_maps_to_one_entity_unless_declared(catalog: Catalog) -> None:
    for alias in catalog.aliases():
        found = catalog.lookup(alias.text)
        if len(found) > 1:
            assert alias.text.casefold() in catalog.ambiguous, alias
    assert set(catalog.ambiguous["alpaca"]) == {"model:alpaca", "dataset:alpaca-dataset"}


def test_to_records(catalog: Catalog) -> None:
    records = list(catalog.to_records())
    nodes = [r for r in records if isinstance(r, Model | Dataset)]
    edges = [r for r in records if isinstance(r, Edge)]
    assert len(nodes) == len(catalog)
    assert all(n.origin == "catalog" for n in nodes)
    pairs = {(e.source, e.target, e.type) for e in edges}
    assert (
        "model:hf:meta-llama/Llama-2-7b-hf",
        one(catalog, "Llama 2"),
        EdgeType.VARIANT_OF,
    ) in pairs
    assert (one(catalog, "SQuAD 2.0"), one(catalog, "SQuAD"), EdgeType.VARIANT_OF) in pairs
    based_on = [e for e in edges if e.type == EdgeType.BASED_ON]
    assert based_on and all(e.relation for e in based_on)


GOOD = """\
version = "2026.11.0"

[[family]]
key = "t5"
name = "T5"
kind = "seq2seq"
source = "test"
checkpoint = [
  { key = "t5-base", name = "T5-base", size = "base", hf_id = "google-t5/t5-base" },
]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "extra.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.slow
def test_user_file_extends_shipped_catalog(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[[family]]\nkey = "our-t5"\nname = "OurClinicT5"\nkind = "seq2seq"\nsource = "ours"\n'
        'derived_from = ["t5"]\nrelation = "finetune"\n',
    )
    catalog = load_catalog([path])
    assert "model:ourclinict5" in catalog.entries
    assert catalog.lineage["model:ourclinict5"][0].relation == "finetune"


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        (
            GOOD + '\n[[family]]\nkey = "t5"\nname = "T5 again"\nkind = "llm"\nsource = "x"\n',
            13,
            "duplicate model key 't5'",
        ),
        (
            GOOD + '\n[[family]]\nkey = "flan"\nname = "Flan"\nkind = "llm"\nsource = "x"\n'
            'derived_from = ["t6"]\nrelation = "finetune"\n',
            13,
            "unknown key 't6'",
        ),
        (
            GOOD + '\n[[family]]\nkey = "x"\nname = "X"\naliases = ["T5"]\nkind = "llm"\n'
            'source = "x"\n',
            13,
            "alias 't5' names both",
        ),
        (
            GOOD + '\n[[family]]\nkey = "x"\nname = "X"\naliases = [""]\nkind = "llm"\n'
            'source = "x"\n',
            13,
            "empty alias",
        ),
        (GOOD.replace('size = "base"', 'size = "large"'), 9, "contradicts name 'T5-base'"),
        (
            GOOD + '\n[[family]]\nkey = "opt"\nname = "OPT"\nkind = "llm"\nsource = "x"\n',
            13,
            "ordinary word",
        ),
        (
            GOOD + '\n[[family]]\nkey = "y"\nname = "Y"\nkind = "robot"\nsource = "x"\n',
            13,
            "family.1.kind",
        ),
        (GOOD + "\n[[family]\n", 12, "bad TOML"),
        (
            GOOD.replace(
                'version = "2026.11.0"\n', 'version = "2026.11.0"\nambiguous_aliases = ["T5"]\n'
            ),
            1,
            "not shared",
        ),
    ],
)
def test_bad_catalog_names_file_and_line(tmp_path: Path, text: str, line: int, reason: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputError) as info:
        load_files(path)
    assert info.value.path == str(path)
    assert info.value.line == line, str(info.value)
    assert reason in info.value.reason


@pytest.mark.slow
def test_user_file_cannot_reuse_shipped_alias(tmp_path: Path) -> None:
    path = write(
        tmp_path, '[[family]]\nkey = "gpt4-clone"\nname = "GPT-4"\nkind = "llm"\nsource = "x"\n'
    )
    with pytest.raises(InputError) as info:
        load_catalog([path])
    assert info.value.path == str(path) and info.value.line == 2
