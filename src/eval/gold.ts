/**
 * The reference-facts file format (`gold.json`, as in the seeds folder) and its validation.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { EVENT_TYPES } from '../shared/types.ts';

const goldRole = z.object({
  title: z.string().nullable(),
  country: z.string().nullable(),
  rank: z.string().nullable(),
});

const goldPerson = z.object({
  name: z.string().min(1),
  mentions: z.array(z.string()).default([]),
  roles: z.array(goldRole).default([]),
});

const goldEvent = z.object({
  type: z.enum(EVENT_TYPES),
  participants: z.array(z.string()),
  date: z.string().nullable(),
  /** Other dates that count as right (a day and its month when the text allows both). */
  date_any: z.array(z.string()).optional(),
  place: z.string().nullable(),
  /**
   * Only announced or invited to; scored apart from events that happened. A gold file in which no
   * event carries this field (the seeds') does not annotate planned events at all.
   */
  planned: z.boolean().optional(),
  evidence: z.string().optional(),
  name: z.string().nullable().optional(),
});

const goldArticle = z.object({
  file: z.string().min(1),
  published: z.string().nullable(),
  persons: z.array(goldPerson),
  countries: z.array(z.string()).default([]),
  places: z.array(z.string()).default([]),
  organizations: z.array(z.string()).default([]),
  topics: z.array(z.string()).default([]),
  events: z.array(goldEvent).default([]),
  /** People named only in page chrome: extracting any of them is an error. */
  boilerplate_people: z.array(z.string()).default([]),
});

/** Schema of a gold file: reference facts per article plus the distinct people of the whole set. */
export const goldFileSchema = z.object({
  about: z.string().optional(),
  articles: z.array(goldArticle).min(1),
  distinct_people: z.array(z.string()),
});

export type GoldFile = z.infer<typeof goldFileSchema>;
export type GoldArticle = z.infer<typeof goldArticle>;
export type GoldPerson = z.infer<typeof goldPerson>;
export type GoldEvent = z.infer<typeof goldEvent>;
export type GoldRole = z.infer<typeof goldRole>;

/** A gold file that does not parse or does not match the schema; the message names the file and field. */
export class GoldFileError extends Error {
  override readonly name = 'GoldFileError';
}

/** Formats zod issues as "articles[2].persons[0].name: Required". */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('');
      return `${path.replace(/^\./, '') || '(root)'}: ${issue.message}`;
    })
    .join('; ');
}

/** Validates parsed JSON as a gold file. */
export function parseGold(data: unknown, file = 'gold file'): GoldFile {
  const parsed = goldFileSchema.safeParse(data);
  if (!parsed.success)
    throw new GoldFileError(`${file} is not a valid gold file: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** True when the gold file marks planned events (any event has a `planned` field), so they can be scored. */
export function annotatesPlanned(gold: GoldFile): boolean {
  return gold.articles.some((article) => article.events.some((event) => event.planned !== undefined));
}

/** Reads and validates a gold file from disk. */
export async function loadGold(file: string): Promise<GoldFile> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new GoldFileError(`${file} cannot be read as JSON (${why}); check the path and syntax.`);
  }
  return parseGold(data, file);
}
