import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EVENT_TYPES } from '../../src/shared/types.ts';

const run = promisify(execFile);
const REPO = join(import.meta.dirname, '..', '..');

// Two short articles of the genre, written for this test; the same minister appears in both.
const FIRST = `Jordan and Lebanon discuss refugee returns
AMMAN, May 6 (Levant Wire) - Jordanian Foreign Minister Karim Haddad met his Lebanese counterpart Nabil Saade in Amman on Monday to discuss the return of refugees and electricity imports.
"We will coordinate closely on every step," Haddad said after the talks.
Published: 6 May 2024
`;
const SECOND = `<!doctype html><html><head><title>Jordanian minister calls Omani counterpart</title></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Jordanian minister calls Omani counterpart</h1>
<p>Posted on 2024-05-09 09:40</p>
<p>Jordanian Foreign Minister Karim Haddad held a phone call with Omani Foreign Minister Said Al-Busaidi on Wednesday, discussing shipping in the Red Sea and regional security.</p>
<p>Haddad thanked Oman for its mediation efforts and invited Al-Busaidi to visit Amman next month, the ministry said in a statement.</p>
</article><footer>Copyright 2024 Levant Wire</footer></body></html>`;

const outputSchema = z.object({
  articles: z.array(
    z.object({
      file: z.string(),
      id: z.string(),
      title: z.string().nullable(),
      published: z.string().nullable(),
      persons: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          aliases: z.array(z.string()),
          roles: z.array(
            z.object({
              title: z.string().nullable(),
              country: z.string().nullable(),
              organization: z.string().nullable(),
              rank: z.string().nullable(),
            }),
          ),
        }),
      ),
      countries: z.array(z.object({ id: z.string(), name: z.string() })),
      places: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
      organizations: z.array(z.object({ id: z.string(), name: z.string() })),
      topics: z.array(z.object({ id: z.string(), name: z.string() })),
      events: z.array(
        z.object({
          id: z.string(),
          type: z.enum(EVENT_TYPES),
          participants: z.array(z.string()),
          unnamed: z.array(z.string()),
          date: z
            .string()
            .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
            .nullable(),
          place: z.string().nullable(),
          planned: z.boolean(),
          evidence: z.string(),
        }),
      ),
    }),
  ),
});

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run extract -- <args>` as a user would; the repo's .npmrc keeps npm's banner off stdout. */
async function extract(args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run('npm', ['run', 'extract', '--', ...args], {
      cwd: REPO,
      maxBuffer: 1 << 24,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = z.object({ code: z.number(), stdout: z.string(), stderr: z.string() }).parse(error);
    return failed;
  }
}

let dir = '';
let articles = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-extract-cli-'));
  articles = join(dir, 'articles');
  await mkdir(articles);
  await writeFile(join(articles, 'amman.txt'), FIRST);
  await writeFile(join(articles, 'call.html'), SECOND);
});

// Each case starts tsx and loads the model; on a busy machine that takes seconds.
describe('npm run extract', { timeout: 60_000 }, () => {
  it('should print one JSON document of the documented shape, and nothing else, on stdout', async () => {
    const result = await extract([articles]);
    expect(result.code).toBe(0);
    const output = outputSchema.parse(JSON.parse(result.stdout));
    expect(output.articles.map((a) => a.file)).toEqual([
      join(articles, 'amman.txt'),
      join(articles, 'call.html'),
    ]);
    expect(output.articles[1]?.title).toBe('Jordanian minister calls Omani counterpart');
    expect(result.stderr).toContain('extracted 2 article(s)');
  });

  it('should give a person one id across the articles of a run', async () => {
    const output = outputSchema.parse(JSON.parse((await extract([articles])).stdout));
    const idsOf = (name: string): string[] =>
      output.articles.flatMap((a) => a.persons.filter((p) => p.name.includes(name)).map((p) => p.id));
    const ids = idsOf('Haddad');
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(1);
  });

  it('should skip an unreadable input with its reason on stderr and exit with code 2', async () => {
    const empty = join(dir, 'empty-input.txt');
    await writeFile(empty, '');
    const result = await extract([join(articles, 'amman.txt'), empty]);
    expect(result.code).toBe(2);
    expect(outputSchema.parse(JSON.parse(result.stdout)).articles).toHaveLength(1);
    expect(result.stderr).toContain('empty-input.txt');
  });

  it('should use a --date given for one file only when its text has no date', async () => {
    const undated = join(dir, 'undated.txt');
    await writeFile(
      undated,
      'Envoys meet in Muscat\nOmani envoy Salim Al-Harthy met Qatari envoy Khalid Al-Mansouri in Muscat on Sunday.\n',
    );
    const result = await extract([
      undated,
      join(articles, 'amman.txt'),
      '--date',
      'undated.txt=2024-06-04',
      '--date',
      '1999-01-01',
    ]);
    const published = outputSchema.parse(JSON.parse(result.stdout)).articles.map((a) => a.published);
    expect(published).toEqual(['2024-06-04', '2024-05-06']);
  });

  it('should exit with code 1 and the usage on bad arguments', async () => {
    const result = await extract(['--date', 'yesterday', articles]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('usage: npm run extract');
  });
});
