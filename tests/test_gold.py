"""The gold sets: dev and blind are what docs/evaluation.md says they are, the blind sets
are frozen, their scores stay above the reported floors, and the shipped role classifier is
what its training script makes from the committed labels.

The blind scores are checked as numbers only: this file never prints a blind error, so
running the suite cannot leak what the linker gets wrong on papers nobody may tune on.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import itertools
import json
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest

from citegraph import evaluation
from citegraph.graph import ids
from citegraph.graph.errors import InputError
from citegraph.graph.records import BUILDS_ON_MIN_CONFIDENCE, Paper
from citegraph.linker import Linker
from citegraph.linker.cache import compiled_linker
from citegraph.linker.role_model import load_role_models
from citegraph.loaders import daily_papers

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
DEV, BLIND = GOLD / "dev", GOLD / "blind"
# The frozen blind sets: blind (2026-12-03) and, once its labels are in, blind2 (drawn
# 2026-12-06 because a classifier choice had seen one blind figure: docs/evaluation.md).
BLIND_SETS = {
    name: GOLD / name for name in ("blind", "blind2") if (GOLD / name / "FROZEN.sha256").exists()
}
# Every set kept as a folder of collected abstracts (papers.txt, sources.tsv, labels.jsonl):
# each folder there, so that a new collection round is checked without a list to extend.
_LATER_SETS = tuple(
    sorted(
        (folder.name for folder in GOLD.glob("dev?*") if (folder / "labels.jsonl").exists()),
        key=lambda name: int(name[3:]),
    )
)
FOLDER_SETS = {"dev": DEV} | BLIND_SETS | {name: GOLD / name for name in _LATER_SETS}
# The dev and blind sets hold at least 150 papers each; later collection rounds,
# labelled as validation sets, at least 100 (dev7 to dev17: 109-110 papers each, 2026-12-05;
# dev18, 99 after two were dropped, at least 95; dev19 and dev20, 110, at least 100;
# dev21, 108 after two were dropped, and dev22, 104 after six were, at least 100; dev23 and
# dev24, 110 each, at least 100; dev25 to dev29, 110 each, at least 100; dev30, 108 after
# two were dropped, and dev31, 110, at least 100; dev32 and dev33, 110 each, at least 100;
# dev34, 104 after six whose titles the page did not show were dropped, and dev35, 110, at
# least 100; dev36, 110, at least 100, and dev37, 77 (one collector found 22 eligible
# papers), at least 70). dev38 to dev65 hold 102-110 each, at least 100; dev66 (89) and
# dev67 (48) were cut short when the search tool's budget ran out: at least 85 and 45;
# dev68 to dev71 hold 106-109 each, at least 100; dev72 (41, four packets of 9-12 the
# budget cut short, 2026-12-08), at least 40.
AT_LEAST = {"dev": 150, "blind": 150, "blind2": 150, "dev2": 150, "dev3": 150, "dev4": 150,
            "dev5": 150, "dev6": 150, "dev18": 95, "dev37": 70, "dev66": 85,
            "dev67": 45, "dev72": 40}  # fmt: skip
LATER_ROUND_AT_LEAST = 100
NOT_FROZEN = {"FROZEN.sha256", "SCORES.md", "FLOOR.json"}


def _papers(folder: Path) -> list:
    return list(daily_papers.load(folder / "papers.txt"))


@pytest.mark.parametrize("name", FOLDER_SETS)
def test_each_set_holds_150_labelled_papers_with_their_sources(name: str) -> None:
    folder = FOLDER_SETS[name]
    papers = _papers(folder)
    assert len(papers) >= AT_LEAST.get(name, LATER_ROUND_AT_LEAST)
    with (folder / "sources.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert [row["title"] for row in rows] == [paper.title for paper in papers]
    assert all(row["page"].startswith(("http://", "https://")) for row in rows)
    gold = evaluation.read_gold(folder / "labels.jsonl")
    assert [item.paper_id for item in gold] == [paper.id for paper in papers]
    texts = {paper.id: f"{paper.title}\n\n{paper.abstract}" for paper in papers}
    for item in gold:
        for entity in item.entities:
            for surface in entity.surfaces:
                assert surface in texts[item.paper_id], (item.title, surface)


@pytest.mark.parametrize("name", FOLDER_SETS)
def test_each_label_names_its_papers_file_as_a_path_inside_the_repository(name: str) -> None:
    """A label's `file` is relative to the repository and is the set's own papers.txt:
    labels assembled elsewhere once recorded where they were assembled (/work/gold64/...),
    and the set then scored only on the machine that had that folder."""
    wanted = (FOLDER_SETS[name] / "papers.txt").relative_to(ROOT).as_posix()
    files = {item.file for item in evaluation.read_gold(FOLDER_SETS[name] / "labels.jsonl")}
    assert files == {wanted}


def test_the_collected_sets_and_the_bundled_dumps_share_no_paper(
    bundled_dumps: list[Path],
) -> None:
    keys = {
        name: {ids.title_key(paper.title) for paper in _papers(folder)}
        for name, folder in FOLDER_SETS.items()
    }
    keys["bundled"] = {
        ids.title_key(p.title) for path in bundled_dumps for p in daily_papers.load(path)
    }
    for first, second in itertools.combinations(keys, 2):
        assert not keys[first] & keys[second], (first, second)


def test_the_first_blind_set_is_there() -> None:
    assert "blind" in BLIND_SETS


@pytest.mark.parametrize("name", BLIND_SETS)
def test_the_blind_set_is_frozen(name: str) -> None:
    """Texts, sources, labels and the double labellings hash as when they were frozen, and
    no data file was added since (scripts/gold/freeze.py wrote the manifest)."""
    folder = BLIND_SETS[name]
    recorded = {}
    for line in (folder / "FROZEN.sha256").read_text(encoding="utf-8").splitlines():
        digest, _, file_name = line.partition("  ")
        recorded[file_name] = digest
    present = {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and path.name not in NOT_FROZEN
    }
    assert present == set(recorded)
    assert {"papers.txt", "sources.tsv", "labels.jsonl"} <= present
    assert len([file for file in present if file.startswith("agreement/")]) == 2
    for file_name, digest in recorded.items():
        assert hashlib.sha256((folder / file_name).read_bytes()).hexdigest() == digest, file_name


@pytest.mark.parametrize("name", BLIND_SETS)
def test_the_double_labelled_papers_are_40_blind_papers(name: str) -> None:
    folder = BLIND_SETS[name]
    blind = {item.paper_id for item in evaluation.read_gold(folder / "labels.jsonl")}
    labellings = sorted((folder / "agreement").glob("*.jsonl"))
    papers = [[item.paper_id for item in evaluation.read_gold(path)] for path in labellings]
    assert len(papers[0]) == 40
    assert papers[0] == papers[1]
    assert set(papers[0]) <= blind


# Not in `make check`: the quick loop is run after every edit, and a pass or fail there on
# every try would let a change be tuned against the blind sets a bit at a time. `make test`
# (CI) checks the floor; a blind score is taken on purpose and logged
# (scripts/evaluate_linking.py --blind).
@pytest.mark.slow
@pytest.mark.parametrize("name", BLIND_SETS)
def test_blind_scores_stay_above_the_floor(linker: Linker, name: str) -> None:
    """The floor is 0.03 below the scores reported in the README (FLOOR.json)."""
    folder = BLIND_SETS[name]
    floor = json.loads((folder / "FLOOR.json").read_text(encoding="utf-8"))
    report = evaluation.score(folder / "labels.jsonl", linker).as_dict()
    below = {
        f"{row} {measure}": (round(report[row][measure], 3), minimum)
        for row, measures in floor["floor"].items()
        for measure, minimum in measures.items()
        if report[row][measure] < minimum
    }
    assert not below, f"blind scores under the floor (score, floor): {below}"


def _train_module() -> ModuleType:
    return _roles_script("train")


def _roles_script(name: str) -> ModuleType:
    """One of scripts/roles/ as a module (they are tools, not part of the package)."""
    path = ROOT / "scripts" / "roles" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"citegraph_roles_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _numbers_close(got: object, want: object, where: str = "") -> None:
    if isinstance(want, float) or isinstance(got, float):
        assert math.isclose(float(got), float(want), abs_tol=2e-4), where  # type: ignore[arg-type]
    elif isinstance(want, dict):
        assert isinstance(got, dict) and set(got) == set(want), where
        for key in want:
            _numbers_close(got[key], want[key], f"{where}/{key}")
    elif isinstance(want, list):
        assert isinstance(got, list) and len(got) == len(want), where
        for index, (a, b) in enumerate(zip(got, want, strict=True)):
            _numbers_close(a, b, f"{where}[{index}]")
    else:
        assert got == want, where


@pytest.mark.slow  # links two gold files four times over
def test_the_threshold_scorer_counts_what_the_shipped_linker_says() -> None:
    """scripts/roles/score_thresholds.py scores a pair as the whole linker says it: at the
    shipped pair its builds_on counts are those of `evaluation.score` with the shipped
    linker, and a stricter rescue can only take builds_on away."""
    tool = _roles_script("score_thresholds")
    weights = (ROOT / "linker" / "role_model.json").read_text(encoding="utf-8")
    shipped = load_role_models(weights)["model"]
    pair = (shipped.builds_on_keep, shipped.builds_on_threshold)
    files = [GOLD / "linking.jsonl", GOLD / "heldout.jsonl"]
    at_shipped, stricter = tool.score_pairs(files, weights, [pair, (pair[0], 0.95)])
    expected = evaluation.Counts()
    for path in files:
        expected += evaluation.score(path, compiled_linker()).builds_on
    assert at_shipped.counts == expected
    assert stricter.counts.tp + stricter.counts.fp <= expected.tp + expected.fp
    assert tool.best([stricter, at_shipped]) == max(
        (stricter, at_shipped), key=lambda score: score.margin
    )
    with pytest.raises(SystemExit, match="blind"):
        tool.score_pairs([GOLD / "blind2" / "labels.jsonl"], weights, [pair])


@pytest.mark.slow
def test_the_training_script_prefers_precision_among_tied_configurations() -> None:
    """Within F1_TIE of the best out-of-fold F1 the more precise configuration ships; past
    it, the better F1 does. A wrong builds_on costs more than a missing one; a precision
    within PRECISION_TIE of the best is no more precise (the better F1 ships)."""
    train = _train_module()
    tie = train.F1_TIE
    best = (0.70, 0.76, "all", 0.1, (0.5, 0.5))
    precise = (0.70 - tie / 2, 0.80, "all", 0.3, (0.5, 0.55))
    assert train.choose([best, precise]) == precise
    assert train.choose([precise, best]) == precise
    behind = (0.70 - 2 * tie, 0.85, "all", 1.0, (0.6, 0.6))
    assert train.choose([best, behind]) == best
    same = (0.70, 0.76, "all", 0.3, (0.5, 0.5))
    assert train.choose([best, same]) == best  # a full tie: the first tried
    # precisions within PRECISION_TIE are tied too: then the better F1 ships
    barely = (0.70 - tie / 2, 0.76 + train.PRECISION_TIE / 2, "all", 1.0, (0.7, 0.7))
    assert train.choose([best, barely]) == best
    assert train.choose([barely, best]) == best


@pytest.mark.slow
def test_the_training_script_keeps_the_shipped_configuration_while_it_ties() -> None:
    """Among configurations tied on out-of-fold F1 and precision, the shipped one stays; a
    configuration out of the tie does not, and without a shipped one the rule is as before."""
    train = _train_module()
    best = (0.70, 0.76, "all", 0.3, (0.5, 0.5))
    shipped = (0.70 - train.F1_TIE / 2, 0.76, "all", 0.1, (0.65, 0.65))
    assert train.choose([shipped, best]) == best
    assert train.choose([shipped, best], ("all", 0.1)) == shipped
    assert train.choose([best, shipped], ("all", 0.1)) == shipped
    behind = (0.70 - 2 * train.F1_TIE, 0.85, "all", 1.0, (0.6, 0.6))
    assert train.choose([best, behind], ("all", 1.0)) == best
    # precision bought with F1 inside the tie does not replace the shipped configuration
    # (run 98); without a shipped one the more precise configuration ships, as before
    ours = (0.821, 0.779, "all", 0.1, (0.4, 0.4))
    precise = (0.819, 0.794, "all", 0.3, (0.4, 0.45))
    assert train.choose([ours, precise], ("all", 0.1)) == ours
    assert train.choose([ours, precise]) == precise
    # one at least as good on both and better on one does replace it
    better = (0.823, 0.790, "all", 0.3, (0.4, 0.45))
    assert train.choose([ours, better], ("all", 0.1)) == better
    assert train.shipped_choice() == tuple(
        json.loads((ROOT / "linker" / "role_model.json").read_text(encoding="utf-8"))[
            "cross_validation"
        ]["chosen"][key]
        for key in ("features", "C")
    )


@pytest.mark.slow  # trains the classifier twice (300 cross-validation fits each)
def test_the_role_classifier_is_what_its_script_makes_from_the_labels() -> None:
    """Training is deterministic (the same labels give the same bytes), and the shipped
    weights are what the committed labels give (numbers to 2e-4, so a different
    scikit-learn build may differ in the last digit, not in a decision). Determinism is a
    property of the procedure, so it is checked on the tuning labels alone: training on all
    of them takes a minute of CPU, the suite's longest test when it ran twice."""
    shipped = json.loads((ROOT / "linker" / "role_model.json").read_text(encoding="utf-8"))
    train = _train_module()
    trained_on = [ROOT / item["file"] for item in shipped["trained_on"]]
    assert not any(train.is_blind(Path(item["file"])) for item in shipped["trained_on"])
    for item in shipped["trained_on"]:
        path = ROOT / item["file"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == item["sha256"], item["file"]
    tuning = [GOLD / "linking.jsonl"]
    # (train.train fits with one BLAS thread itself: scripts/roles/train.py)
    once, again = train.train(tuning), train.train(tuning)
    assert json.dumps(once, sort_keys=True) == json.dumps(again, sort_keys=True)
    validated_on = [ROOT / item["file"] for item in shipped["validated_on"]]
    assert not any(train.is_blind(Path(item["file"])) for item in shipped["validated_on"])
    assert not set(validated_on) & set(trained_on)
    for item in shipped["validated_on"]:
        path = ROOT / item["file"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == item["sha256"], item["file"]
    first = train.train(trained_on, validated_on)
    first["trained_on"] = shipped["trained_on"]  # paths as given on the command line
    first["validated_on"] = shipped["validated_on"]
    _numbers_close(json.loads(json.dumps(first)), shipped)


def test_queries_count_builds_on_where_the_classifier_says_it() -> None:
    """The queries' default min_confidence is the classifier's builds_on threshold, so
    every builds_on the linker writes counts by default and none below it."""
    model = load_role_models()["model"]
    assert model.min_builds_on is not None
    assert math.isclose(BUILDS_ON_MIN_CONFIDENCE, model.min_builds_on, abs_tol=1e-9)


@pytest.mark.slow  # installs and runs the 2026-11 release from git history in a subprocess
def test_the_evaluation_script_scores_every_linker_it_compares(tmp_path: Path) -> None:
    """scripts/evaluate_linking.py makes the README's quality table. It scores the release
    before the blind evaluation with today's scorer (app/evaluation.py copied beside it), so
    a scorer change that the old release cannot run broke it once unnoticed: the baseline's
    figures are fixed by its commit and must come out as the README quotes them."""
    import subprocess

    out = tmp_path / "scores.json"
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "evaluate_linking.py"), "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    scores = json.loads(out.read_text(encoding="utf-8"))
    sets = ("tuning", "held-out", "dev", "dev2")
    assert set(scores) == {f"{s}: {linker}" for s in sets
                           for linker in ("citegraph", "rules-2026-11", "gazetteer")}  # fmt: skip
    baseline = {s: scores[f"{s}: rules-2026-11"] for s in sets}
    # README, "Measured quality": model / dataset / builds_on F1 of rules-2026-11.
    quoted = {
        "tuning": (0.941, 0.971, 0.822),
        "held-out": (0.896, 0.842, 0.653),
        "dev": (0.633, 0.527, 0.359),
        "dev2": (0.394, 0.506, 0.369),
    }
    for name, (model, dataset, builds_on) in quoted.items():
        got = baseline[name]
        assert (
            round(got["model"]["f1"], 3), round(got["dataset"]["f1"], 3),
            round(got["builds_on"]["f1"], 3),
        ) == (model, dataset, builds_on), name  # fmt: skip
    # And today's linker beats it on every set from outside the bundled dumps.
    for name in ("dev", "dev2"):
        ours = scores[f"{name}: citegraph"]
        for kind in ("model", "dataset", "builds_on"):
            assert ours[kind]["f1"] > baseline[name][kind]["f1"], (name, kind)


def test_the_scorer_counts_hub_urls_as_repos_and_bare_hub_ids_as_entities(linker: Linker) -> None:
    # The guideline: a Hub URL is a repo; a Hub id written as a name names the model.
    abstract = (
        "Weights: https://huggingface.co/facebook/zorb-7b. We fine-tune facebook/zorb-13b. "
        "Also at https://modelscope.cn/models/damo/zorb_13b."
    )
    paper = Paper(id=ids.paper_id(title="A Study"), title="A Study", abstract=abstract)
    found = {f.entity_id: f.type for f in evaluation.found_entities(linker.link(paper).mentions)}
    assert found == {
        "model:hf:facebook/zorb-7b": "repo",
        "model:hf:facebook/zorb-13b": "model",
        # ModelScope URLs are repos too (docs/annotation-guideline.md, "Repos").
        "model:modelscope:damo/zorb_13b": "repo",
    }


def test_a_repo_label_of_no_known_host_is_an_error_naming_its_line(tmp_path: Path) -> None:
    # dev45's collector labelled a university Git server's URL; the scorer failed on it
    # with a traceback before the label file itself was checked.
    repo = {"type": "repo", "name": "github:zorb/quux", "role": "introduces"}
    good = {"paper_id": "paper:title:a", "title": "A", "file": "p.txt", "line": 3,
            "entities": [repo]}  # fmt: skip
    bad = {**good, "entities": [{**repo, "name": "git.zorb.example.org/owner/quux"}]}
    path = tmp_path / "labels.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        evaluation.read_gold(path)
    assert str(error.value).startswith(f"{path}:2: bad gold label: cannot make a repo id")


def test_the_scorer_reads_a_sized_label_as_the_linker_names_it(linker: Linker) -> None:
    # The linker names a size the catalog lacks by the family's catalog name
    # ("UniSpeechSat Large"); a label copies the text ("UniSpeech-SAT Large").
    name = "UniSpeech-SAT Large"
    entity = evaluation.GoldEntity("model", name, (name,), "mentions")
    found = {m.entity_id for m in linker.link(Paper(
        id="paper:title:a", title="A", abstract="We compare WavLM and UniSpeech-SAT Large.",
    )).mentions}  # fmt: skip
    assert found & evaluation.label_ids(linker, entity)


def test_score_adds_up_several_gold_files_into_their_total() -> None:
    """`citegraph score A B` prints each file's figures, then their total: the counts of all
    their papers (what a lead otherwise adds up by hand across collection rounds)."""
    from click.testing import CliRunner

    from citegraph.cli import cli

    files = [str(GOLD / "dev72" / "labels.jsonl"), str(GOLD / "linking.jsonl")]
    result = CliRunner().invoke(cli, ["score", "--json", *files])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert set(scores) == {*files, "total"}
    for row in ("model", "dataset", "repo", "builds_on"):
        for count in ("tp", "fp", "fn"):
            assert scores["total"][row][count] == sum(scores[f][row][count] for f in files)
    assert scores["total"]["papers"] == sum(scores[f]["papers"] for f in files) == 41 + 63
    text = CliRunner().invoke(cli, ["score", *files]).output
    assert text.splitlines()[-8] == "total of 2 files"
    one = CliRunner().invoke(cli, ["score", "--json", files[0]]).output
    assert set(json.loads(one)) == {files[0]}
