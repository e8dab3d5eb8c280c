/**
 * Maps one article's validated facts to the flat rows the import Cypher writes. Pure: the same
 * facts always give the same rows (ids included), which is what makes re-import idempotent.
 */
import type { ArticleFacts, EventFact, PersonFact, RoleFact } from '../shared/types.ts';
import {
  contentHash,
  countryId,
  datePrecision,
  eventId,
  organizationId,
  placeId,
  roleId,
  topicId,
} from './ids.ts';
import { mentionStats } from './mentions.ts';
import type { EntityRow, EventRow, HoldsRow, ImportRows, MetRow, PersonRow, PlaceRow } from './rows.ts';

/** Looks a canonical country name up to its ISO 3166 alpha-2 code ("Azerbaijan" -> "AZ"). */
export type CountryCodes = (name: string) => string | null;

/** The article's own text and the country lookup the mapping needs besides the facts. */
export interface MapContext {
  text: string;
  hash?: string;
  countryCode: CountryCodes;
}

function countryOf(name: string, facts: ArticleFacts, ctx: MapContext): string {
  const own = facts.countries.find((c) => c.name === name && /^[A-Z]{2}$/i.test(c.id));
  return countryId(ctx.countryCode(name) ?? own?.id ?? null, name);
}

function stats(ctx: MapContext, forms: string[]): { count: number; evidence: string | null } {
  const found = mentionStats(ctx.text, forms);
  // The extractor saw the entity even when its canonical spelling is not in the text verbatim.
  return { count: Math.max(1, found.count), evidence: found.evidence };
}

function personRow(facts: ArticleFacts, p: PersonFact, ctx: MapContext): PersonRow {
  const aliases = [...new Set([p.name, ...p.aliases])];
  const s = stats(ctx, aliases);
  return {
    article: facts.id,
    id: p.id,
    name: p.name,
    aliases,
    count: s.count,
    evidence: s.evidence ?? p.roles[0]?.evidence ?? null,
  };
}

function entityRow(facts: ArticleFacts, id: string, name: string, ctx: MapContext): EntityRow {
  return { article: facts.id, id, name, ...stats(ctx, [name]) };
}

/** "Minister of Defense" of Azerbaijan; a rank alone ("Major General" of Azerbaijan) is a post too. */
function holdsRow(facts: ArticleFacts, p: PersonFact, role: RoleFact, ctx: MapContext): HoldsRow | null {
  const title = role.title ?? role.rank;
  if (!title) return null;
  const country = role.country ? countryOf(role.country, facts, ctx) : null;
  const organization = role.organization ? organizationId(role.organization) : null;
  const of = organization ?? country;
  const ofName = role.organization ?? role.country;
  return {
    article: facts.id,
    person: p.id,
    role: roleId(title, of),
    title,
    name: ofName ? `${title} of ${ofName}` : title,
    country,
    countryName: role.country,
    organization,
    organizationName: role.organization,
    rank: role.rank,
    asOf: facts.published,
    evidence: role.evidence ?? null,
  };
}

function isCountryName(name: string, facts: ArticleFacts, ctx: MapContext): boolean {
  return facts.countries.some((c) => c.name === name) || ctx.countryCode(name) !== null;
}

/** Node of a place name: an event "in Azerbaijan" happens in the Country node, not a Place named like it. */
function placeRef(
  name: string,
  facts: ArticleFacts,
  ctx: MapContext,
): { id: string; label: 'Place' | 'Country' } {
  return isCountryName(name, facts, ctx)
    ? { id: countryOf(name, facts, ctx), label: 'Country' }
    : { id: placeId(name), label: 'Place' };
}

function summary(e: EventFact, names: Map<string, string>): string {
  const who = e.participants.map((id) => names.get(id) ?? id).join(', ');
  const where = [e.place, e.date].filter(Boolean).join(', ');
  const kind = e.type.replace('_', ' ');
  return `${kind[0]?.toUpperCase() ?? ''}${kind.slice(1)}${who ? `: ${who}` : ''}${where ? ` (${where})` : ''}`;
}

function eventRow(facts: ArticleFacts, e: EventFact, names: Map<string, string>, ctx: MapContext): EventRow {
  const participants = [...new Set(e.participants)];
  const text = summary(e, names);
  const place = e.place ? placeRef(e.place, facts, ctx) : null;
  return {
    article: facts.id,
    id: eventId(facts.id, e, participants),
    name: e.name ?? text,
    type: e.type,
    date: e.date,
    precision: datePrecision(e.date),
    summary: text,
    planned: e.planned,
    evidence: e.evidence,
    unnamed: e.unnamed,
    participants,
    place: place?.id ?? null,
    placeName: e.place,
    placeLabel: place?.label ?? null,
    topics: (e.topics ?? []).map((name) => ({ id: topicId(name), name })),
  };
}

/** One MET row per pair of people at a held meeting, ordered so each pair has one direction. */
function metRows(row: EventRow, placeName: string | null): MetRow[] {
  if (row.type !== 'meeting' || row.planned) return [];
  const people = [...row.participants].sort();
  const out: MetRow[] = [];
  people.forEach((a, i) => {
    for (const b of people.slice(i + 1)) {
      out.push({
        a,
        b,
        event: row.id,
        date: row.date,
        place: placeName,
        article: row.article,
        evidence: row.evidence,
      });
    }
  });
  return out;
}

/** Keeps the first row per key: relationships are CREATEd, so one article must not name an entity twice. */
function uniqueBy<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const k = key(row);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Maps one article's facts (persons already resolved to graph ids) to import rows. */
export function factsToRows(facts: ArticleFacts, ctx: MapContext): ImportRows {
  const names = new Map(facts.persons.map((p) => [p.id, p.name]));
  const events = uniqueBy(
    facts.events.map((e) => eventRow(facts, e, names, ctx)),
    (e) => e.id,
  );
  return {
    articles: [
      {
        id: facts.id,
        name: facts.title ?? facts.file,
        title: facts.title,
        outlet: facts.outlet ?? null,
        published: facts.published,
        text: ctx.text,
        hash: ctx.hash ?? contentHash(ctx.text),
        file: facts.file,
      },
    ],
    persons: uniqueBy(
      facts.persons.map((p) => personRow(facts, p, ctx)),
      (p) => p.id,
    ),
    countries: uniqueBy(
      facts.countries.map((c) => entityRow(facts, countryOf(c.name, facts, ctx), c.name, ctx)),
      (r) => r.id,
    ),
    organizations: uniqueBy(
      facts.organizations.map((o) => entityRow(facts, organizationId(o.name), o.name, ctx)),
      (r) => r.id,
    ),
    topics: uniqueBy(
      facts.topics.map((t) => entityRow(facts, topicId(t.name), t.name, ctx)),
      (r) => r.id,
    ),
    places: uniqueBy(facts.places, (p) => placeId(p.name))
      .filter((p) => !isCountryName(p.name, facts, ctx))
      .map((p): PlaceRow => ({
        ...entityRow(facts, placeId(p.name), p.name, ctx),
        kind: p.kind,
        country: p.country ? countryOf(p.country, facts, ctx) : null,
        countryName: p.country ?? null,
      })),
    holds: facts.persons
      .flatMap((p) => p.roles.map((r) => holdsRow(facts, p, r, ctx)))
      .filter((h) => h !== null),
    events,
    met: events.flatMap((e) => metRows(e, e.placeName)),
  };
}
