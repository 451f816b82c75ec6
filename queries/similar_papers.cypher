// similar-papers: papers sharing entities with a given paper, ranked by Adamic-Adar
// (each shared entity weighs 1/log(number of papers linking it): niche ones count more).
// $since/$until pick the papers compared with it (ISO dates or null); links below
// $min_confidence count nowhere, in the weights neither.
//
// In the Neo4j Browser set the parameters first:
//   :param paper => "Large Language Models with Controllable Working Memory"
//   :param min_confidence => 0.0
//   :param since => null
//   :param until => null
MATCH (p:Paper)
WHERE p.id = $paper OR toLower(p.title) = toLower($paper)
WITH collect(p) AS papers
UNWIND papers AS p
MATCH (p)-[r:MENTIONS|HAS_CODE]->(e)
WHERE coalesce(r.confidence, 1.0) >= $min_confidence
WITH DISTINCT papers, e
MATCH (linking:Paper)-[r:MENTIONS|HAS_CODE]->(e)
WHERE coalesce(r.confidence, 1.0) >= $min_confidence
  AND (linking IN papers
       OR (($since IS NULL OR linking.published_on >= $since)
           AND ($until IS NULL OR linking.published_on <= $until)))
WITH papers, e, collect(DISTINCT linking) AS linking
WHERE size(linking) >= 2
UNWIND linking AS other
WITH papers, e, other, 1.0 / log(size(linking)) AS weight
WHERE NOT other IN papers
WITH other, e, weight ORDER BY coalesce(e.name, e.title, e.path)
WITH other, sum(weight) AS score, collect(DISTINCT coalesce(e.name, e.title, e.path)) AS shared
RETURN other.id AS id, other.title AS title, round(score, 4) AS score, shared
ORDER BY score DESC, id
