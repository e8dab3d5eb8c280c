/**
 * `npx tsx src/bench/extract-scale.ts [--kb 75,150,300,600]`: extraction time of one huge article
 * (our own genre sentences about six fictional officials, one event per sentence) at growing sizes,
 * to show that the cost grows linearly with the article, not with its square.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadModel } from '../extract/model/index.ts';
import { extractArticle } from '../extract/pipeline.ts';

/** Default article sizes, in thousands of characters. */
export const DEFAULT_SCALE_SIZES = [75, 150, 300, 600];

const PEOPLE = [
  'Kemal Arslan',
  'Daniyar Sultanov',
  'Ruslan Beridze',
  'Tariq Mahmood',
  'Omar Haddad',
  'Nikos Andreou',
];

// One event per sentence: a dated meeting, talks, a signing, a plan and a follow-up.
const TEMPLATES: readonly ((a: string, b: string, i: number) => string)[] = [
  (a, b, i) => `Defence Minister ${a} met his counterpart ${b} in Ankara on March ${(i % 27) + 1}, 2021.`,
  (a, b) => `${a} held talks with ${b} on regional security.`,
  (a, b) => `${a} and ${b} signed a memorandum on military education.`,
  (a) => `${a} will visit Tashkent next month, the ministry said.`,
  (a, b) => `Later in the day, ${a} also met ${b}.`,
];

/** An article of about `chars` characters; returns the text and its sentence count. */
export function hugeArticle(chars: number): { text: string; sentences: number } {
  const lines = ['Ministers meet', 'March 28, 2021', ''];
  let size = 0;
  let i = 0;
  for (; size < chars; i++) {
    const a = PEOPLE[i % PEOPLE.length] ?? '';
    const b = PEOPLE[(i + 1 + (i % 5)) % PEOPLE.length] ?? '';
    const sentence = TEMPLATES[i % TEMPLATES.length]?.(a, b, i) ?? '';
    lines.push(sentence);
    size += sentence.length + 1;
  }
  return { text: lines.join('\n'), sentences: i };
}

const argsSchema = z.object({
  kb: z
    .string()
    .transform((s) => s.split(',').map(Number))
    .pipe(z.array(z.number().positive()).min(1)),
});

/** Extracts one article per size and prints CPU time and event count. */
export function runScale(sizes: readonly number[]): void {
  const model = loadModel();
  extractArticle({ file: 'warm.txt', text: hugeArticle(20_000).text }, model); // compile before timing
  for (const kb of sizes) {
    const { text, sentences } = hugeArticle(kb * 1000);
    const start = process.cpuUsage();
    const facts = extractArticle({ file: `huge-${kb}.txt`, text }, model);
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    process.stdout.write(
      `${kb} KB, ${sentences} sentences: ${ms.toFixed(0)} ms CPU, ${facts.events.length} events\n`,
    );
  }
}

const { values } = parseArgs({ options: { kb: { type: 'string', default: DEFAULT_SCALE_SIZES.join(',') } } });
runScale(argsSchema.parse(values).kb);
