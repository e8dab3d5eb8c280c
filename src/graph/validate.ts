/**
 * Typed validation of extracted facts before anything is written. Neo4j Community enforces only
 * uniqueness, so required properties (ids, names, well-formed dates) are checked here instead.
 */
import { z } from 'zod';
import { EVENT_TYPES, PLACE_KINDS, type ArticleFacts } from '../shared/types.ts';

const nonEmpty = z.string().trim().min(1);
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const role = z.object({
  title: nonEmpty.nullable(),
  country: nonEmpty.nullable(),
  organization: nonEmpty.nullable(),
  rank: nonEmpty.nullable(),
  evidence: z.string().optional(),
});

const person = z.object({ id: nonEmpty, name: nonEmpty, aliases: z.array(z.string()), roles: z.array(role) });
const named = z.object({ id: z.string(), name: nonEmpty });
const place = named.extend({ kind: z.enum(PLACE_KINDS), country: z.string().nullable().optional() });

const event = z.object({
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  participants: z.array(nonEmpty),
  unnamed: z.array(z.string()),
  date: partialDate.nullable(),
  place: z.string().nullable(),
  planned: z.boolean(),
  evidence: z.string(),
  name: z.string().nullable().optional(),
  topics: z.array(z.string()).optional(),
});

/** zod schema of one article's facts as the importer accepts them. */
export const articleFactsSchema = z
  .object({
    file: nonEmpty,
    id: nonEmpty,
    title: z.string().nullable(),
    outlet: z.string().nullable().optional(),
    published: partialDate.nullable(),
    text: z.string().optional(),
    persons: z.array(person),
    countries: z.array(named),
    places: z.array(place),
    organizations: z.array(named),
    topics: z.array(named),
    events: z.array(event),
  })
  .superRefine((facts, ctx) => {
    // A participant that is not one of the article's persons would create a nameless Person node.
    const ids = new Set(facts.persons.map((p) => p.id));
    facts.events.forEach((e, i) => {
      e.participants.forEach((id, j) => {
        if (!ids.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['events', i, 'participants', j],
            message: `unknown person id "${id}"`,
          });
        }
      });
    });
  });

/** Either the validated facts or a one-line reason naming the first bad field. */
export type Validation = { ok: true; facts: ArticleFacts } | { ok: false; reason: string };

/** Validates one article's facts; the reason names the field ("events.0.date: expected ..."). */
export function validateFacts(facts: unknown): Validation {
  const result = articleFactsSchema.safeParse(facts);
  if (result.success) return { ok: true, facts: result.data };
  const issue = result.error.issues[0];
  const where = issue ? issue.path.join('.') : '';
  return { ok: false, reason: `invalid facts at ${where || 'root'}: ${issue?.message ?? 'unknown problem'}` };
}
