// path: the shortest connection between two nodes (either direction), with what lies on it.
// Among equally short paths, the one whose node ids sort first is returned.
//
// In the Neo4j Browser set the parameters first:
//   :param source => "Flan-T5"
//   :param target => "MIMIC-III"
MATCH (a)
WHERE a.id = $source OR toLower(coalesce(a.name, a.title, a.path)) = toLower($source)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) = toLower($source))
   OR toLower(coalesce(a.hf_id, "")) = toLower($source)
MATCH (b)
WHERE b.id = $target OR toLower(coalesce(b.name, b.title, b.path)) = toLower($target)
   OR any(alias IN coalesce(b.aliases, []) WHERE toLower(alias) = toLower($target))
   OR toLower(coalesce(b.hf_id, "")) = toLower($target)
MATCH route = allShortestPaths((a)-[*..10]-(b))
WITH route, reduce(key = "", n IN nodes(route) | key + n.id + "|") AS key,
     reduce(key = "", r IN relationships(route) | key + type(r) + "|") AS types
ORDER BY length(route), key, types
LIMIT 1
UNWIND range(0, length(route)) AS step
WITH route, step, nodes(route)[step] AS n
RETURN step, n.id AS id, labels(n)[0] AS type, coalesce(n.name, n.title, n.path) AS name,
       CASE WHEN step = length(route) THEN ""
            WHEN startNode(relationships(route)[step]) = n
            THEN "-[" + type(relationships(route)[step]) + "]->"
            ELSE "<-[" + type(relationships(route)[step]) + "]-" END AS via
ORDER BY step
