/**
 * Test data factory for the explorer: a small news graph in the documented schema (issue 5),
 * written with plain Cypher. Sentences are our own, in the genre of the seed articles.
 */
import type { Driver } from 'neo4j-driver';

/** Ids the tests refer to. */
export const IDS = {
  dehqan: 'person-hossein-dehqan',
  hasanov: 'person-zakir-hasanov',
  aliyev: 'person-ilham-aliyev',
  rouhani: 'person-hassan-rouhani',
  meetingBaku: 'event-baku-2015',
  meetingTehran: 'event-tehran-2017',
  articleBaku: 'article-baku-2015',
  articleTehran: 'article-tehran-2017',
  articleMarkup: 'article-markup',
  hub: 'person-hub',
} as const;

/** The evidence sentence of the Baku meeting, as the details and who-met-whom panels show it. */
export const BAKU_EVIDENCE =
  'Defense Minister Hossein Dehqan sat down with Zakir Hasanov in Baku on Monday to talk about security along the Caspian coast.';

/** Article text that contains markup; the page must show it as text. */
export const MARKUP_TEXT =
  'An analyst wrote <b>bold claims</b> and <img src=x onerror="window.__pwned=1"> about <script>window.__pwned=2</script> talks in Tehran.';

const BASE = `
CREATE (ir:Country {id: 'IR', name: 'Iran', aliases: ['Islamic Republic of Iran']})
CREATE (az:Country {id: 'AZ', name: 'Azerbaijan', aliases: []})
CREATE (baku:Place {id: 'place-baku', name: 'Baku', kind: 'city', aliases: []})-[:IN_COUNTRY]->(az)
CREATE (teh:Place {id: 'place-tehran', name: 'Tehran', kind: 'city', aliases: []})-[:IN_COUNTRY]->(ir)
CREATE (d:Person {id: $ids.dehqan, name: 'Hossein Dehqan', aliases: ['Dehqan', 'Hossein Dehghan']})
CREATE (h:Person {id: $ids.hasanov, name: 'Zakir Hasanov', aliases: ['Hasanov']})
CREATE (al:Person {id: $ids.aliyev, name: 'Ilham Aliyev', aliases: ['Aliyev']})
CREATE (ro:Person {id: $ids.rouhani, name: 'Hassan Rouhani', aliases: ['Rouhani']})
CREATE (mdIr:Role {id: 'role-mod-ir', name: 'Minister of Defense', aliases: []})-[:OF]->(ir)
CREATE (mdAz:Role {id: 'role-mod-az', name: 'Minister of Defense', aliases: []})-[:OF]->(az)
CREATE (presAz:Role {id: 'role-pres-az', name: 'President', aliases: []})-[:OF]->(az)
CREATE (d)-[:HOLDS {asOf: '2015-04-20', rank: 'Brigadier General', article: $ids.articleBaku}]->(mdIr)
CREATE (h)-[:HOLDS {asOf: '2015-04-20', rank: 'Lieutenant General', article: $ids.articleBaku}]->(mdAz)
CREATE (al)-[:HOLDS {asOf: '2017-04-16', rank: null, article: $ids.articleTehran}]->(presAz)
CREATE (topic:Topic {id: 'topic-security', name: 'regional security', aliases: []})
CREATE (a1:Article {id: $ids.articleBaku, name: 'Iranian and Azeri defense chiefs meet in Baku', title: 'Iranian and Azeri defense chiefs meet in Baku',
  outlet: 'Example Wire', published: '2015-04-20', text: $bakuText, hash: 'h1'})
CREATE (a2:Article {id: $ids.articleTehran, name: 'Azeri minister visits Tehran', title: 'Azeri minister visits Tehran',
  outlet: 'Example Wire', published: '2017-04-16', text: $tehranText, hash: 'h2'})
CREATE (a3:Article {id: $ids.articleMarkup, name: 'Markup article', title: 'Markup <i>article</i>',
  outlet: 'Example Wire', published: '2018-01-01', text: $markupText, hash: 'h3'})
CREATE (e1:Event {id: $ids.meetingBaku, name: 'meeting in Baku', type: 'meeting', date: '2015-04-20', precision: 'day', aliases: []})
CREATE (e2:Event {id: $ids.meetingTehran, name: 'meeting in Tehran', type: 'meeting', date: '2017-04', precision: 'month', aliases: []})
CREATE (e3:Event {id: 'event-markup', name: 'talks in Tehran', type: 'meeting', date: '2018-01-01', precision: 'day', aliases: []})
CREATE (e1)-[:IN]->(baku) CREATE (e2)-[:IN]->(teh) CREATE (e3)-[:IN]->(teh)
CREATE (e1)-[:ABOUT]->(topic)
CREATE (d)-[:PARTICIPATED_IN]->(e1) CREATE (h)-[:PARTICIPATED_IN]->(e1)
CREATE (d)-[:PARTICIPATED_IN]->(e2) CREATE (h)-[:PARTICIPATED_IN]->(e2)
CREATE (ro)-[:PARTICIPATED_IN]->(e3) CREATE (al)-[:PARTICIPATED_IN]->(e3)
CREATE (e1)-[:REPORTED_IN {evidence: $bakuEvidence}]->(a1)
CREATE (e2)-[:REPORTED_IN {evidence: $tehranEvidence}]->(a2)
CREATE (e3)-[:REPORTED_IN {evidence: 'talks in Tehran'}]->(a3)
CREATE (d)-[:MET {date: '2015-04-20', place: 'Baku', event: $ids.meetingBaku, article: $ids.articleBaku, evidence: $bakuEvidence}]->(h)
CREATE (d)-[:MET {date: '2017-04', place: 'Tehran', event: $ids.meetingTehran, article: $ids.articleTehran, evidence: $tehranEvidence}]->(h)
CREATE (ro)-[:MET {date: '2018-01-01', place: 'Tehran', event: 'event-markup', article: $ids.articleMarkup, evidence: 'talks in Tehran'}]->(al)
CREATE (a1)-[:MENTIONS {count: 3}]->(d) CREATE (a1)-[:MENTIONS {count: 2}]->(h) CREATE (a1)-[:MENTIONS {count: 1}]->(baku)
CREATE (a2)-[:MENTIONS {count: 2}]->(d) CREATE (a2)-[:MENTIONS {count: 2}]->(h) CREATE (a2)-[:MENTIONS {count: 1}]->(al)
CREATE (a3)-[:MENTIONS {count: 1}]->(ro) CREATE (a3)-[:MENTIONS {count: 1}]->(al)
`;

const TEHRAN_EVIDENCE = 'Hasanov, visiting Tehran this week, held talks with his Iranian counterpart Dehqan.';

/** Writes the small news graph (expects an empty database). */
export async function createNewsGraph(driver: Driver): Promise<void> {
  await driver.executeQuery(BASE, {
    ids: IDS,
    bakuEvidence: BAKU_EVIDENCE,
    tehranEvidence: TEHRAN_EVIDENCE,
    bakuText: `Baku (Example Wire). ${BAKU_EVIDENCE} Both sides said the talks were useful. Officials described the atmosphere as friendly.`,
    tehranText: `Tehran (Example Wire). ${TEHRAN_EVIDENCE} They also discussed trade routes.`,
    markupText: MARKUP_TEXT,
  });
}

/** Options of `createHub`. */
export interface HubOptions {
  /** Neighbours of the hub person. */
  neighbours: number;
  /** Extra edges between consecutive neighbours (0 = a star). */
  ring: boolean;
}

/** Default hub: 140 neighbours, a star (the "25 of 140 shown" example). */
export const DEFAULT_HUB: HubOptions = { neighbours: 140, ring: false };

/** Adds a person with many met counterparts, for caps and the render benchmark. */
export async function createHub(driver: Driver, options: HubOptions = DEFAULT_HUB): Promise<void> {
  await driver.executeQuery(
    `CREATE (hub:Person {id: $hub, name: 'Darius Hubner', aliases: []})
     WITH hub UNWIND range(1, $n) AS i
     CREATE (p:Person {id: 'person-contact-' + i, name: 'Contact ' + i, aliases: []})
     CREATE (hub)-[:MET {date: '2020-01-' + right('0' + toString(1 + i % 28), 2), place: 'Baku', event: 'event-hub-' + i, article: 'article-hub'}]->(p)`,
    { hub: IDS.hub, n: options.neighbours },
  );
  if (options.ring) {
    await driver.executeQuery(
      `MATCH (a:Person) WHERE a.id STARTS WITH 'person-contact-'
       WITH a, toInteger(substring(a.id, 15)) AS i
       MATCH (b:Person {id: 'person-contact-' + (i + 1)})
       CREATE (a)-[:MET {date: '2021-02-02', place: 'Tehran', event: 'event-ring-' + i, article: 'article-hub'}]->(b)`,
    );
  }
}

/** Node and relationship counts, to prove a query changed nothing. */
export async function graphCounts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const n = await driver.executeQuery('MATCH (n) RETURN count(n) AS c');
  const r = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS c');
  return { nodes: Number(n.records[0]?.get('c')), relationships: Number(r.records[0]?.get('c')) };
}

/** Ids of the markup article test data. */
export const MARKUP_IDS = { article: 'article-markup-only', person: 'person-orla-vance' } as const;

/** Adds one article whose text contains HTML, mentioning one person (next to imported seeds). */
export async function createMarkupArticle(driver: Driver): Promise<void> {
  await driver.executeQuery(
    `CREATE (a:Article {id: $ids.article, name: 'Analyst notes', title: 'Analyst <em>notes</em>', outlet: 'Example Wire',
       published: '2019-03-03', text: $text, hash: 'markup'})
     CREATE (p:Person {id: $ids.person, name: 'Orla Vance', aliases: ['Vance']})
     CREATE (a)-[:MENTIONS {count: 1}]->(p)`,
    { ids: MARKUP_IDS, text: MARKUP_TEXT },
  );
}
