"""Exports of a citegraph graph for people and other tools.

Every function here takes a networkx `MultiDiGraph` shaped like `NetworkxStore.graph` (node
attribute `type` = label, edge attribute `type` = relationship type), so a graph read from a
file, a focus subgraph, a named query's result or a Neo4j store's read-back all export alike.
Text from papers is sanitised in one module, `sanitize`, for every format.
"""
