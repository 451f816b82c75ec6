"""The Neo4j store's statements (graph/cypher.py): each used, closed, and valid Cypher.

A label or relationship type can only reach a statement's text through a slot that takes a
member of the closed sets (graph/vocabulary.py); everything else is a `$parameter`. Here
every statement is checked to be called by name from the code, to take nothing but the
closed sets in its slots (a label or type that is not a member is refused, and every label
and type in every filled text is one), and to compile, in every form its slots allow, on the
real Neo4j of the session. Running them is what the Neo4j store's tests do.
"""

from __future__ import annotations

import ast
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import neo4j
import pytest

from citegraph.graph import cypher
from citegraph.graph.vocabulary import EdgeType, NodeLabel

REPO = Path(__file__).resolve().parent.parent
CODE_DIRS = ("app", "graph", "queries", "exports", "linker", "loaders")
# `(n:Label` and `(n:A|B` in node patterns, `[r:TYPE` in relationship patterns.
NODE_LABELS = re.compile(r"\(\w*:([\w|]+)")
RELATIONSHIP_TYPES = re.compile(r"\[\w*:(\w+)")
# A slot left unfilled: `{label}`, `{label:lower}`...
UNFILLED = re.compile(r"\{(?:" + "|".join(cypher.SLOTS) + r")(?::\w+)?\}")
SCHEMA = ("CREATE CONSTRAINT", "CREATE INDEX")


def forms(statement: cypher.Statement) -> Iterator[dict[str, Any]]:
    """Every filling of the statement's slots from the closed sets."""
    choices = []
    for slot in sorted(statement.slots):
        if slot == "labels":
            members = list(NodeLabel)
            subsets = [
                frozenset(subset)
                for size in range(1, len(members) + 1)
                for subset in itertools.combinations(members, size)
            ]
            choices.append([(slot, subset) for subset in subsets])
        elif slot == "types":
            # Each type alone, a pair and all of them: every subset would be 63 forms.
            types = list(EdgeType)
            subsets = [frozenset({t}) for t in types] + [frozenset(types[:2]), frozenset(types)]
            choices.append([(slot, subset) for subset in subsets])
        else:
            choices.append([(slot, member) for member in cypher.SLOTS[slot]])
    for combination in itertools.product(*choices):
        yield dict(combination)


def filled() -> Iterator[tuple[str, str]]:
    for name, statement in cypher.STATEMENTS.items():
        for slots in forms(statement):
            yield name, statement(**slots)


def test_every_statement_is_called_by_name_from_the_code() -> None:
    code = "\n".join(
        path.read_text(encoding="utf-8")
        for folder in CODE_DIRS
        for path in sorted((REPO / folder).rglob("*.py"))
        if path != REPO / "graph" / "cypher.py"
    )
    unused = [name for name in cypher.STATEMENTS if not re.search(rf"\bcypher\.{name}\b", code)]
    assert unused == []
    # And each is registered under the name it is called by.
    assert all(getattr(cypher, name) is st for name, st in cypher.STATEMENTS.items())


def test_labels_and_types_come_only_from_the_closed_sets() -> None:
    labels = {label.value for label in NodeLabel} | {cypher.REDIRECT_LABEL}
    types = {edge_type.value for edge_type in EdgeType}
    for name, text in filled():
        assert not UNFILLED.search(text), (name, text)
        for expression in NODE_LABELS.findall(text):
            assert set(expression.split("|")) <= labels, (name, text)
        assert set(RELATIONSHIP_TYPES.findall(text)) <= types, (name, text)


@pytest.mark.parametrize(
    "bad", ["Person", "Paper) DETACH DELETE n //", "MENTIONS]->() DELETE r //", ""]
)
def test_a_slot_refuses_anything_outside_its_closed_set(bad: str) -> None:
    with pytest.raises(ValueError):
        cypher.MERGE_NODES(label=bad)
    with pytest.raises(ValueError):
        cypher.COUNT_TYPE(type=bad)
    with pytest.raises(ValueError):
        cypher.MERGE_RELATIONSHIPS(type=EdgeType.MENTIONS, source=bad, target=NodeLabel.MODEL)
    with pytest.raises(ValueError):
        cypher.NAMED_NODE_EXISTS(labels={NodeLabel.MODEL, bad})
    with pytest.raises(ValueError):
        cypher.READ_STEP_OUT(label=NodeLabel.MODEL, types={EdgeType.BASED_ON, bad})


def test_slots_are_filled_exactly() -> None:
    with pytest.raises(ValueError):
        cypher.MERGE_NODES()  # missing
    with pytest.raises(ValueError):
        cypher.PING(label=NodeLabel.PAPER)  # extra
    with pytest.raises(ValueError):
        cypher.COUNT_LABEL(type=EdgeType.MENTIONS)  # the wrong one
    with pytest.raises(ValueError):
        cypher.NAMED_NODE_EXISTS(labels="Model")  # a string is not a set of labels
    with pytest.raises(ValueError):
        cypher.NAMED_NODE_EXISTS(labels=frozenset())
    assert cypher.ID_CONSTRAINT(label="Dataset") == (
        "CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE"
    )
    assert "(n:Dataset|Model)" in cypher.NAMED_NODE_EXISTS(labels={"Model", "Dataset"})
    with pytest.raises(ValueError, match="unknown slots"):
        cypher.Statement("BAD", "A slot outside the closed sets.", "MATCH (n:{name}) RETURN n")


# Every member of the closed sets, as a slot writes it (`Paper`, or `paper` for `{label:lower}`).
_MEMBER = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {spelling for member in (*NodeLabel, *EdgeType)
             for spelling in (member.value, member.value.lower())},
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)  # fmt: skip


def shape(text: str) -> str:
    """A filled statement with every label and type written as one placeholder: two forms
    of one shape differ only in which member of the closed sets stands in a slot, so they
    parse and plan alike (no member is a Cypher keyword), while `A` and `A|B` differ."""
    return _MEMBER.sub("_", text)


def test_every_form_of_every_statement_compiles_on_neo4j(neo4j_driver: neo4j.Driver) -> None:
    """EXPLAIN plans one form of each shape without running it (the 535 forms have 42
    shapes; planning all of them was the suite's longest test); schema statements run, every
    form, twice (they must be idempotent), on the empty database of the fixture."""
    compiled = set()
    planned: set[tuple[str, str]] = set()
    with neo4j_driver.session() as session:
        for name, text in filled():
            if text.startswith(SCHEMA):
                for _ in range(2):
                    session.run(text).consume()
            elif (name, shape(text)) not in planned:
                session.run(f"EXPLAIN {text}").consume()
                planned.add((name, shape(text)))
            compiled.add(name)
    assert compiled == cypher.STATEMENTS.keys()


def test_forms_of_one_shape_differ_only_in_their_slots() -> None:
    """What lets the test above plan one form per shape: a shape is the text with labels
    and types replaced, so a single label and an alternation of two are different shapes,
    and no text outside the slots is lost."""
    texts = {text for name, text in filled() if name == "READ_OUT_EDGES"}
    assert len({shape(text) for text in texts}) < len(texts)
    assert shape("MATCH (n:Paper) RETURN n") == shape("MATCH (n:Repo) RETURN n")
    assert shape("MATCH (n:Paper) RETURN n") != shape("MATCH (n:Paper|Model) RETURN n")
    assert shape("MATCH (n:Paper) RETURN n.title") != shape("MATCH (n:Paper) RETURN n.id")


@pytest.mark.parametrize(
    "module", ["graph/neo4j_store.py", "queries/__init__.py", "queries/base.py"]
)
def test_no_cypher_is_written_outside_the_statements(module: str) -> None:
    """The store and the existence check spell no Cypher of their own (docstrings aside)."""
    tree = ast.parse((REPO / module).read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    cypher_words = re.compile(r"\b(MATCH|MERGE|RETURN|UNWIND|CREATE|DELETE|SET)\b")
    strings = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and id(node) not in docstrings
    ]  # fmt: skip
    assert [text for text in strings if cypher_words.search(text)] == []
