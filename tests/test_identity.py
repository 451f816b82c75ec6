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


def test_the_index_arxiv_first_then_title_redirects_and_the_first_arxiv_keeps_the_key() -> None:
    index = identity.PaperIndex()
    index.place(arxiv_paper())
    index.place(arxiv_paper("paper:arxiv:2301.00001"))
    assert index.place(title_paper()) == identity.Placement(ARXIV_ID)
    assert index.redirects == {TITLE_ID: ARXIV_ID}


def test_a_paper_without_a_title_key_claims_nothing() -> None:
    index = identity.PaperIndex()
    index.place(arxiv_paper(title_key=""))  # a model card citing the paper by arXiv id
    assert index.place(title_paper()) == identity.Placement(TITLE_ID)
    assert index.redirects == {}


def test_a_batch_is_planned_as_the_index_places_its_papers_one_by_one() -> None:
    batch = {TITLE_ID: title_paper(abstract="Long abstract."), ARXIV_ID: arxiv_paper(upvotes=3)}
    plan = identity.plan_batch(batch, [], merge_properties)
    assert plan.new_redirects == {TITLE_ID: ARXIV_ID} and plan.absorbed == []
    assert list(plan.papers) == [ARXIV_ID]
    assert plan.papers[ARXIV_ID]["abstract"] == "Long abstract."

    index, one_by_one = identity.PaperIndex(), {}
    for props in batch.values():
        placed = index.place(props)
        if placed.absorbs:
            moved = one_by_one.pop(placed.absorbs)
            one_by_one[placed.node_id] = merge_properties(one_by_one.get(placed.node_id, {}), moved)
        one_by_one[placed.node_id] = merge_properties(one_by_one.get(placed.node_id, {}), props)
    assert index.redirects == plan.new_redirects
    assert {k: {**v, "id": k} for k, v in one_by_one.items()} == {
        k: {**v, "id": k} for k, v in plan.papers.items()
    }


def test_a_batch_absorbs_a_stored_title_node_and_follows_old_redirects() -> None:
    stored = [identity.StoredPaper(TITLE_ID, KEY, {"id": TITLE_ID, "upvotes": 9})]
    plan = identity.plan_batch({ARXIV_ID: arxiv_paper()}, stored, merge_properties)
    assert plan.absorbed == [{"old": TITLE_ID, "new": ARXIV_ID}]
    assert plan.new_redirects == {TITLE_ID: ARXIV_ID}
    assert plan.papers[ARXIV_ID]["upvotes"] == 9

    papers = identity.redirect_batch(
        {TITLE_ID: title_paper()}, {TITLE_ID: ARXIV_ID}, merge_properties
    )
    assert list(papers) == [ARXIV_ID]


def test_bulk_keeps_the_first_arxiv_paper_in_input_order_and_redirects_titles_to_it() -> None:
    first, second = identity.FileTitles(), identity.FileTitles()
    first.add(0, TITLE_ID, KEY)
    first.add(5, "paper:arxiv:2402.00002", KEY)
    second.add(0, "paper:arxiv:2401.00001", KEY)
    second.add(1, "paper:title:other", "")  # no title key: nothing to merge by
    winners = identity.first_arxiv_by_title([(1, second.arxiv_titles), (0, first.arxiv_titles)])
    assert winners == {KEY: "paper:arxiv:2402.00002"}
    assert identity.title_redirects(first.title_ids, winners) == {
        TITLE_ID: "paper:arxiv:2402.00002"
    }
    assert identity.title_redirects(second.title_ids, winners) == {}
