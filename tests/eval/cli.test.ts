import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SCORED_CATEGORIES } from '../../src/eval/score.ts';

const run = promisify(execFile);
const REPO = join(import.meta.dirname, '..', '..');

// An article of our own and its reference facts; a second reference article has no file.
const ARTICLE = `Kuwait and Bahrain discuss maritime security
MANAMA, Oct 2 (Gulf Wire) - Bahraini Interior Minister Khalid Al-Mannai met his Kuwaiti counterpart Fahad Al-Sabri in Manama on Monday to discuss maritime security and drug smuggling.
"Our coast guards will share information around the clock," Al-Mannai said after the talks.
Published: 2 October 2023
`;

const GOLD = {
  articles: [
    {
      file: 'manama.txt',
      published: '2023-10-02',
      persons: [
        {
          name: 'Khalid Al-Mannai',
          mentions: ['Al-Mannai'],
          roles: [{ title: 'Minister of Interior', country: 'Bahrain', rank: null }],
        },
        {
          name: 'Fahad Al-Sabri',
          mentions: [],
          roles: [{ title: 'Minister of Interior', country: 'Kuwait', rank: null }],
        },
      ],
      countries: ['Bahrain', 'Kuwait'],
      places: ['Manama'],
      events: [
        {
          type: 'meeting',
          participants: ['Khalid Al-Mannai', 'Fahad Al-Sabri'],
          date: '2023-10-02',
          place: 'Manama',
        },
      ],
    },
    { file: 'not-there.txt', published: null, persons: [{ name: 'Nobody Known', mentions: [], roles: [] }] },
  ],
  distinct_people: ['Khalid Al-Mannai', 'Fahad Al-Sabri', 'Nobody Known'],
};

const reportSchema = z.object({
  articles: z.array(z.object({ file: z.string(), found: z.boolean() })),
  totals: z.record(z.object({ precision: z.number(), recall: z.number(), f1: z.number() })),
  boilerplatePeople: z.number(),
  distinctPeople: z.object({ predicted: z.number(), gold: z.number() }),
});

async function evaluate(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'eval', '--', ...args], { cwd: REPO });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return z.object({ code: z.number(), stdout: z.string(), stderr: z.string() }).parse(error);
  }
}

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-eval-cli-'));
  await writeFile(join(dir, 'manama.txt'), ARTICLE);
  await writeFile(join(dir, 'gold.json'), JSON.stringify(GOLD));
  await writeFile(
    join(dir, 'broken.json'),
    JSON.stringify({ ...GOLD, articles: [{ ...GOLD.articles[0], persons: [{ roles: [] }] }] }),
  );
});

// Each case starts tsx and loads the model; on a busy machine that takes seconds.
describe('npm run eval', { timeout: 60_000 }, () => {
  it('should print a JSON report over every category and exit 2 when a reference article is missing', async () => {
    const result = await evaluate(['--gold', join(dir, 'gold.json'), '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not-there.txt');
    const report = reportSchema.parse(JSON.parse(result.stdout));
    expect(Object.keys(report.totals).sort()).toEqual([...SCORED_CATEGORIES].sort());
    expect(report.articles.map((a) => [a.file, a.found])).toEqual([
      ['manama.txt', true],
      ['not-there.txt', false],
    ]);
    expect(report.distinctPeople.gold).toBe(3);
    expect(report.totals.persons?.recall).toBeLessThan(1);
  });

  it('should print the table with the category names', async () => {
    const result = await evaluate(['--gold', join(dir, 'gold.json'), '--articles', dir]);
    for (const label of ['persons', 'roles', 'meeting pairs', 'phone-call pairs', 'planned events']) {
      expect(result.stdout).toContain(label);
    }
    expect(result.stdout).toContain('distinct people:');
  });

  it('should refuse an invalid gold file, naming the field', async () => {
    const result = await evaluate(['--gold', join(dir, 'broken.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('articles[0].persons[0].name');
  });
});
