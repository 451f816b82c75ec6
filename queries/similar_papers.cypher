// similar-papers: papers sharing entities with a given paper, ranked by Adamic-Adar
// (each shared entity weighs 1/log(number of papers linking it): niche ones count more).
//
// In the Neo4j Browser set the parameters first:
//   :param paper => "Large Language Models with Controllable Working Memory"
MATCH (p:Paper)
WHERE p.id = $paper OR toLower(p.title) = toLower($paper)
WITH collect(p) AS papers
UNWIND papers AS p
MATCH (p)-[:MENTIONS|HAS_CODE]->(e)
WITH DISTINCT papers, e
MATCH (linking:Paper)-[:MENTIONS|HAS_CODE]->(e)
WITH papers, e, collect(DISTINCT linking) AS linking
WHERE size(linking) >= 2
UNWIND linking AS other
WITH papers, e, other, 1.0 / log(size(linking)) AS weight
WHERE NOT other IN papers
WITH other, e, weight ORDER BY coalesce(e.name, e.title, e.path)
WITH other, sum(weight) AS score, collect(DISTINCT coalesce(e.name, e.title, e.path)) AS shared
RETURN other.id AS id, other.title AS title, round(score, 4) AS score, shared
ORDER BY score DESC, id
