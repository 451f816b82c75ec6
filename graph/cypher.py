"""Every statement the Neo4j store sends, by name: the Cypher beside the schema it writes.

The store (graph/neo4j_store.py) and the look-ups of queries/ call these by name; the
named queries users paste into the Neo4j Browser stay in their `.cypher` files in queries/.

Cypher cannot take a label or a relationship type as a parameter, so a statement that
needs one names it as a slot in its text: `{label}`, `{source}` and `{target}` take a
`NodeLabel`, `{type}` an `EdgeType`, `{labels}` a set of `NodeLabel`s (a label expression,
`Model|Dataset`), `{types}` a set of `EdgeType`s (`MENTIONS|HAS_CODE`), and `{label:lower}`
is the label in lower case (schema names). Filling a slot checks the value against the
closed sets of graph/vocabulary.py, so no text from a paper can reach a statement's text;
every other value travels as a `$parameter`.
tests/test_cypher.py checks that each statement is used, that its slots take only the
closed sets, and that every form of it compiles on a real Neo4j.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .vocabulary import EdgeType, NodeLabel

# The label of the nodes remembering merged-away paper ids (`(:Redirect {id, to})`): outside
# the record model's labels on purpose, so stats, exports and queries never see them.
REDIRECT_LABEL = "Redirect"

# What each slot takes; the only way anything but Cypher gets into a statement's text.
SLOTS: dict[str, type[NodeLabel] | type[EdgeType]] = {
    "label": NodeLabel,
    "source": NodeLabel,
    "target": NodeLabel,
    "type": EdgeType,
    "labels": NodeLabel,  # a set of them
    "types": EdgeType,  # a set of them
}


class _Name(str):
    """A slot's value in a statement's text; `{slot:lower}` spells it in lower case."""

    def __format__(self, spec: str) -> str:
        if spec == "lower":
            return self.lower()
        if spec:
            raise ValueError(f"unknown slot format {spec!r}")
        return str(self)


@dataclass(frozen=True)
class Statement:
    """One named statement: its Cypher, with slots for labels and types (see the module)."""

    name: str
    doc: str
    template: str
    slots: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        names = {
            slot for _, slot, _, _ in string.Formatter().parse(self.template) if slot is not None
        }
        unknown = names - SLOTS.keys()
        if unknown:
            raise ValueError(f"{self.name}: unknown slots {sorted(unknown)}")
        object.__setattr__(self, "slots", frozenset(names))

    def __call__(self, **slots: Any) -> str:
        """The statement's text with `slots` filled from the closed sets (ValueError else)."""
        if slots.keys() != self.slots:
            raise ValueError(f"{self.name} takes slots {sorted(self.slots)}, not {sorted(slots)}")
        return self.template.format(**{name: _fill(name, value) for name, value in slots.items()})


def _fill(slot: str, value: Any) -> _Name:
    closed = SLOTS[slot]
    if slot in ("labels", "types"):
        members = sorted(closed(member) for member in _as_set(value))
        if not members:
            raise ValueError(f"`{slot}` needs at least one member")
        return _Name("|".join(member.value for member in members))
    return _Name(closed(value).value)


def _as_set(value: Any) -> Iterable[Any]:
    if isinstance(value, str):
        raise ValueError(f"a set of labels or types is needed, not {value!r}")
    return value


STATEMENTS: dict[str, Statement] = {}


def _statement(name: str, doc: str, template: str) -> Statement:
    statement = Statement(name, doc, template)
    STATEMENTS[name] = statement
    return statement


# -- shared pieces (not statements themselves) ----------------------------------------------

# The write queries walk $rows by index so that changed rows can be named by their index
# instead of sending their ids back.
_UNWIND_ROWS = "UNWIND range(0, size($rows) - 1) AS i WITH i, $rows[i] AS row"
# Head of the edge MERGE: the batch's endpoint nodes, each looked up once, as two lists
# ordered like $sources and $targets (ORDER BY before collect() keeps that order). Rows name
# endpoints by position in them. A popular model is the target of hundreds of rows in a
# batch, and one index seek per row and endpoint was about a seventh of the server's time on
# a fresh load (bench/bench_neo4j.py, docs/neo4j.md). When an id has no node the lists come
# up short and the filter drops every row, which the caller reports as a missing endpoint.
_ENDPOINTS = (
    "UNWIND range(0, size($sources) - 1) AS j MATCH (a:{source} {{id: $sources[j]}}) "
    "WITH j, a ORDER BY j WITH collect(a) AS sources "
    "UNWIND range(0, size($targets) - 1) AS j MATCH (b:{target} {{id: $targets[j]}}) "
    "WITH sources, j, b ORDER BY j WITH sources, collect(b) AS targets "
    "WHERE size(sources) = size($sources) AND size(targets) = size($targets)"
)
_EACH_EDGE_ROW = (
    _ENDPOINTS + " UNWIND range(0, size($rows) - 1) AS i "
    "WITH i, $rows[i] AS row, sources, targets "
    "WITH i, row, sources[row.source] AS a, targets[row.target] AS b"
)
# Writing a property, even to the value it has, takes the entity's write lock, held to the
# end of the transaction; reading the stored properties after it means no concurrent
# transaction can write them between that read and our write-back, which would lose its
# update (two builds adding different `sources` to one model). Removing an absent property
# takes no lock, hence the assignment.
_LOCK_NODE = "SET n.id = n.id"
_LOCK_RELATIONSHIP = "SET r.key = r.key"
# Tail of the MERGE statements, after `WITH i, row, properties(...) AS stored`: how many rows
# found their nodes, and [index, stored properties] of the rows whose stored properties are
# not exactly the incoming ones. Map `=` is false when the keys differ and null only when a
# value is null (Neo4j stores none); null takes the ELSE branch, so a row is skipped only on
# an exact match.
_CHANGED = (
    "RETURN count(*) AS written, "
    "collect(CASE WHEN stored = row.props THEN null ELSE [i, stored] END) AS changed"
)


# -- schema ---------------------------------------------------------------------------------

ID_CONSTRAINT = _statement(
    "ID_CONSTRAINT",
    "The uniqueness of `id` per record label: the index every MERGE on `id` uses.",
    "CREATE CONSTRAINT {label:lower}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE",
)
REDIRECT_CONSTRAINT = _statement(
    "REDIRECT_CONSTRAINT",
    "The uniqueness of a redirect's old id: the look-up of every write naming a title id.",
    "CREATE CONSTRAINT redirect_id IF NOT EXISTS FOR (r:Redirect) "
    "REQUIRE r.id IS UNIQUE",
)
TITLE_KEY_INDEX = _statement(
    "TITLE_KEY_INDEX",
    "Papers by title key: the look-up of the title merge (`graph/identity.py`).",
    "CREATE INDEX paper_title_key IF NOT EXISTS FOR (n:Paper) "
    "ON (n.title_key)",
)

# -- writing nodes --------------------------------------------------------------------------

MERGE_NODES = _statement(
    "MERGE_NODES",
    "Rows {id, props} of one label in one round trip: new nodes are created with exactly the "
    "incoming properties; nodes that existed are locked (`_LOCK_NODE`) and come back as "
    "[row index, stored properties] when those differ from the row's ($rows).",
    _UNWIND_ROWS + " MERGE (n:{label} {{id: row.id}}) "
    "ON CREATE SET n += row.props ON MATCH " + _LOCK_NODE + " "
    "WITH i, row, properties(n) AS stored " + _CHANGED,
)
REPLACE_NODES = _statement(
    "REPLACE_NODES",
    "Write back rows {id, props} of one label whose stored and incoming properties were "
    "merged in Python ($rows).",
    "UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) SET n = row.props",
)

# -- writing relationships ------------------------------------------------------------------

MERGE_RELATIONSHIPS = _statement(
    "MERGE_RELATIONSHIPS",
    "Rows {source, target, props} of one type between two labels, endpoints by position in "
    "$sources and $targets (`_ENDPOINTS`), in one round trip. Only relationships that "
    "existed before are read back (under the lock ON MATCH takes): reading back every "
    "just-created one was a sixth of the server's time on a fresh load (docs/neo4j.md).",
    _EACH_EDGE_ROW + " OPTIONAL MATCH (a)-[old:{type} {{key: row.props.key}}]->(b) "
    "WITH i, row, a, b, old IS NOT NULL AS existed "
    "MERGE (a)-[r:{type} {{key: row.props.key}}]->(b) ON CREATE SET r += row.props "
    "ON MATCH " + _LOCK_RELATIONSHIP + " "
    "WITH i, row, CASE WHEN existed THEN properties(r) END AS stored "
    "RETURN count(*) AS written, count(stored) AS existing, "
    "collect(CASE WHEN stored IS NULL OR stored = row.props THEN null "
    "ELSE [i, stored] END) AS changed",
)
REREAD_RELATIONSHIPS = _statement(
    "REREAD_RELATIONSHIPS",
    "What every row's relationship holds now, locked: for when another transaction created "
    "some of them between MERGE_RELATIONSHIPS' OPTIONAL MATCH and its MERGE.",
    _EACH_EDGE_ROW + " MATCH (a)-[r:{type} {{key: row.props.key}}]->(b) "
    + _LOCK_RELATIONSHIP + " WITH i, row, properties(r) AS stored " + _CHANGED,
)
REPLACE_RELATIONSHIPS = _statement(
    "REPLACE_RELATIONSHIPS",
    "Write back rows {source, target, props} whose stored and incoming properties were "
    "merged in Python ($rows, $sources, $targets).",
    _ENDPOINTS + " UNWIND $rows AS row "
    "WITH row, sources[row.source] AS a, targets[row.target] AS b "
    "MATCH (a)-[r:{type} {{key: row.props.key}}]->(b) SET r = row.props",
)
COUNT_NODE = _statement(
    "COUNT_NODE",
    "Whether a node of this label has id $id (naming an edge's missing endpoint).",
    "MATCH (n:{label} {{id: $id}}) RETURN count(n) AS c",
)

# -- the title merge (decided by graph/identity.py) -----------------------------------------

REDIRECTS_OF = _statement(
    "REDIRECTS_OF",
    "The stored redirects of the title ids in $ids.",
    "UNWIND $ids AS id MATCH (r:Redirect {{id: id}}) RETURN r.id AS id, r.to AS to",
)
SAVE_REDIRECTS = _statement(
    "SAVE_REDIRECTS",
    "Record redirects, rows {id, to} ($rows).",
    "UNWIND $rows AS row MERGE (r:Redirect {{id: row.id}}) SET r.to = row.to",
)
ALL_REDIRECTS = _statement(
    "ALL_REDIRECTS",
    "Every redirect, by old id.",
    "MATCH (r:Redirect) RETURN r.id AS id, r.to AS to ORDER BY id",
)
PAPERS_BY_TITLE_KEY = _statement(
    "PAPERS_BY_TITLE_KEY",
    "The stored papers of the title keys in $keys, with their properties, by id.",
    "UNWIND $keys AS key MATCH (n:Paper {{title_key: key}}) "
    "RETURN n.id AS id, n.title_key AS title_key, properties(n) AS props ORDER BY id",
)
ENSURE_ABSORBING_PAPERS = _statement(
    "ENSURE_ABSORBING_PAPERS",
    "The arXiv paper of each pair {old, new} ($pairs), so relationships can move onto it "
    "before the batch's write sets its properties.",
    "UNWIND $pairs AS pair MERGE (:Paper {{id: pair.new}})",
)
OUTGOING_TO_MOVE = _statement(
    "OUTGOING_TO_MOVE",
    "One type's relationships from each absorbed paper (pairs {old, new}, $pairs), with "
    "what the new paper already holds under the same key, to merge in Python.",
    "UNWIND $pairs AS pair MATCH (o:Paper {{id: pair.old}})"
    "-[r:{type}]->(x) "
    "MATCH (n:Paper {{id: pair.new}}) "
    "OPTIONAL MATCH (n)-[e:{type} {{key: r.key}}]->(x) "
    "RETURN pair.new AS new, elementId(x) AS other, r.key AS key, "
    "properties(r) AS moved, properties(e) AS existing",
)
INCOMING_TO_MOVE = _statement(
    "INCOMING_TO_MOVE",
    "As OUTGOING_TO_MOVE, for relationships into each absorbed paper.",
    "UNWIND $pairs AS pair "
    "MATCH (x)-[r:{type}]->(o:Paper {{id: pair.old}}) "
    "MATCH (n:Paper {{id: pair.new}}) "
    "OPTIONAL MATCH (x)-[e:{type} {{key: r.key}}]->(n) "
    "RETURN pair.new AS new, elementId(x) AS other, r.key AS key, "
    "properties(r) AS moved, properties(e) AS existing",
)
MOVE_OUTGOING = _statement(
    "MOVE_OUTGOING",
    "Re-create moved relationships on the new paper, rows {new, other, key, props} ($rows).",
    "UNWIND $rows AS row MATCH (n:Paper {{id: row.new}}) "
    "MATCH (x) WHERE elementId(x) = row.other "
    "MERGE (n)-[e:{type} {{key: row.key}}]->(x) SET e = row.props",
)
MOVE_INCOMING = _statement(
    "MOVE_INCOMING",
    "As MOVE_OUTGOING, for relationships into the new paper.",
    "UNWIND $rows AS row MATCH (n:Paper {{id: row.new}}) "
    "MATCH (x) WHERE elementId(x) = row.other "
    "MERGE (x)-[e:{type} {{key: row.key}}]->(n) SET e = row.props",
)
DELETE_ABSORBED = _statement(
    "DELETE_ABSORBED",
    "Delete each absorbed title paper (pairs {old, new}, $pairs) once its relationships moved.",
    "UNWIND $pairs AS pair MATCH (n:Paper {{id: pair.old}}) DETACH DELETE n",
)

# -- reading --------------------------------------------------------------------------------

PING = _statement(
    "PING",
    "Whether the database answers (a named database must exist).",
    "RETURN 1",
)
COUNT_LABEL = _statement(
    "COUNT_LABEL",
    "How many nodes carry one label (stats).",
    "MATCH (n:{label}) RETURN count(n) AS c",
)
COUNT_TYPE = _statement(
    "COUNT_TYPE",
    "How many relationships have one type (stats).",
    "MATCH ()-[r:{type}]->() RETURN count(r) AS c",
)
NAMED_NODE_EXISTS = _statement(
    "NAMED_NODE_EXISTS",
    "How many nodes of the labels are called $value: by id, or case-insensitively by name, "
    "title, path, an alias or hub id (what a named query's parameter may name).",
    "MATCH (n:{labels}) WHERE n.id = $value "
    "OR toLower(coalesce(n.name, n.title, n.path)) = toLower($value) "
    "OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower($value)) "
    "OR toLower(coalesce(n.hf_id, '')) = toLower($value) "
    "RETURN count(n) AS found",
)
CLEAR = _statement(
    "CLEAR",
    "Delete every node and relationship, in transactions of 10,000 (constraints stay); "
    "must run auto-committed.",
    "MATCH (n) CALL (n) {{ DETACH DELETE n }} IN TRANSACTIONS OF 10000 ROWS",
)


# -- the reads of the store protocol (graph/store.py) ----------------------------------------
# Pages are keyset-paged on the id index (`id > $after ORDER BY id LIMIT $page`): each page
# is one short transaction and none repeats or skips a node, however large the graph.
READ_NODES = _statement(
    "READ_NODES",
    "A page of one label's nodes after id $after, in id order, with their properties.",
    "MATCH (n:{label}) WHERE n.id > $after "
    "RETURN n.id AS id, properties(n) AS props ORDER BY n.id LIMIT $page",
)
READ_NODE_FIELDS = _statement(
    "READ_NODE_FIELDS",
    "A page of one label's nodes after id $after, in id order, with the values of $keys.",
    "MATCH (n:{label}) WHERE n.id > $after "
    "RETURN n.id AS id, [k IN $keys | n[k]] AS values ORDER BY n.id LIMIT $page",
)
READ_NODES_BY_ID = _statement(
    "READ_NODES_BY_ID",
    "The nodes of one label among $ids, with their label and properties.",
    "UNWIND $ids AS id MATCH (n:{label} {{id: id}}) "
    "RETURN n.id AS id, labels(n)[0] AS label, properties(n) AS props",
)
COUNT_OUT = _statement(
    "COUNT_OUT",
    "How many relationships of one type start from one label: answered from the count "
    "store, without reading a node or relationship.",
    "MATCH (:{label})-[r:{type}]->() RETURN count(r) AS c",
)
# A page of source nodes and their relationships of the wanted types; a source without
# any gives one row with a null target, so `size` and `last` always come back.
_OUT_EDGES = (
    "MATCH (a:{label}) WHERE a.id > $after WITH a ORDER BY a.id LIMIT $page "
    "WITH collect(a) AS page UNWIND page AS a "
    "OPTIONAL MATCH (a)-[r:{types}]->(b) "
    "RETURN size(page) AS size, page[-1].id AS last, a.id AS source, b.id AS target, "
    "type(r) AS type, r.key AS key, {edge} AS edge, [k IN $source_keys | a[k]] AS node "
    "ORDER BY source, target, type + ':' + coalesce(key, '')"
)
READ_OUT_EDGES = _statement(
    "READ_OUT_EDGES",
    "A page of one label's nodes after id $after and their relationships of the types, "
    "with the relationships' properties and the values of $source_keys of the sources.",
    _OUT_EDGES.replace("{edge}", "properties(r)"),
)
READ_OUT_EDGE_FIELDS = _statement(
    "READ_OUT_EDGE_FIELDS",
    "READ_OUT_EDGES with only the values of $edge_keys of each relationship.",
    _OUT_EDGES.replace("{edge}", "[k IN $edge_keys | r[k]]"),
)
READ_ADJACENT = _statement(
    "READ_ADJACENT",
    "The ids of the nodes next to the nodes of one label among $ids, either direction.",
    "UNWIND $ids AS id MATCH (n:{label} {{id: id}})--(m) RETURN DISTINCT m.id AS other",
)
READ_EDGES_AMONG = _statement(
    "READ_EDGES_AMONG",
    "The relationships from the nodes of one label among $ids to nodes among $among.",
    "UNWIND $ids AS id MATCH (a:{label} {{id: id}})-[r]->(b) WHERE b.id IN $among "
    "RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props",
)
READ_STEP_OUT = _statement(
    "READ_STEP_OUT",
    "One step along relationships of the types out of the nodes of one label among $ids.",
    "UNWIND $ids AS id MATCH (n:{label} {{id: id}})-[r:{types}]->(m) "
    "RETURN n.id AS source, m.id AS target, m.id AS other, type(r) AS type, "
    "properties(r) AS props",
)
READ_STEP_IN = _statement(
    "READ_STEP_IN",
    "One step against relationships of the types into the nodes of one label among $ids.",
    "UNWIND $ids AS id MATCH (n:{label} {{id: id}})<-[r:{types}]-(m) "
    "RETURN m.id AS source, n.id AS target, m.id AS other, type(r) AS type, "
    "properties(r) AS props",
)
