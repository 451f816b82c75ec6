"""Paper identity on its own: ids told apart, and the merge rule in each of its three forms.

The stores and `bulk` are compared end to end in tests/test_paper_identity_contract.py; here
the rule is checked without any store, so a change to it fails in milliseconds.
"""

from __future__ import annotations

from citegraph.graph import identity, ids
from citegraph.graph.store import merge_properties

TITLE = "QLoRA: Efficient Finetuning of Quantized LLMs"
KEY = identity.title_key(TITLE)
TITLE_ID = identity.paper_id(title=TITLE)
ARXIV_ID = identity.paper_id(arxiv_id="arXiv:2305.14314v2")


def title_paper(**props: object) -> dict[str, object]:
    return {"id": TITLE_ID, "type": "Paper", "title": TITLE, "title_key": KEY, **props}


def arxiv_paper(node_id: str = ARXIV_ID, **props: object) -> dict[str, object]:
    arxiv = node_id.rsplit(":", 1)[1]
    return {"id": node_id, "type": "Paper", "title_key": KEY, "arxiv_id": arxiv, **props}


def test_ids_are_told_apart_and_ids_reexports_the_builders() -> None:
    assert (TITLE_ID, ARXIV_ID) == (
        "paper:title:qlora-efficient-finetuning-of-quantized-llms",
        "paper:arxiv:2305.14314",
    )
    assert identity.is_title_id(TITLE_ID) and not identity.is_title_id(ARXIV_ID)
    assert identity.is_arxiv_id(ARXIV_ID) and not identity.is_arxiv_id(TITLE_ID)
    assert not identity.is_title_id("model:paper-title-x")
    assert identity.title_ids([ARXIV_ID, "model:llama", TITLE_ID]) == [TITLE_ID]
    assert ids.paper_id is identity.paper_id and ids.title_key is identity.title_key
    assert ids.hosted_parts("repo:github:artidoro/qlora") == ("github", "artidoro/qlora")
    assert ids.hosted_parts("model:hf:org/name:v1") == ("hf", "org/name:v1")
    assert ids.hosted_parts("model:llama") is None


def test_redirects_are_followed_to_the_end_and_a_cycle_stops() -> None:
    assert identity.follow({"a": "b", "b": "c"}, "a") == "c"
    assert identity.follow({"a": "b", "b": "a"}, "a") in {"a", "b"}
    assert identity.follow({}, "a") == "a"


def test_the_index_title_first_then_arxiv_absorbs_the_title_node() -> None:
    index = identity.PaperIndex()
    assert index.place(title_paper()) == identity.Placement(TITLE_ID)
    assert index.place(arxiv_paper()) == identity.Placement(ARXIV_ID, absorbs=TITLE_ID)
    assert index.redirects == {TITLE_ID: ARXIV_ID}
    # Later listings by title, or records naming the old id, land on the arXiv paper.
    assert index.place(title_paper()) == identity.Placement(ARXIV_ID)
    assert index.canonical(TITLE_ID) == ARXIV_ID


def test_clause_1_a_redirected_title_id_keeps_its_target_for_good() -> None:
    index = identity.PaperIndex()
    index.place(arxiv_paper("paper:arxiv:2402.00002"))
    index.place(title_paper())  # the only arXiv paper of the key holds it
    index.place(arxiv_paper("paper:arxiv:2401.00001"))  # smaller, but too late
    assert index.place(title_paper()) == identity.Placement("paper:arxiv:2402.00002")
    assert index.holder(KEY) == "paper:arxiv:2402.00002"
    # The same from the stored state alone: both papers, the saved redirect.
    reopened = identity.PaperIndex.seeded(
        [("paper:arxiv:2401.00001", KEY), ("paper:arxiv:2402.00002", KEY)], index.redirects
    )
    assert reopened.holder(KEY) == "paper:arxiv:2402.00002"


def test_clause_2_a_stored_title_paper_is_absorbed_by_the_first_arxiv_paper_to_arrive() -> None:
    index = identity.PaperIndex.seeded([(TITLE_ID, KEY)], {})
    assert index.holder(KEY) == TITLE_ID
    second = "paper:arxiv:2402.00002"
    assert index.place(arxiv_paper(second)) == identity.Placement(second, absorbs=TITLE_ID)
    assert index.place(arxiv_paper("paper:arxiv:2401.00001")).absorbs is None
    assert index.redirects == {TITLE_ID: second} and index.holder(KEY) == second


def test_clause_3_the_smallest_arxiv_id_holds_the_key_whatever_the_arrival_order() -> None:
    for order in ([ARXIV_ID, "paper:arxiv:2301.00001"], ["paper:arxiv:2301.00001", ARXIV_ID]):
        index = identity.PaperIndex()
        for node_id in order:
            index.place(arxiv_paper(node_id))
        assert index.place(title_paper()) == identity.Placement("paper:arxiv:2301.00001")
        assert index.redirects == {TITLE_ID: "paper:arxiv:2301.00001"}
    reopened = identity.PaperIndex.seeded([(ARXIV_ID, KEY), ("paper:arxiv:2301.00001", KEY)], {})
    assert reopened.holder(KEY) == "paper:arxiv:2301.00001"


def test_the_smallest_arxiv_id_is_the_earliest_posted_in_either_style() -> None:
    ordered = [
        "paper:arxiv:hep-th/9901001",
        "paper:arxiv:math/0612001",
        "paper:arxiv:0704.0001",
        "paper:arxiv:1412.9999",
        "paper:arxiv:1501.00001",
        "paper:arxiv:2305.14314",
    ]
    assert sorted(reversed(ordered), key=identity.arxiv_order) == ordered


def test_a_paper_without_a_title_key_claims_nothing() -> None:
    index = identity.PaperIndex()
    index.place(arxiv_paper(title_key=""))  # a model card citing the paper by arXiv id
    assert index.place(title_paper()) == identity.Placement(TITLE_ID)
    assert index.redirects == {}


def place_one_by_one(
    index: identity.PaperIndex, papers: list[dict[str, object]]
) -> dict[str, dict[str, object]]:
    """What the networkx store makes of `papers`: properties by final id, absorbed merged."""
    placed_papers: dict[str, dict[str, object]] = {}
    for props in papers:
        placed = index.place(props)
        if placed.absorbs in placed_papers:
            moved = placed_papers.pop(placed.absorbs)
            placed_papers[placed.node_id] = merge_properties(
                placed_papers.get(placed.node_id, {}), moved
            )
        placed_papers[placed.node_id] = merge_properties(
            placed_papers.get(placed.node_id, {}), props
        )
    return {k: {**v, "id": k} for k, v in placed_papers.items()}


def test_a_batch_is_planned_as_the_index_places_its_papers_one_by_one() -> None:
    batches = [
        [title_paper(abstract="Long abstract."), arxiv_paper(upvotes=3)],
        [arxiv_paper("paper:arxiv:2402.00002"), arxiv_paper("paper:arxiv:2401.00001"),
         title_paper()],
        [title_paper(), arxiv_paper("paper:arxiv:2402.00002"), arxiv_paper()],
    ]  # fmt: skip
    for batch in batches:
        plan = identity.plan_batch({p["id"]: p for p in batch}, [], {}, merge_properties)
        index = identity.PaperIndex()
        one_by_one = place_one_by_one(index, batch)
        assert index.redirects == plan.new_redirects and plan.absorbed == []
        assert one_by_one == {k: {**v, "id": k} for k, v in plan.papers.items()}


def test_a_batch_absorbs_a_stored_title_node_and_follows_stored_redirects() -> None:
    stored = [identity.StoredPaper(TITLE_ID, KEY, {"id": TITLE_ID, "upvotes": 9})]
    plan = identity.plan_batch({ARXIV_ID: arxiv_paper()}, stored, {}, merge_properties)
    assert plan.absorbed == [{"old": TITLE_ID, "new": ARXIV_ID}]
    assert plan.new_redirects == {TITLE_ID: ARXIV_ID}
    assert plan.papers[ARXIV_ID]["upvotes"] == 9

    # Clause 1 from the database: the key's title id redirects, a smaller arXiv is stored.
    stored = [
        identity.StoredPaper("paper:arxiv:2401.00001", KEY, {}),
        identity.StoredPaper(ARXIV_ID, KEY, {}),
    ]
    plan = identity.plan_batch(
        {TITLE_ID: title_paper()}, stored, {TITLE_ID: ARXIV_ID}, merge_properties
    )
    assert list(plan.papers) == [ARXIV_ID] and plan.new_redirects == {}
    assert identity.batch_lookups({TITLE_ID: title_paper(), ARXIV_ID: arxiv_paper()}) == (
        [TITLE_ID], [KEY]
    )


def test_bulk_places_each_files_few_deciding_papers_as_one_build_places_them_all() -> None:
    """`FileTitles` keeps at most four papers per key and file; placing those across files
    in input order must redirect exactly as placing every paper of every file."""
    small, big, first = "paper:arxiv:2401.00001", "paper:arxiv:2402.00002", "paper:arxiv:2403.3"
    files = [
        [(big, KEY), (small, KEY), ("paper:title:other", "")],
        [(TITLE_ID, KEY)],
    ]
    cases = [
        files,  # clause 3 across files: the smallest, not the first
        [[(TITLE_ID, KEY)], [(first, KEY), (small, KEY), (TITLE_ID, KEY)]],  # clause 2
        [[(first, KEY), (big, KEY), (TITLE_ID, KEY), (small, KEY)]],  # clause 3 in one file
        [[(TITLE_ID, KEY), (big, KEY), (small, KEY)], [(TITLE_ID, KEY)]],  # absorbed in-file
        [[(big, KEY), (TITLE_ID, KEY)], [(small, KEY), (TITLE_ID, KEY)]],  # clause 1
    ]
    for case in cases:
        everything = identity.PaperIndex()
        summaries = []
        for papers in case:
            titles = identity.FileTitles()
            for node_id, key in papers:
                titles.add(node_id, key)
                everything.place({"id": node_id, "title_key": key})
            assert all(len(events) <= 4 for events in titles.events.values())
            summaries.append(titles.events)
        assert identity.redirects_across_files(summaries) == everything.redirects, case
    expected = {TITLE_ID: small}
    assert identity.redirects_across_files(
        [identity.FileTitles(events={KEY: [big, small]}).events, {KEY: [TITLE_ID]}]
    ) == expected
