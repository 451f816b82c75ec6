// lineage: ancestors and descendants of a model, over family (VARIANT_OF) and BASED_ON edges
// ($declared: only the edges a structured source such as Hub metadata declared).
//
// In the Neo4j Browser set the parameters first:
//   :param model => "Flan-T5"
//   :param declared => false
MATCH (m:Model)
WHERE m.id = $model OR toLower(m.name) = toLower($model)
   OR any(alias IN coalesce(m.aliases, []) WHERE toLower(alias) = toLower($model))
   OR toLower(coalesce(m.hf_id, "")) = toLower($model)
WITH collect(m) AS models
UNWIND models AS m
CALL (m) {
  MATCH path = (m)-[:VARIANT_OF|BASED_ON*1..]->(other:Model)
  WHERE NOT $declared OR all(r IN relationships(path) WHERE r.method = "declared")
  RETURN other, "ancestor" AS direction, length(path) AS distance
  UNION ALL
  MATCH path = (other:Model)-[:VARIANT_OF|BASED_ON*1..]->(m)
  WHERE NOT $declared OR all(r IN relationships(path) WHERE r.method = "declared")
  RETURN other, "descendant" AS direction, length(path) AS distance
}
WITH models, other, direction, min(distance) AS distance
WHERE NOT other IN models
RETURN direction, distance, other.id AS id, other.name AS name
ORDER BY direction, distance, id
