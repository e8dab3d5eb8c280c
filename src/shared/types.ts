/**
 * The typed facts that flow between newsgraph's layers: extraction produces them, resolution
 * gives people stable ids across articles, the importer writes them to Neo4j, the server reads
 * them back. This is also the public JSON shape printed by `npm run extract`.
 */

/** Kinds of event the extractor recognises; `other` keeps what fits none of them. */
export const EVENT_TYPES = ['meeting', 'phone_call', 'visit', 'exercise', 'agreement', 'attack', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Kinds of place, from a city up to a body of water. */
export const PLACE_KINDS = ['city', 'region', 'sea', 'country_part', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A partial ISO date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; only as precise as the text. */
export type PartialDate = string;

/** A position held, as reported in one article ("Minister of Defense" of Azerbaijan). */
export interface RoleFact {
  /** Normalised office title, e.g. "Minister of Defense"; null when only a rank or country is known. */
  title: string | null;
  /** Canonical country name ("Azerbaijan"), or null. */
  country: string | null;
  /** Organization the office belongs to when it is not a state office, or null. */
  organization: string | null;
  /** Military or police rank, e.g. "Brigadier General", or null. */
  rank: string | null;
  /** Sentence that states the role. */
  evidence?: string;
}

/** A person named in one article. `id` is stable across the articles of one run. */
export interface PersonFact {
  id: string;
  /** Canonical display name, given name first ("Fuad Mammadov"). */
  name: string;
  /** Every surface form seen for this person ("Mammadov Fuad Nadir", "Hasanov"). */
  aliases: string[];
  roles: RoleFact[];
}

/** A named entity that needs only an id and a name (country, organization, topic). */
export interface NamedFact {
  id: string;
  name: string;
}

/** A place below country level (city, region, sea). */
export interface PlaceFact extends NamedFact {
  kind: PlaceKind;
  /** Canonical name of the country the place lies in, when known. */
  country?: string | null;
}

/** Something that happened (or is planned) on a date, with the people who took part. */
export interface EventFact {
  id: string;
  type: EventType;
  /** Person ids of the named people who took part. */
  participants: string[];
  /** Descriptions of people who took part but are not named ("his Lebanese counterpart"). */
  unnamed: string[];
  date: PartialDate | null;
  /** Place name (a PlaceFact or CountryFact name), or null. */
  place: string | null;
  /** True when the event is only planned, announced or invited to. */
  planned: boolean;
  /** The sentence that states the event. */
  evidence: string;
  /** Optional proper name of the event ("AZIREX-2024"). */
  name?: string | null;
  /** Topic names the event is about. */
  topics?: string[];
}

/** Everything extracted from one article. */
export interface ArticleFacts {
  /** Path or URL the article was read from. */
  file: string;
  /** Stable article id (hash of the source name). */
  id: string;
  title: string | null;
  /** Outlet name when stated ("Press TV"), or null. */
  outlet?: string | null;
  /** Article date, `YYYY-MM-DD` (or less precise), or null when none is found. */
  published: PartialDate | null;
  /** The cleaned article text (page chrome removed); evidence sentences are substrings of it. */
  text?: string;
  persons: PersonFact[];
  countries: NamedFact[];
  places: PlaceFact[];
  organizations: NamedFact[];
  topics: NamedFact[];
  events: EventFact[];
}

/** The JSON document printed by `npm run extract`. */
export interface ExtractionOutput {
  articles: ArticleFacts[];
}
