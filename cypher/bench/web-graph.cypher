// Web bench graph: $people fictional persons in $countries countries, each meeting a few others
// (events reported in articles), so any 2,000 of them form a connected, labelled subgraph.
// Params: $people, $countries, $meetings (integers; JS numbers arrive as floats, hence toInteger). Columns: none.
WITH toInteger($people) AS people, toInteger($countries) AS countries, toInteger($meetings) AS meetings
UNWIND range(0, countries - 1) AS c
CREATE (:Country {id: 'BX' + c, name: 'Benchland ' + c, aliases: []})
WITH people, countries, meetings, count(*) AS made
UNWIND range(0, people - 1) AS i
MATCH (c:Country {id: 'BX' + (i % countries)})
CREATE (p:Person {id: 'bench-person-' + i, name: 'Bench Person ' + i, aliases: ['B. Person ' + i]})
CREATE (p)-[:HOLDS {asOf: '2020-01-01', rank: null, article: 'bench-article-' + (i % 500)}]->(:Role {id: 'bench-role-' + i, name: 'Envoy', aliases: []})-[:OF]->(c)
WITH people, meetings, count(*) AS made2
UNWIND range(0, meetings - 1) AS k
WITH k, k % people AS a, (k * 7919 + 13) % people AS b
WHERE a <> b
MATCH (pa:Person {id: 'bench-person-' + a}), (pb:Person {id: 'bench-person-' + b})
MERGE (art:Article {id: 'bench-article-' + (k % 500)})
  ON CREATE SET art.name = 'Bench article ' + (k % 500), art.title = 'Bench article ' + (k % 500), art.text = 'Synthetic.', art.published = '2021-01-01'
CREATE (e:Event {id: 'bench-event-' + k, name: 'meeting ' + k, type: 'meeting', date: toString(2010 + k % 14) + '-05-0' + (1 + k % 9), aliases: []})
CREATE (pa)-[:PARTICIPATED_IN]->(e), (pb)-[:PARTICIPATED_IN]->(e)
CREATE (e)-[:REPORTED_IN {evidence: 'Synthetic sentence ' + k + '.'}]->(art)
CREATE (pa)-[:MET {date: e.date, place: 'Bench City', event: e.id, article: art.id, evidence: 'Synthetic sentence ' + k + '.'}]->(pb)
