/**
 * Printing an evaluation as a compact table plus per-article misses and false positives.
 */
import { EVENT_CATEGORIES } from './events.ts';
import { NAME_CATEGORIES, type EvalReport, type ScoredCategory } from './score.ts';

const ENTITY_CATEGORIES = ['persons', 'roles', ...NAME_CATEGORIES] as const;

const pct = (x: number): string => x.toFixed(2);
const pad = (text: string, width: number): string => text.padEnd(width);

const LABELS: Record<ScoredCategory, string> = {
  persons: 'persons',
  roles: 'roles',
  countries: 'countries',
  places: 'places',
  organizations: 'organizations',
  topics: 'topics',
  meetings: 'meeting pairs',
  phone_calls: 'phone-call pairs',
  other_events: 'other events',
  planned: 'planned events',
};

/** The score table: one line per category with P/R/F1, counts and, for events, date and place accuracy. */
function table(report: EvalReport): string[] {
  const lines = [`${pad('category', 18)}   P     R     F1    tp  fp  fn   date  place`];
  const row = (category: ScoredCategory, extra: string): string => {
    const s = report.totals[category];
    const counts = [s.tp, s.fp, s.fn].map((n) => String(n).padStart(3)).join(' ');
    return `${pad(LABELS[category], 18)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${counts}${extra}`;
  };
  for (const category of ENTITY_CATEGORIES) lines.push(row(category, ''));
  for (const category of EVENT_CATEGORIES) {
    const event = report.events[category];
    if (category === 'planned' && !report.plannedAnnotated) {
      lines.push(`${pad(LABELS[category], 18)} not annotated in this gold file`);
    } else {
      lines.push(row(category, `   ${pct(event.dateAccuracy)}  ${pct(event.placeAccuracy)}`));
    }
  }
  return lines;
}

function summary(report: EvalReport): string[] {
  const d = report.distinctPeople;
  const lines = [
    `article dates right: ${report.published.right}/${report.published.total}`,
    `boilerplate people extracted: ${report.boilerplatePeople}`,
    `distinct people: ${d.predicted} predicted vs ${d.gold} in the reference`,
  ];
  if (d.split.length > 0) lines.push(`  split across ids: ${d.split.join(', ')}`);
  for (const merged of d.merged) lines.push(`  merged into one id: ${merged.join(' = ')}`);
  return lines;
}

/** Per article: the categories with misses or false positives, one line each. */
function details(report: EvalReport): string[] {
  const lines: string[] = [];
  for (const article of report.articles) {
    const rows: string[] = [];
    if (!article.found) rows.push('  not in the extraction output');
    if (article.published.gold !== article.published.predicted) {
      rows.push(
        `  date: ${article.published.predicted ?? 'none'} (reference ${article.published.gold ?? 'none'})`,
      );
    }
    for (const [category, errors] of Object.entries(article.errors)) {
      if (category === 'planned' && !report.plannedAnnotated) continue;
      if (errors.missed.length > 0) rows.push(`  ${category} missed: ${errors.missed.join('; ')}`);
      if (errors.extra.length > 0) rows.push(`  ${category} false: ${errors.extra.join('; ')}`);
    }
    if (article.boilerplate.length > 0) rows.push(`  boilerplate people: ${article.boilerplate.join(', ')}`);
    if (rows.length > 0) lines.push(article.file, ...rows);
  }
  return lines;
}

/** The human-readable report printed by `npm run eval`. */
export function formatReport(report: EvalReport): string {
  return [...table(report), '', ...summary(report), '', ...details(report)].join('\n');
}
