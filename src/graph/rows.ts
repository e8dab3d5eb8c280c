/**
 * The flat parameter rows the import Cypher UNWINDs over. One type per statement in
 * cypher/import/; every row carries the article id so each fact stays traceable to its source.
 */

/** An Article node. */
export interface ArticleRow {
  id: string;
  name: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
  hash: string;
  file: string;
}

/** A Person named by an article, with the MENTIONS count and first sentence. */
export interface PersonRow {
  article: string;
  id: string;
  name: string;
  aliases: string[];
  count: number;
  evidence: string | null;
}

/** A Country, Organization or Topic named by an article. */
export interface EntityRow {
  article: string;
  id: string;
  name: string;
  count: number;
  evidence: string | null;
}

/** A Place named by an article, with the country it lies in (ISO code) when known. */
export interface PlaceRow extends EntityRow {
  kind: string;
  country: string | null;
  countryName: string | null;
}

/** One HOLDS fact: a person held a post (of a country or organization) as of an article's date. */
export interface HoldsRow {
  article: string;
  person: string;
  role: string;
  title: string;
  name: string;
  country: string | null;
  countryName: string | null;
  organization: string | null;
  organizationName: string | null;
  rank: string | null;
  asOf: string | null;
  evidence: string | null;
}

/** An Event reported by an article, with its participants, place and topics as node ids. */
export interface EventRow {
  article: string;
  id: string;
  name: string;
  type: string;
  date: string | null;
  precision: string | null;
  summary: string;
  planned: boolean;
  evidence: string;
  unnamed: string[];
  participants: string[];
  place: string | null;
  placeName: string | null;
  /** Which label the place node has: an event "in Azerbaijan" is IN a Country. */
  placeLabel: 'Place' | 'Country' | null;
  topics: Array<{ id: string; name: string }>;
}

/** A derived MET edge for one pair of participants of one held meeting; `a` < `b`. */
export interface MetRow {
  a: string;
  b: string;
  event: string;
  date: string | null;
  place: string | null;
  article: string;
  evidence: string;
}

/** Everything one batch of articles writes, statement by statement. */
export interface ImportRows {
  articles: ArticleRow[];
  persons: PersonRow[];
  countries: EntityRow[];
  organizations: EntityRow[];
  topics: EntityRow[];
  places: PlaceRow[];
  holds: HoldsRow[];
  events: EventRow[];
  met: MetRow[];
}

/** An empty set of rows, to concatenate articles into. */
export function emptyRows(): ImportRows {
  return {
    articles: [],
    persons: [],
    countries: [],
    organizations: [],
    topics: [],
    places: [],
    holds: [],
    events: [],
    met: [],
  };
}

/** Appends `more` to `rows` in place (rows are only ever built up, never shared). */
export function appendRows(rows: ImportRows, more: ImportRows): ImportRows {
  rows.articles.push(...more.articles);
  rows.persons.push(...more.persons);
  rows.countries.push(...more.countries);
  rows.organizations.push(...more.organizations);
  rows.topics.push(...more.topics);
  rows.places.push(...more.places);
  rows.holds.push(...more.holds);
  rows.events.push(...more.events);
  rows.met.push(...more.met);
  return rows;
}
