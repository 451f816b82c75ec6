// co-mentioned: entities that travel with a given entity, by number of shared papers.
//
// In the Neo4j Browser set the parameters first (type: "model", "dataset", "repo" or null):
//   :param entity => "T5"
//   :param type => "dataset"
MATCH (e)
WHERE (e:Model OR e:Dataset OR e:Repo)
  AND (e.id = $entity OR toLower(coalesce(e.name, e.path)) = toLower($entity)
       OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) = toLower($entity))
   OR toLower(coalesce(e.hf_id, "")) = toLower($entity))
WITH collect(e) AS entities
UNWIND entities AS e
MATCH (p:Paper)-[:MENTIONS|HAS_CODE]->(e)
WITH DISTINCT entities, p
MATCH (p)-[:MENTIONS|HAS_CODE]->(other)
WHERE NOT other IN entities
  AND ($type IS NULL OR toLower(labels(other)[0]) = toLower($type))
WITH other, count(DISTINCT p) AS papers
RETURN other.id AS id, coalesce(other.name, other.path) AS name, labels(other)[0] AS type, papers
ORDER BY papers DESC, id
