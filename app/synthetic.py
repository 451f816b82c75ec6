"""Synthetic graphs of any size, built through the record model and the networkx store.

The bundled data has only papers until the linker lands, yet the exports must be tested and
benchmarked on Paper/Model/Dataset/Repo graphs with thousands of nodes. Going through the
records and `NetworkxStore` (not hand-made networkx dicts) keeps the generated graphs exactly
as a real build would shape them. Entity popularity is heavy-tailed (a few models are
mentioned by many papers), like real citation data, so "most connected part" means something.
"""

from __future__ import annotations

import random

from citegraph.graph import ids
from citegraph.graph.memory_store import NetworkxStore
from citegraph.graph.records import (
    Dataset,
    Edge,
    EdgeType,
    Evidence,
    Method,
    Model,
    Node,
    Paper,
    Repo,
    Role,
    SourceRef,
)

_WORDS = (
    "sparse",
    "attention",
    "scaling",
    "efficient",
    "robust",
    "multimodal",
    "diffusion",
    "retrieval",
    "instruction",
    "alignment",
    "reasoning",
    "vision",
    "language",
    "tokens",
    "memory",
    "graph",
    "contrastive",
    "quantized",
    "adaptive",
    "latent",
    "transformer",
    "benchmark",
    "agents",
    "reward",
    "synthetic",
    "curriculum",
    "long",
    "context",
)
_FAMILIES = ("Llama", "Mistral", "Qwen", "Gemma", "Phi", "Falcon", "BERT", "T5", "GPT", "ViT")
_BENCHES = ("MMLU", "GSM8K", "CIFAR", "SQuAD", "ImageNet", "HellaSwag", "COCO", "WMT", "ARC")
_ROLES = (Role.BUILDS_ON, Role.EVALUATES_ON, Role.COMPARES_WITH, Role.MENTIONS)

# Share of each node type in a generated graph (the rest are papers).
_MODEL_SHARE, _DATASET_SHARE, _REPO_SHARE = 0.2, 0.12, 0.08


def synthetic_store(
    n_nodes: int, *, seed: int = 7, extra_titles: tuple[str, ...] = ()
) -> NetworkxStore:
    """An in-memory store of about `n_nodes` nodes with MENTIONS and HAS_CODE edges.

    `extra_titles` become additional papers, each mentioning the most popular model, so a
    test can plant a hostile or searchable title in a graph of any size.
    """
    rng = random.Random(seed)
    n_models = max(1, int(n_nodes * _MODEL_SHARE))
    n_datasets = max(1, int(n_nodes * _DATASET_SHARE))
    n_repos = max(1, int(n_nodes * _REPO_SHARE))
    n_papers = max(1, n_nodes - n_models - n_datasets - n_repos)

    models = [_model(i) for i in range(n_models)]
    datasets = [_dataset(i) for i in range(n_datasets)]
    repos = [_repo(i) for i in range(n_repos)]
    papers = [_paper(i, _title(rng, i)) for i in range(n_papers)]
    papers += [_paper(n_papers + i, title) for i, title in enumerate(extra_titles)]

    store = NetworkxStore()
    nodes: list[Node] = [*models, *datasets, *repos, *papers]
    store.upsert_nodes(nodes)
    # Zipf-like weights: entity k is picked with weight 1/(k+1).
    model_w = [1 / (k + 1) for k in range(n_models)]
    dataset_w = [1 / (k + 1) for k in range(n_datasets)]
    edges: list[Edge] = []
    for index, paper in enumerate(papers):
        planted = index >= n_papers
        if planted:
            picked_models, picked_data = [models[0]], []
        else:
            picked_models = rng.choices(models, model_w, k=rng.randint(1, 3))
            picked_data = rng.choices(datasets, dataset_w, k=rng.randint(0, 2))
        for target in {e.id: e for e in [*picked_models, *picked_data]}.values():
            edges.append(_mention(rng, paper, target))
        if not planted and rng.random() < n_repos / n_papers:
            edges.append(Edge(source=paper.id, target=rng.choice(repos).id, type=EdgeType.HAS_CODE))
    store.upsert_edges(edges)
    return store


def _title(rng: random.Random, index: int) -> str:
    words = rng.sample(_WORDS, 4)
    return f"{words[0].title()} {words[1]} for {words[2]} {words[3]} ({index})"


def _paper(index: int, title: str) -> Paper:
    arxiv = f"2401.{index:05d}"
    return Paper(
        id=ids.paper_id(arxiv_id=arxiv),
        title=title,
        arxiv_id=arxiv,
        abstract=f"We study {title.lower()}. " * 6,
        upvotes=index % 97,
        sources=(SourceRef(path="synthetic.txt", line=index + 1),),
    )


def _model(index: int) -> Model:
    family = _FAMILIES[index % len(_FAMILIES)]
    name = f"{family}-{index // len(_FAMILIES) + 1}-{(index % 7 + 1) * 7}b"
    return Model(id=ids.model_id(name=name), name=name, aliases=(name.lower(),), origin="catalog")


def _dataset(index: int) -> Dataset:
    name = f"{_BENCHES[index % len(_BENCHES)]}-{index // len(_BENCHES) + 1}"
    return Dataset(id=ids.dataset_id(name=name), name=name, origin="catalog")


def _repo(index: int) -> Repo:
    path = f"lab{index % 13}/project-{index}"
    return Repo(
        id=ids.repo_id("github", path), host="github", path=path, url=f"https://github.com/{path}"
    )


def _mention(rng: random.Random, paper: Paper, target: Model | Dataset) -> Edge:
    surface = target.name
    start = rng.randint(0, 200)
    return Edge(
        source=paper.id,
        target=target.id,
        type=EdgeType.MENTIONS,
        key=f"{start}",
        role=Role.EVALUATES_ON if isinstance(target, Dataset) else rng.choice(_ROLES),
        evidence=Evidence(
            surface=surface,
            span=(start, start + len(surface)),
            score=1.0,
            method=Method.EXACT,
            source=paper.sources[0],
        ),
    )
