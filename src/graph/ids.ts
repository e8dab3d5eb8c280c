/**
 * Deterministic ids for graph nodes: the same fact always gets the same id, so re-importing an
 * article MERGEs onto the nodes it wrote before instead of creating copies.
 */
import { createHash } from 'node:crypto';
import type { EventFact, PartialDate } from '../shared/types.ts';

/** Lower-case ASCII slug: "Mohammad-Reza Ashtiani" -> "mohammad-reza-ashtiani". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Short hex sha-256 of a string; 16 hex digits are plenty for ids within one graph. */
export function shortHash(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Full sha-256 of an article's text: the Article's content hash that decides "unchanged". */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The hash stored on an Article: of its text as read by this extractor version ("" for facts
 * imported ready-made), so a new extractor finds no article unchanged and re-extracts each once.
 */
export function importHash(text: string, extractorVersion: string): string {
  return extractorVersion === '' ? contentHash(text) : contentHash(`${extractorVersion}\n${text}`);
}

/** Id of a place below country level ("place:baku"). */
export function placeId(name: string): string {
  return `place:${slug(name)}`;
}

/** Id of an organization ("organization:press-tv"). */
export function organizationId(name: string): string {
  return `organization:${slug(name)}`;
}

/** Id of a topic ("topic:drug-trafficking"). */
export function topicId(name: string): string {
  return `topic:${slug(name)}`;
}

/** Id of a country: its ISO 3166 alpha-2 code when known, else a slug (never seen in practice). */
export function countryId(code: string | null, name: string): string {
  return code ? code.toUpperCase() : `country:${slug(name)}`;
}

/** Id of a post: normalised title plus the country code or organization it belongs to. */
export function roleId(title: string, ofId: string | null): string {
  return `role:${slug(title)}@${ofId ? slug(ofId) : 'none'}`;
}

/** Precision of a partial ISO date: "2015-04-20" -> day, "2017-04" -> month, "2004" -> year. */
export function datePrecision(date: PartialDate | null): 'day' | 'month' | 'year' | null {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  return /^\d{4}$/.test(date) ? 'year' : null;
}

/**
 * Id of an event. A day-precise, held event with named participants is the same real occurrence
 * whichever article reports it, so its id leaves the article out and two reports share one node;
 * anything vaguer stays per article, because "a meeting in May" in two articles may be two meetings.
 */
export function eventId(articleId: string, event: EventFact, participantIds: string[]): string {
  const people = [...participantIds].sort().join(',');
  if (datePrecision(event.date) === 'day' && !event.planned && participantIds.length > 0) {
    return `event:${shortHash([event.type, event.date, people].join('|'))}`;
  }
  const parts = [articleId, event.type, event.date ?? '', people, event.place ?? '', event.evidence];
  return `event:${shortHash(parts.join('|'))}`;
}
