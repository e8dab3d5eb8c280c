/**
 * The topics model: topic names with the phrases that signal them (the list is in
 * `topic-data.ts`), compiled once; `../topics.ts` applies it. Triggers are regular-expression
 * sources matched on the lower-cased text on word boundaries, so "Karabakh (dispute|crisis)" and
 * "trafficking of (illicit )?drugs" fit one line.
 */
import { TOPICS } from './topic-data.ts';

/** A topic and its trigger patterns. */
export interface TopicEntry {
  /** Canonical topic name, lower case unless a proper name ("Nagorno-Karabakh conflict"). */
  name: string;
  /** Lower-case regular-expression sources, matched on the lower-cased text; any match signals the topic. */
  triggers: string[];
  /** Lower-case word beginnings one of which every trigger contains ("terror" for "anti-terror"); a cheap test that skips the regex. */
  hints?: string[];
  /**
   * Weaker triggers that count only when the article's lead (headline and opening lines) shows what
   * kind of story it is: "their cooperation is growing" is defence cooperation when defence ministers meet.
   */
  inContext?: { lead: string[]; triggers: string[] };
  /** Broader topics this one makes redundant ("energy security" covers "energy"). */
  overrides?: string[];
}

/** A topic's weaker triggers and the lead cue they need, compiled. */
export interface CompiledContext {
  lead: RegExp;
  trigger: RegExp;
}

/** Topics with their compiled triggers. */
export interface TopicModel {
  topics: TopicEntry[];
  /** One compiled pattern per topic, in the order of `topics`. */
  patterns: RegExp[];
  /** Compiled `inContext` per topic (null when the topic has none), in the order of `topics`. */
  contexts: (CompiledContext | null)[];
  /** Every hint of every topic in one alternation (global), shaped as a trie; a longer hint wins. */
  hintPattern: RegExp;
  /** How many characters from the start of the text count as the lead. */
  leadChars: number;
}

/** Characters from the start of an article (headline first) that make up its lead. */
export const LEAD_CHARS = 700;

let memo: TopicModel | null = null;

/** The default topics model, compiled once and memoised. */
export function loadTopicModel(): TopicModel {
  memo ??= createTopicModel(TOPICS);
  return memo;
}

/** Compiles a topic list (tests pass a short one). */
export function createTopicModel(topics: readonly TopicEntry[]): TopicModel {
  return {
    topics: [...topics],
    // Matched against the lower-cased text: a case-sensitive regex runs about twice as fast.
    patterns: topics.map((t) => anyOf(t.triggers)),
    contexts: topics.map((t) => (t.inContext === undefined ? null : { lead: anyOf(t.inContext.lead), trigger: anyOf(t.inContext.triggers) })),
    hintPattern: hintPattern(topics),
    leadChars: LEAD_CHARS,
  };
}

// One word-bounded alternation of regular-expression sources.
function anyOf(sources: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${sources.join('|')})\\b`);
}

// Hints as a trie-shaped alternation at word starts ("\\bs(?:ea|muggl|anction)"): the regex engine
// tries one branch per letter, and only where a word begins, instead of every hint at every position.
function hintPattern(topics: readonly TopicEntry[]): RegExp {
  const hints = [...new Set(topics.flatMap((t) => t.hints ?? []))];
  return new RegExp(hints.length === 0 ? '(?!)' : `\\b${trieSource(hints)}`, 'g');
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function trieSource(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      const child = node.next.get(ch) ?? { end: false, next: new Map() };
      node.next.set(ch, child);
      node = child;
    }
    node.end = true;
  }
  return branches(root);
}

// Longer hints are tried first (greedy optional tail), as the flat longest-first list did.
function branches(node: TrieNode): string {
  const parts = [...node.next].map(([ch, child]) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + branches(child));
  if (parts.length === 0) return '';
  const body = parts.length === 1 ? (parts[0] ?? '') : `(?:${parts.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}
