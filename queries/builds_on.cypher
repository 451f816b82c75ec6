// builds-on: papers that build on a model or on anything derived from it, one row per paper
// with every model of the family it names ($since/$until: published dates, or null).
//
// In the Neo4j Browser set the parameters first:
//   :param model => "Llama 2"
//   :param min_confidence => 0.65
//   :param since => null
//   :param until => null
MATCH (m:Model)
WHERE m.id = $model OR toLower(m.name) = toLower($model)
   OR any(alias IN coalesce(m.aliases, []) WHERE toLower(alias) = toLower($model))
   OR toLower(coalesce(m.hf_id, "")) = toLower($model)
MATCH (derived:Model)-[:VARIANT_OF|BASED_ON*0..]->(m)
WITH DISTINCT derived
MATCH (p:Paper)-[r:MENTIONS {role: "builds_on"}]->(derived)
WHERE coalesce(r.confidence, 1.0) >= $min_confidence
  AND ($since IS NULL OR p.published_on >= $since)
  AND ($until IS NULL OR p.published_on <= $until)
WITH p, derived, min(coalesce(r.surface, "")) AS evidence
ORDER BY derived.name, derived.id
WITH p, collect(derived.name) AS via_models, collect(derived.id) AS via_model_ids,
     collect(evidence) AS evidence
RETURN p.id AS paper_id, p.title AS title, via_models, via_model_ids, evidence
ORDER BY paper_id
