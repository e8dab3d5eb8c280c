/** Who met whom: every meeting of one person, or the meetings of a pair, with evidence and article. */
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { MAX_MEETINGS } from '../../shared/limits.ts';
import { text, textOrNull } from '../values.ts';
import { readRecords } from './read.ts';

/** One meeting of a person with a counterpart, and where it is reported. */
export interface MeetingRow {
  counterpartId: string;
  counterpart: string;
  date: string | null;
  place: string | null;
  evidence: string | null;
  articleId: string | null;
  articleTitle: string | null;
  eventId: string | null;
}

/** Options of the meeting queries. */
export interface MeetingOptions {
  /** Most rows returned. */
  limit: number;
}

/** Defaults of the meeting queries: up to `MAX_MEETINGS` rows. */
export const DEFAULT_MEETING_OPTIONS: MeetingOptions = { limit: MAX_MEETINGS };

function meeting(r: Neo4jRecord): MeetingRow {
  return {
    counterpartId: text(r.get('counterpartId')),
    counterpart: text(r.get('counterpart')),
    date: textOrNull(r.get('date')),
    place: textOrNull(r.get('place')),
    evidence: textOrNull(r.get('evidence')),
    articleId: textOrNull(r.get('articleId')),
    articleTitle: textOrNull(r.get('articleTitle')),
    eventId: textOrNull(r.get('eventId')),
  };
}

function limitOf(options: Partial<MeetingOptions>) {
  return neo4j.int(options.limit ?? DEFAULT_MEETING_OPTIONS.limit);
}

/** Every meeting of a person (oldest first), one row per counterpart. */
export async function whoMetWhom(
  driver: Driver,
  person: string,
  options: Partial<MeetingOptions> = {},
): Promise<MeetingRow[]> {
  return (await readRecords(driver, 'who-met-whom', { person, limit: limitOf(options) })).map(meeting);
}

/** The meetings between two people (oldest first); `counterpart` is `b`. */
export async function meetingsBetween(
  driver: Driver,
  a: string,
  b: string,
  options: Partial<MeetingOptions> = {},
): Promise<MeetingRow[]> {
  return (await readRecords(driver, 'meetings-between', { a, b, limit: limitOf(options) })).map(meeting);
}
