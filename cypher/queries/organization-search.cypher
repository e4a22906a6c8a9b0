// @title Search organizations by name
// Answers: which organizations are called something like this, by name or alias? Forgiving of case
// and accents (the organization_names full-text index folds both, cypher/schema/003-search.cypher)
// and of small typos: each word of $query (letters and digits; anything else separates words)
// matches exactly (boost 3), as a prefix of a word of 2+ letters (boost 2, for autocomplete), or
// within 1 edit (words of 3-5 letters) or 2 edits (6 or more). Best matches first, ties by name;
// `score` is Lucene's relevance (only comparable within one search). No row for a query with no
// letters or digits. Used by GraphQL Query.searchOrganizations.
// @param query = 'ablinx' -- what the user typed
// @param limit = 10 -- how many matches at most
// @returns id, name, kind, aliases, score
// @expect row 0 = {"id": "ablynx", "name": "Ablynx", "kind": "Firm"}
WITH [word IN split(toLower(apoc.text.regreplace($query, '[^\\p{L}\\p{N}]+', ' ')), ' ') WHERE word <> ''] AS words
WHERE size(words) > 0
// Only letters and digits remain, so no word can carry Lucene syntax. Wildcard terms are not
// accent-folded by Lucene, hence the cleaned form for the prefix clause.
WITH reduce(lucene = '', word IN words |
       lucene + ' (' + word + '^3' +
       CASE WHEN size(word) >= 2 THEN ' ' + apoc.text.clean(word) + '*^2' ELSE '' END +
       CASE WHEN size(word) >= 6 THEN ' ' + word + '~2' WHEN size(word) >= 3 THEN ' ' + word + '~1' ELSE '' END +
       ')') AS lucene
CALL db.index.fulltext.queryNodes('organization_names', lucene, {limit: $limit}) YIELD node, score
RETURN node.id AS id, node.name AS name, [l IN labels(node) WHERE l <> 'Organization'][0] AS kind,
       node.aliases AS aliases, score
ORDER BY score DESC, name;
