/**
 * Topics stage: which subjects an article is about, from trigger phrases in the topics model
 * ("the Karabakh dispute" -> "Nagorno-Karabakh conflict", "trafficking of illicit drugs" ->
 * "drug trafficking"). Each topic is reported once, in order of first mention.
 */
import type { NamedFact } from '../shared/types.ts';
import type { TopicModel } from './model/topics.ts';

/** Topics signalled in the text; id = "topic:" + slug of the name. */
export function findTopics(text: string, model: TopicModel): NamedFact[] {
  const found: { name: string; at: number }[] = [];
  const lower = text.toLowerCase();
  const present = presentHints(lower, model);
  model.topics.forEach((topic, i) => {
    if (topic.hints !== undefined && !topic.hints.some((h) => present.has(h))) return;
    const m = model.patterns[i]?.exec(lower);
    if (m !== null && m !== undefined) found.push({ name: topic.name, at: m.index });
  });
  return found.sort((a, b) => a.at - b.at).map(({ name }) => ({ id: topicId(name), name }));
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
