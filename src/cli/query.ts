/**
 * `npm run query -- <question> [options] [--json]`: the canned questions of cypher/queries/ from the
 * shell. People can be given by id ("person:zakir-hasanov") or by a name or surname ("Hasanov").
 * Exit codes: 0 answered, 2 bad usage or a name that matches nobody or several people, 1 failure.
 */
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { articlesBehind } from '../graph/queries/articles.ts';
import { meetingsBetween, whoMetWhom } from '../graph/queries/meetings.ts';
import { neighbourhood } from '../graph/queries/neighbourhood.ts';
import { shortestPath } from '../graph/queries/paths.ts';
import { rolesOf } from '../graph/queries/roles.ts';
import { findPersons, search } from '../graph/queries/search.ts';
import { readCommandLine } from './args.ts';
import { runCli, withGraph } from './connect.ts';
import { formatTable } from './table.ts';

const QUESTIONS = {
  'who-met-whom': '--person <name|id>',
  'meetings-between': '--person <name|id> --with <name|id>',
  'roles-of': '--person <name|id>',
  neighbourhood: '--id <id> [--skip N] [--limit N]',
  'shortest-path': '--from <id|person name> --to <id|person name>',
  'articles-behind': '--id <event, role or entity id>',
  search: '--text <words> [--label Person]',
  person: '--name <name>',
} as const;
type Question = keyof typeof QUESTIONS;

const USAGE = `Usage: npm run query -- <question> [options] [--json]\n${Object.entries(QUESTIONS)
  .map(([name, opts]) => `  ${name} ${opts}`)
  .join('\n')}`;

const argsSchema = z.object({
  question: z.enum(Object.keys(QUESTIONS) as [Question, ...Question[]]),
  person: z.string().min(1).optional(),
  with: z.string().min(1).optional(),
  id: z.string().min(1).optional(),
  from: z.string().min(1).optional(),
  to: z.string().min(1).optional(),
  text: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
  label: z
    .string()
    .regex(/^[A-Za-z]+$/, 'a node label such as Person')
    .optional(),
  skip: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  json: z.boolean().default(false),
});
type Args = z.infer<typeof argsSchema>;

/** A user-facing failure: message printed, exit code 2. */
class UsageError extends Error {}

function need(value: string | undefined, flag: string): string {
  if (value === undefined) throw new UsageError(`missing --${flag}`);
  return value;
}

/** An id as given, or the one person a name points at. */
async function personRef(driver: Driver, value: string): Promise<string> {
  if (value.includes(':')) return value;
  const found = await findPersons(driver, value);
  const exact = found.filter((p) => p.exact);
  const pick = exact.length > 0 ? exact : found;
  if (pick.length === 1 && pick[0]) return pick[0].id;
  if (pick.length === 0)
    throw new UsageError(
      `nobody called "${value}" in the graph; try: npm run query -- search --text "${value}"`,
    );
  throw new UsageError(
    `"${value}" matches several people: ${pick.map((p) => `${p.name} (${p.id})`).join(', ')}; give an id`,
  );
}

type Answer = { rows: object[]; columns: string[] } | { value: unknown };

async function answer(driver: Driver, a: Args): Promise<Answer> {
  switch (a.question) {
    case 'who-met-whom': {
      const rows = await whoMetWhom(driver, await personRef(driver, need(a.person, 'person')), {
        limit: a.limit,
      });
      return { rows: [...rows], columns: ['counterpart', 'date', 'place', 'evidence', 'articleTitle'] };
    }
    case 'meetings-between': {
      const [x, y] = [
        await personRef(driver, need(a.person, 'person')),
        await personRef(driver, need(a.with, 'with')),
      ];
      return {
        rows: [...(await meetingsBetween(driver, x, y, { limit: a.limit }))],
        columns: ['date', 'place', 'evidence', 'articleTitle'],
      };
    }
    case 'roles-of': {
      const rows = await rolesOf(driver, await personRef(driver, need(a.person, 'person')));
      return { rows: [...rows], columns: ['asOf', 'role', 'rank', 'of', 'articleTitle'] };
    }
    case 'neighbourhood':
      return { value: await neighbourhood(driver, need(a.id, 'id'), { skip: a.skip, limit: a.limit }) };
    case 'shortest-path': {
      const [from, to] = [
        await personRef(driver, need(a.from, 'from')),
        await personRef(driver, need(a.to, 'to')),
      ];
      return { value: await shortestPath(driver, from, to) };
    }
    case 'articles-behind':
      return {
        rows: [...(await articlesBehind(driver, need(a.id, 'id'), { limit: a.limit }))],
        columns: ['published', 'title', 'via', 'evidence'],
      };
    case 'search':
      return {
        rows: [...(await search(driver, need(a.text, 'text'), { label: a.label ?? null, limit: a.limit }))],
        columns: ['label', 'name', 'id', 'aliases'],
      };
    case 'person':
      return {
        rows: [...(await findPersons(driver, need(a.name, 'name'), { limit: a.limit }))],
        columns: ['name', 'id', 'exact', 'aliases'],
      };
  }
}

function print(result: Answer, json: boolean): void {
  if ('rows' in result)
    console.log(json ? JSON.stringify(result.rows, null, 2) : formatTable(result.rows, result.columns));
  else if (result.value === null) console.log(json ? 'null' : '(nothing found)');
  else console.log(JSON.stringify(result.value, null, 2));
}

function parse(argv: string[]) {
  const flag = { type: 'string' } as const;
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      person: flag,
      with: flag,
      id: flag,
      from: flag,
      to: flag,
      text: flag,
      name: flag,
      label: flag,
      skip: flag,
      limit: flag,
      json: { type: 'boolean' },
    },
  });
  return argsSchema.safeParse({ ...values, question: positionals[0] });
}

async function main(argv: string[]): Promise<number> {
  const line = readCommandLine(() => parse(argv), { usage: USAGE, badUsageCode: 2 });
  if (!line.ok) return line.code;
  const args = line.args;
  return withGraph(async ({ driver }) => {
    try {
      print(await answer(driver, args), args.json);
      return 0;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      console.error(error.message);
      return 2;
    }
  });
}

runCli(main);
