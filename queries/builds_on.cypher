// builds-on: papers that build on a model or on anything derived from it.
//
// In the Neo4j Browser set the parameters first:
//   :param model => "Llama 2"
//   :param min_confidence => 0.05
MATCH (m:Model)
WHERE m.id = $model OR toLower(m.name) = toLower($model)
   OR any(alias IN coalesce(m.aliases, []) WHERE toLower(alias) = toLower($model))
   OR toLower(coalesce(m.hf_id, "")) = toLower($model)
MATCH (derived:Model)-[:VARIANT_OF|BASED_ON*0..]->(m)
WITH DISTINCT derived
MATCH (p:Paper)-[r:MENTIONS {role: "builds_on"}]->(derived)
WHERE coalesce(r.confidence, 1.0) >= $min_confidence
WITH p, derived, min(coalesce(r.surface, "")) AS evidence
RETURN p.id AS paper_id, p.title AS title, derived.name AS via_model,
       derived.id AS via_model_id, evidence
ORDER BY paper_id, via_model
