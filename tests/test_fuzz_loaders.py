"""Property tests of every loader at scale: each generated file is parsed or refused with
`FILE:LINE: reason`, never anything else, and memory stays bounded.

The inputs are shaped like each format (Daily Papers text with its metadata and page chrome,
Hub model objects, papers-API items, Papers with Code links, in JSON arrays or JSON Lines)
and then damaged: cut short, a byte flipped, invalid UTF-8 or a NUL spliced in, a BOM, CRLF
line ends. Plus raw bytes, for the sniffing that picks a loader.

The default suite runs CITEGRAPH_FUZZ_EXAMPLES (default 250) inputs per loader; `make fuzz`
runs 10,000 per loader in a dedicated run. Each loader's run also ends with the real command
on a sample of the refused files, to see the refusals as users do: one line each.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citegraph import loaders
from citegraph.graph.errors import InputError
from citegraph.graph.records import Edge, Node

pytestmark = pytest.mark.slow  # hundreds of generated inputs per loader

EXAMPLES = int(os.environ.get("CITEGRAPH_FUZZ_EXAMPLES", "250"))
RSS_LIMIT_BYTES = 2 * 1024**3
CITEGRAPH = str(Path(sys.executable).with_name("citegraph"))
SAMPLE_REFUSED = 12  # refused files per loader shown to the real command afterwards

# -- shapes ---------------------------------------------------------------------------------

json_scalars = (
    st.none() | st.booleans() | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=40)
)  # fmt: skip
any_json = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=10,
)
hub_ids = st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9_.\-]{0,12}(/[A-Za-z0-9_.\-]{1,16})?\Z")
real_arxiv_ids = st.sampled_from(
    ["2305.14314", "2401.00025v2", "1706.03762", "2106.09685v1", "hep-th/9901001", "cs/0112017"]
)
arxiv_ids = real_arxiv_ids | st.from_regex(r"\A(\d{4}\.\d{4,5}(v\d)?|[a-z\-]{2,8}/\d{7})\Z")
real_dates = st.sampled_from(["2024-03-05T12:30:00.000Z", "2023-11-13T08:00:00Z"])
dates = real_dates | st.sampled_from(["2023-11-13", "not a date", "", "2024-02-30"])
real_urls = st.sampled_from(
    ["https://github.com/owner/name", "http://github.com/x/y.git", "https://gitlab.com/a/b",
     "https://huggingface.co/meta-llama/Llama-2-7b-hf", "https://huggingface.co/datasets/squad"]
)  # fmt: skip
urls = real_urls | st.sampled_from(["not a url", "", "https://github.com//"]) | st.text(max_size=30)


def objects(
    fields: dict[str, st.SearchStrategy[Any]], required: tuple[str, ...] = ()
) -> st.SearchStrategy[dict[str, Any]]:
    """Objects with the format's `required` fields, any subset of the others, plus the odd
    field no source has."""
    return st.fixed_dictionaries(
        {name: fields[name] for name in required},
        optional={
            **{name: value for name, value in fields.items() if name not in required},
            "unexpected": any_json,
        },
    )


def items(noisy: bool) -> dict[str, st.SearchStrategy[dict[str, Any]]]:
    """One item strategy per JSON source. Whole items use plausible values only, so that
    many files parse; noisy ones put any JSON value (wrong types, nesting) in any field."""

    def maybe(values: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return values | any_json if noisy else values

    ids_of_papers = arxiv_ids if noisy else real_arxiv_ids
    some_dates, some_urls = (dates, urls) if noisy else (real_dates, real_urls)
    words = st.text(min_size=1, max_size=60)
    tags = st.lists(
        st.one_of(
            hub_ids.map(lambda i: f"base_model:{i}"),
            st.tuples(st.sampled_from(["finetune", "quantized", "adapter", "merge", "other"]),
                      hub_ids).map(lambda t: f"base_model:{t[0]}:{t[1]}"),
            ids_of_papers.map(lambda i: f"arxiv:{i}"),
            hub_ids.map(lambda i: f"dataset:{i}"),
            st.text(max_size=20),
        ),
        max_size=6,
    )  # fmt: skip
    hub_model = objects({
        "id": maybe(hub_ids), "modelId": maybe(hub_ids), "author": maybe(words),
        "pipeline_tag": maybe(words), "library_name": maybe(words),
        "downloads": maybe(st.integers(0, 10**12)), "likes": maybe(st.integers(0, 10**6)),
        "createdAt": maybe(some_dates), "tags": maybe(tags), "sha": maybe(words),
        "cardData": maybe(objects({
            "base_model": maybe(hub_ids | st.lists(hub_ids, max_size=3)),
            "base_model_relation": maybe(st.sampled_from(["finetune", "merge", "adapter"])),
            "datasets": maybe(st.lists(hub_ids, max_size=3)), "tags": maybe(tags),
        })),
        "baseModels": maybe(objects({
            "models": maybe(st.lists(objects({"id": maybe(hub_ids)}, ("id",)), max_size=3)),
            "relation": maybe(st.sampled_from(["finetune", "quantized", "merge"])),
        })),
    }, required=("id",))  # fmt: skip
    paper_fields = {
        "id": maybe(ids_of_papers), "title": maybe(words), "summary": maybe(words),
        "publishedAt": maybe(some_dates), "upvotes": maybe(st.integers(0, 10**5)),
        "githubRepo": maybe(some_urls),
        "authors": maybe(st.lists(objects({"name": maybe(words)}), max_size=4)),
        "organization": maybe(objects({"name": maybe(words), "fullname": maybe(words)})),
        "linkedModels": maybe(st.lists(objects(
            {"id": maybe(hub_ids), "author": maybe(words),
             "downloads": maybe(st.integers(0, 10**9))}, ("id",)), max_size=3)),
        "linkedDatasets": maybe(st.lists(objects({"id": maybe(hub_ids)}, ("id",)), max_size=3)),
    }  # fmt: skip
    # "summary" is among the keys that tell this source from the others (papers_api.sniff).
    paper = objects(paper_fields, required=("id", "title", "summary"))
    papers_api_item = paper | objects(
        {"paper": maybe(paper), "title": maybe(words), "summary": maybe(words),
         "publishedAt": maybe(some_dates)},
        required=("paper",),
    )  # fmt: skip
    code_link = objects({
        "paper_url": maybe(some_urls), "paper_title": maybe(words),
        "paper_arxiv_id": maybe(ids_of_papers), "repo_url": maybe(some_urls),
        "is_official": maybe(st.booleans()), "mentioned_in_paper": maybe(st.booleans()),
        "framework": maybe(st.sampled_from(["pytorch", "tf", "none"])),
    }, required=("repo_url", "paper_title"))  # fmt: skip
    return {"hf-hub-models": hub_model, "hf-papers": papers_api_item,
            "paperswithcode": code_link}  # fmt: skip


@st.composite
def json_files(draw: st.DrawFn, items: st.SearchStrategy[dict[str, Any]]) -> bytes:
    """A JSON array (compact or pretty) or JSON Lines file of items."""
    values = draw(st.lists(items, min_size=1, max_size=4))
    layout = draw(st.sampled_from(["lines", "compact", "pretty"]))
    if layout == "lines":
        text = "".join(json.dumps(v, ensure_ascii=draw(st.booleans())) + "\n" for v in values)
    else:
        text = json.dumps(values, indent=2 if layout == "pretty" else None)
    return text.encode("utf-8")


def title_lines() -> st.SearchStrategy[str]:
    return st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=80)


text_lines = st.one_of(
    title_lines(),
    st.text(max_size=300),
    st.sampled_from([
        "", "", "·", "• 4 authors", "1 author", "* 12 authors", "Oct 25, 2022", "Jan 9 3",
        "Sep 28, 2024 2", "Feb 30", "new", "Subscribe", "Daily Papers",
        "byAK and the research community", "SubscribeA Title Glued", "Submitted by someone",
        "Google DeepMind", "We introduce T5, a model. Results on GLUE and SQuAD 2.0.",
        "https://github.com/owner/name", "Llama-2-7b and GPT-4 on CIFAR-10",
    ]),
)  # fmt: skip


@st.composite
def text_files(draw: st.DrawFn) -> bytes:
    """A Daily Papers text dump: lines of titles, abstracts, metadata and page chrome."""
    lines = draw(st.lists(text_lines, min_size=1, max_size=30))
    end = draw(st.sampled_from(["\n", "\r\n", "\n\n"]))
    return end.join(lines).encode("utf-8")


@st.composite
def damaged(draw: st.DrawFn, files: st.SearchStrategy[bytes]) -> bytes:
    """A file of a format, intact or damaged as files get damaged."""
    data = draw(files)
    damage = draw(st.sampled_from(
        ["none", "none", "none", "cut", "flip", "invalid-utf8", "nul", "bom", "crlf", "splice"]
    ))  # fmt: skip
    at = draw(st.integers(0, len(data)))
    if damage == "cut":
        return data[:at]
    if damage == "flip" and data:
        at = min(at, len(data) - 1)
        return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    if damage == "invalid-utf8":
        invalid = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xe9t"]))
        return data[:at] + invalid + data[at:]
    if damage == "nul":
        return data[:at] + b"\x00" + data[at:]
    if damage == "bom":
        return b"\xef\xbb\xbf" + data
    if damage == "crlf":
        return data.replace(b"\n", b"\r\n")
    if damage == "splice":
        return data[:at] + draw(st.binary(max_size=20)) + data[at:]
    return data


WHOLE, NOISY = items(noisy=False), items(noisy=True)
FORMATS: dict[str, st.SearchStrategy[bytes]] = {
    "daily-papers": damaged(text_files()),
    **{
        name: damaged(json_files(WHOLE[name]) | json_files(NOISY[name]))
        for name in ("hf-hub-models", "hf-papers", "paperswithcode")
    },
    "raw-bytes": st.binary(max_size=2000),
}


# -- the property -----------------------------------------------------------------------------


def _reset_peak_rss() -> Callable[[], int]:
    """Start measuring peak RSS now; returns a function giving the peak since, in bytes.

    Linux resets a process's high-water mark when 5 is written to /proc/self/clear_refs;
    where it cannot, the peak of the whole process (ru_maxrss) is the bound checked.
    """
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

    def peak() -> int:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

    return peak


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_input_is_parsed_or_refused_with_file_line_and_reason(
    name: str, tmp_path: Path
) -> None:
    path = tmp_path / "input"
    place = re.compile(rf"{re.escape(str(path))}:(\d+): \S[^\n]*")
    refused_dir = tmp_path / "refused"
    refused_dir.mkdir()
    counts = {"parsed": 0, "refused": 0}
    peak = _reset_peak_rss()

    @settings(
        max_examples=EXAMPLES, deadline=None, database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.large_base_example],
    )  # fmt: skip
    @given(data=FORMATS[name])
    def parsed_or_refused(data: bytes) -> None:
        path.write_bytes(data)
        try:
            records = list(loaders.load(path))
        except InputError as error:
            found = place.fullmatch(str(error))
            assert found, f"not FILE:LINE: reason: {error!s}"
            assert int(found.group(1)) >= 1
            if counts["refused"] < SAMPLE_REFUSED:
                (refused_dir / f"{counts['refused']:02d}").write_bytes(data)
            counts["refused"] += 1
            return
        assert all(isinstance(r, Node | Edge) for r in records)
        counts["parsed"] += 1

    parsed_or_refused()

    assert counts["parsed"] + counts["refused"] >= EXAMPLES
    assert peak() < RSS_LIMIT_BYTES, f"peak RSS {peak() / 2**20:.0f} MiB"
    if name != "raw-bytes":  # a format whose inputs are never parsed tests nothing
        assert counts["parsed"] > 0 and counts["refused"] > 0, counts

    # What users see for the same refusals: one line each, no traceback.
    samples = sorted(refused_dir.iterdir())
    result = subprocess.run(
        [CITEGRAPH, "extract", "--skip-bad", *map(str, samples)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    shown = result.stderr.splitlines()
    assert len(shown) == len(samples), result.stderr
    for sample, line in zip(samples, shown, strict=True):
        assert re.fullmatch(rf"Skipped {re.escape(str(sample))}:\d+: \S.*", line), line


def test_a_reason_quoting_a_newline_from_the_input_is_still_one_line(tmp_path: Path) -> None:
    """Found by the property test above: an unknown JSON shape whose first object has the
    key "\\n" printed that key raw, and the message took two lines."""
    path = tmp_path / "input"
    path.write_bytes(
        b'[z"repo_url": "https://github.com/owner/name", "paper_title": {"\\n": null}}]'
    )
    with pytest.raises(InputError) as refused:
        list(loaders.load(path))
    message = str(refused.value)
    assert "\n" not in message and "keys: \\n)" in message, message
    assert InputError("f", 2, "a\ttab").reason == "a\\ttab"
