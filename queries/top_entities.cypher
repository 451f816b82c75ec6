// top-entities: the most-linked models, datasets and repos per type, by paper count.
// (citegraph adds a PageRank column computed in Python; with the GDS plugin installed,
//  CALL gds.pageRank.stream(...) gives the same ranking inside Neo4j.)
//
// In the Neo4j Browser set the parameters first (type: "model", "dataset", "repo" or null;
// since/until: ISO dates or null):
//   :param type => "model"
//   :param min_confidence => 0.0
//   :param since => null
//   :param until => null
MATCH (p:Paper)-[r:MENTIONS|HAS_CODE]->(e)
WHERE (e:Model OR e:Dataset OR e:Repo)
  AND ($type IS NULL OR toLower(labels(e)[0]) = toLower($type))
  AND coalesce(r.confidence, 1.0) >= $min_confidence
  AND ($since IS NULL OR p.published_on >= $since)
  AND ($until IS NULL OR p.published_on <= $until)
WITH e, count(DISTINCT p) AS papers
RETURN e.id AS id, coalesce(e.name, e.path) AS name, labels(e)[0] AS type, papers
ORDER BY type, papers DESC, id
