// co-mentioned: entities that travel with a given entity, by number of shared papers, with
// the papers behind each count. The entity stands for its family (itself and everything
// derived from it) and each entity beside it counts for its lineage root, unless $exact.
//
// In the Neo4j Browser set the parameters first (type: "model", "dataset", "repo" or null;
// since/until: ISO dates or null):
//   :param entity => "T5"
//   :param type => "dataset"
//   :param exact => false
//   :param min_confidence => 0.0
//   :param since => null
//   :param until => null
MATCH (e)
WHERE (e:Model OR e:Dataset OR e:Repo)
  AND (e.id = $entity OR toLower(coalesce(e.name, e.path)) = toLower($entity)
       OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($entity))
   OR toLower(coalesce(e.hf_id, "")) = toLower($entity))
MATCH (member)-[:VARIANT_OF|BASED_ON*0..]->(e)
WHERE NOT $exact OR member = e
WITH collect(DISTINCT member) AS family
UNWIND family AS member
MATCH (p:Paper)-[r:MENTIONS|HAS_CODE]->(member)
WHERE coalesce(r.confidence, 1.0) >= $min_confidence
  AND ($since IS NULL OR p.published_on >= $since)
  AND ($until IS NULL OR p.published_on <= $until)
WITH DISTINCT family, p
MATCH (p)-[r:MENTIONS|HAS_CODE]->(other)
WHERE NOT other IN family AND coalesce(r.confidence, 1.0) >= $min_confidence
MATCH (other)-[:VARIANT_OF|BASED_ON*0..]->(counted)
WHERE ($exact AND counted = other)
   OR (NOT $exact AND labels(counted)[0] = labels(other)[0]
       AND NOT exists { (counted)-[:VARIANT_OF|BASED_ON]->(parent)
                        WHERE labels(parent)[0] = labels(counted)[0] })
WITH DISTINCT family, counted, p
WHERE NOT counted IN family AND ($type IS NULL OR toLower(labels(counted)[0]) = toLower($type))
WITH counted, p ORDER BY p.id
WITH counted, collect({id: p.id, title: p.title}) AS papers
RETURN counted.id AS id, coalesce(counted.name, counted.path) AS name, labels(counted)[0] AS type,
       size(papers) AS count, papers
ORDER BY count DESC, id
