/**
 * A deterministic synthetic corpus of news articles in the genre newsgraph reads (officials of two
 * countries meeting, calls, visits, drills, agreements), with fictional people and outlet chrome.
 * Used by the extraction bench and the import bench; the same options always give the same corpus.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRandom, type Random } from './random.ts';

/** Options of generateCorpus; see DEFAULT_CORPUS_OPTIONS. */
export interface CorpusOptions {
  /** Number of articles (unused when targetBytes is set). */
  articles: number;
  /** Stop once the corpus holds at least this many UTF-8 bytes; 0 = use `articles` only. */
  targetBytes: number;
  /** Number of distinct fictional people. */
  peoplePool: number;
  /** Share (0..1) of appearances drawn from a small core of frequent people, so people recur across articles. */
  overlap: number;
  /** Share (0..1) of appearances written in a transliteration variant ("Rashidov" as "Rashidof"), to exercise resolution. */
  variantRate: number;
  seed: number;
}

/** 1,000 articles from 400 people, 40% of appearances by the most frequent 5%, canonical spellings. */
export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = {
  articles: 1000,
  targetBytes: 0,
  peoplePool: 400,
  overlap: 0.4,
  variantRate: 0,
  seed: 42,
};

/** One generated article with the facts it was written from (for checks and import benches). */
export interface CorpusArticle {
  file: string;
  text: string;
  published: string;
  /** Canonical full names of the people the article names. */
  people: string[];
  /** The same people as written in this article (differs from `people` for transliteration variants). */
  written: string[];
}

/** A fictional official. */
export interface CorpusPerson {
  given: string;
  surname: string;
  country: Country;
  office: string;
  rank: string | null;
}

interface Country {
  name: string;
  demonym: string;
  capital: string;
  /** Surname endings typical of the country's names, for realism. */
  endings: readonly string[];
}

const COUNTRIES: readonly Country[] = [
  { name: 'Turkey', demonym: 'Turkish', capital: 'Ankara', endings: ['oglu', 'can', 'dag', 'soy'] },
  { name: 'Pakistan', demonym: 'Pakistani', capital: 'Islamabad', endings: ['ani', 'zai', 'wala', 'i'] },
  { name: 'Kazakhstan', demonym: 'Kazakh', capital: 'Astana', endings: ['bekov', 'ov', 'baev', 'uly'] },
  { name: 'Uzbekistan', demonym: 'Uzbek', capital: 'Tashkent', endings: ['ov', 'ev', 'aliev', 'murodov'] },
  { name: 'Oman', demonym: 'Omani', capital: 'Muscat', endings: ['i', 'awi', 'ri', 'bani'] },
  { name: 'Qatar', demonym: 'Qatari', capital: 'Doha', endings: ['i', 'ani', 'ari', 'imi'] },
  { name: 'Georgia', demonym: 'Georgian', capital: 'Tbilisi', endings: ['shvili', 'adze', 'ia', 'uri'] },
  { name: 'Armenia', demonym: 'Armenian', capital: 'Yerevan', endings: ['yan', 'ian', 'unts'] },
  { name: 'Egypt', demonym: 'Egyptian', capital: 'Cairo', endings: ['y', 'awi', 'een'] },
  { name: 'Indonesia', demonym: 'Indonesian', capital: 'Jakarta', endings: ['to', 'wan', 'di', 'ono'] },
];

const OFFICES = [
  ['Defense Minister', 'Brigadier General'],
  ['Foreign Minister', null],
  ['Chief of General Staff', 'Major General'],
  ['Interior Minister', null],
  ['Deputy Foreign Minister', null],
  ['Navy Commander', 'Rear Admiral'],
  ['President', null],
  ['Prime Minister', null],
  ['Ambassador', null],
] as const;

const SYLLABLES = [
  'ka',
  'ri',
  'mo',
  'ze',
  'da',
  'ul',
  'an',
  'vel',
  'tor',
  'sa',
  'bek',
  'na',
  'lo',
  'mir',
  'ha',
  'ti',
  'ro',
  'fe',
];
const TOPICS = [
  'border security',
  'trade',
  'energy',
  'counterterrorism',
  'water sharing',
  'defense industry',
  'transit routes',
  'customs',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const OUTLETS = ['Regional Wire', 'Capital Times', 'Daily Courier', 'Eurasia Monitor'];

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

function word(random: Random, syllables: number): string {
  let text = '';
  for (let i = 0; i < syllables; i++) text += random.pick(SYLLABLES);
  return text;
}

/** The pool of fictional officials; deterministic for a seed. */
export function generatePeople(count: number, random: Random): CorpusPerson[] {
  const people: CorpusPerson[] = [];
  for (let i = 0; i < count; i++) {
    const country = random.pick(COUNTRIES);
    const [office, rank] = random.pick(OFFICES);
    const given = capitalise(word(random, 2 + random.int(2)));
    const surname = capitalise(word(random, 2) + random.pick(country.endings));
    people.push({ given, surname, country, office, rank });
  }
  return people;
}

const fullName = (p: CorpusPerson): string => `${p.given} ${p.surname}`;
const styled = (p: CorpusPerson): string =>
  `${p.country.demonym} ${p.office} ${p.rank ? `${p.rank} ` : ''}${fullName(p)}`;

/** Draws a person: from the frequent core with probability `overlap`, else from the whole pool. */
function drawPerson(pool: CorpusPerson[], options: CorpusOptions, random: Random): CorpusPerson {
  const core = Math.max(1, Math.floor(pool.length * 0.05));
  return random.next() < options.overlap ? (pool[random.int(core)] ?? random.pick(pool)) : random.pick(pool);
}

/** Two people of different countries. */
function drawPair(
  pool: CorpusPerson[],
  options: CorpusOptions,
  random: Random,
): [CorpusPerson, CorpusPerson] {
  const a = drawPerson(pool, options, random);
  for (let tries = 0; tries < 20; tries++) {
    const b = drawPerson(pool, options, random);
    if (b.country !== a.country) return [a, b];
  }
  return [a, pool.find((p) => p.country !== a.country) ?? a];
}

function backgroundParagraph(a: CorpusPerson, b: CorpusPerson, random: Random): string {
  const sentences = [
    `The two sides reviewed progress on ${random.pick(TOPICS)} and agreed to set up a working group on ${random.pick(TOPICS)}.`,
    `${a.country.name} and ${b.country.name} have expanded cooperation in ${random.pick(TOPICS)} over the past decade, officials said.`,
    `Experts from both ministries are expected to continue consultations in ${b.country.capital} later this year.`,
    `Trade between the two countries reached a record level last year, according to official figures.`,
    `Analysts in ${a.country.capital} said the talks showed a growing interest in regional ${random.pick(TOPICS)} arrangements.`,
  ];
  return sentences.filter(() => random.next() < 0.7).join(' ');
}

function secondaryEvent(a: CorpusPerson, b: CorpusPerson, year: number, random: Random): string {
  const month = random.pick(MONTHS);
  const events = [
    `${a.surname} and ${b.surname} last spoke by phone in ${month} ${year}, when they discussed ${random.pick(TOPICS)}.`,
    `${b.surname} paid an official visit to ${a.country.capital} in ${month} last year.`,
    `The navies of the two countries held a joint exercise in ${month}, the ministry said.`,
    `${a.surname} is due to visit ${b.country.capital} next month to sign a memorandum on ${random.pick(TOPICS)}.`,
    `In ${month}, the two governments signed an agreement on ${random.pick(TOPICS)} in ${b.country.capital}.`,
  ];
  return random.pick(events);
}

const CHROME = [
  'Related news\nShare on Facebook | Share on X | Email\nTags: diplomacy, security, region',
  'Read also: Markets close higher as oil rebounds\n© All rights reserved. Reproduction without written permission is prohibited.',
  'Most read\n1. Weather warning issued for the coast\n2. Football: cup final tickets sold out\nSubscribe to our newsletter',
];

// Spelling changes seen between transliterations of one name; the first that applies is used.
const RESPELLINGS: [RegExp, string][] = [
  [/yev$/, 'ev'],
  [/ev$/, 'yev'],
  [/ov$/, 'of'],
  [/oglu$/, 'oğlu'],
  [/k/, 'q'],
  [/i$/, 'y'],
  [/a/, 'e'],
];

/** The person as one article spells them: sometimes (variantRate) with a respelled surname. */
function asWritten(person: CorpusPerson, options: CorpusOptions, random: Random): CorpusPerson {
  // No draw at all when variants are off, so corpora made before the option existed stay identical.
  if (options.variantRate <= 0 || random.next() >= options.variantRate) return person;
  const rule = RESPELLINGS.find(([pattern]) => pattern.test(person.surname));
  return rule ? { ...person, surname: person.surname.replace(rule[0], rule[1]) } : person;
}

/** Writes one article. */
function writeArticle(
  index: number,
  pool: CorpusPerson[],
  options: CorpusOptions,
  random: Random,
): CorpusArticle {
  const [first, second] = drawPair(pool, options, random);
  const a = asWritten(first, options, random);
  const b = asWritten(second, options, random);
  const year = 2005 + random.int(20);
  const monthIndex = random.int(12);
  const day = 1 + random.int(28);
  const published = `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const outlet = random.pick(OUTLETS);
  const topic = random.pick(TOPICS);
  const lines = [
    `${a.country.demonym} and ${b.country.demonym} officials discuss ${topic}`,
    `${a.country.capital.toUpperCase()}, ${MONTHS[monthIndex]} ${day} (${outlet}) - ${styled(a)} met his ${b.country.demonym} counterpart ${fullName(b)} in ${a.country.capital} on ${random.pick(WEEKDAYS)} to discuss ${topic} and ${random.pick(TOPICS)}.`,
    `"Our countries share a long history and common interests in ${random.pick(TOPICS)}," ${a.surname} said after the talks. ${b.surname} said ${b.country.name} was ready to deepen ties.`,
    backgroundParagraph(a, b, random),
    secondaryEvent(a, b, year - 1, random),
    backgroundParagraph(b, a, random),
    random.pick(CHROME),
  ];
  const file = `synthetic-${String(index).padStart(6, '0')}.txt`;
  return {
    file,
    text: `${lines.filter((l) => l !== '').join('\n')}\n`,
    published,
    people: [fullName(first), fullName(second)],
    written: [fullName(a), fullName(b)],
  };
}

/** Generates the corpus: `articles` articles, or as many as reach `targetBytes` when that is set. */
export function generateCorpus(options: Partial<CorpusOptions> = {}): CorpusArticle[] {
  const settings = { ...DEFAULT_CORPUS_OPTIONS, ...options };
  const random = createRandom(settings.seed);
  const pool = generatePeople(settings.peoplePool, random);
  const corpus: CorpusArticle[] = [];
  let bytes = 0;
  const more = (): boolean =>
    settings.targetBytes > 0 ? bytes < settings.targetBytes : corpus.length < settings.articles;
  while (more()) {
    const article = writeArticle(corpus.length, pool, settings, random);
    bytes += Buffer.byteLength(article.text);
    corpus.push(article);
  }
  return corpus;
}

/** Writes the corpus as .txt files into a folder (created if needed); returns the file paths. */
export async function writeCorpus(folder: string, corpus: readonly CorpusArticle[]): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const paths = corpus.map((article) => join(folder, article.file));
  await Promise.all(corpus.map((article, i) => writeFile(paths[i] ?? article.file, article.text)));
  return paths;
}
