/**
 * Topics stage: which subjects an article is about, from trigger phrases in the topics model
 * ("the Karabakh dispute" -> "Nagorno-Karabakh conflict", "trafficking of illicit drugs" ->
 * "drug trafficking"). Weaker phrases count only when the lead shows the kind of story ("their
 * cooperation" when defence ministers meet). Each topic is reported once, in order of first mention;
 * a topic that covers a broader one found too ("energy security", "energy") replaces it.
 */
import type { NamedFact } from '../shared/types.ts';
import type { TopicModel } from './model/topics.ts';
import { lowerCased } from './phrase-index.ts';

/** Topics signalled in the text; id = "topic:" + slug of the name. */
export function findTopics(text: string, model: TopicModel): NamedFact[] {
  const found: { name: string; at: number }[] = [];
  const lower = lowerCased(text);
  const lead = lower.slice(0, model.leadChars);
  const present = presentHints(lower, model);
  model.topics.forEach((topic, i) => {
    if (topic.hints !== undefined && !topic.hints.some((h) => present.has(h))) return;
    const at = firstSignal(lower, lead, model, i);
    if (at !== null) found.push({ name: topic.name, at });
  });
  const covered = new Set(
    model.topics.filter((t) => found.some((f) => f.name === t.name)).flatMap((t) => t.overrides ?? []),
  );
  return found
    .filter(({ name }) => !covered.has(name))
    .sort((a, b) => a.at - b.at)
    .map(({ name }) => ({ id: topicId(name), name }));
}

// Where topic i is first signalled: by its own triggers, or by its weaker ones when the lead fits.
function firstSignal(lower: string, lead: string, model: TopicModel, i: number): number | null {
  const direct = model.patterns[i]?.exec(lower)?.index ?? null;
  const context = model.contexts[i] ?? null;
  if (context === null || !context.lead.test(lead)) return direct;
  const weak = context.trigger.exec(lower)?.index ?? null;
  if (direct === null || weak === null) return direct ?? weak;
  return Math.min(direct, weak);
}

// One pass over the text for every hint of every topic, instead of one search per hint.
function presentHints(lower: string, model: TopicModel): Set<string> {
  const present = new Set<string>();
  const re = model.hintPattern;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) present.add(m[0]);
  return present;
}

/** Stable id of a topic fact: "topic:" + slug ("topic:drug-trafficking"). */
export function topicId(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `topic:${slug}`;
}
