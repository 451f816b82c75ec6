// lineage: ancestors and descendants of a model, over family (VARIANT_OF) and BASED_ON edges
// ($declared: only the edges a structured source such as Hub metadata declared). Each row
// carries the relation ("variant" for VARIANT_OF) and declared_by of the edge joining the
// model to its neighbour on a shortest path.
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
  RETURN other, "ancestor" AS direction, length(path) AS distance,
         last(relationships(path)) AS hop
  UNION ALL
  MATCH path = (other:Model)-[:VARIANT_OF|BASED_ON*1..]->(m)
  WHERE NOT $declared OR all(r IN relationships(path) WHERE r.method = "declared")
  RETURN other, "descendant" AS direction, length(path) AS distance,
         head(relationships(path)) AS hop
}
WITH models, other, direction, distance,
     CASE type(hop) WHEN "VARIANT_OF" THEN "variant" ELSE coalesce(hop.relation, "") END
       AS relation,
     coalesce(hop.declared_by, "") AS declared_by
WHERE NOT other IN models
ORDER BY distance, relation, declared_by
WITH other, direction, collect([distance, relation, declared_by])[0] AS best
RETURN direction, best[0] AS distance, other.id AS id, other.name AS name,
       best[1] AS relation, CASE best[2] WHEN "" THEN null ELSE best[2] END AS declared_by
ORDER BY direction, distance, id
