// shared-base-model: papers grouped by the base model they build on.
// Checkpoints roll up to their family root (Flan-T5-XL -> Flan-T5 -> T5) unless $exact;
// $since/$until keep papers published in that range (ISO dates, or null).
//
// In the Neo4j Browser set the parameters first:
//   :param exact => false
//   :param min_confidence => 0.65
//   :param since => null
//   :param until => null
MATCH (p:Paper)-[r:MENTIONS {role: "builds_on"}]->(m:Model)
WHERE coalesce(r.confidence, 1.0) >= $min_confidence
  AND ($since IS NULL OR p.published_on >= $since)
  AND ($until IS NULL OR p.published_on <= $until)
MATCH (m)-[:VARIANT_OF|BASED_ON*0..]->(root:Model)
WHERE ($exact AND root = m)
   OR (NOT $exact AND NOT (root)-[:VARIANT_OF|BASED_ON]->(:Model))
WITH DISTINCT root AS base, p
ORDER BY p.id
WITH base, collect({id: p.id, title: p.title}) AS papers
RETURN base.name AS base_model, base.id AS base_model_id, papers, size(papers) AS count
ORDER BY count DESC, base_model, base_model_id
