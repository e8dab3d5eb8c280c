/**
 * Cross-article person resolution: one id per real person across a run (and against people
 * already known, e.g. in the graph), whatever the spelling. The matching rule is in `names.ts`;
 * this file groups the people, picks each group's canonical name and rewrites the articles.
 */
import { personId } from '../extract/person-facts.ts';
import { mergeRoles } from '../extract/roles.ts';
import type { ArticleFacts, PersonFact } from '../shared/types.ts';
import {
  mapSpelling,
  nameKey,
  sameFullName,
  sameWord,
  skeleton,
  surnameForms,
  type NameKey,
} from './names.ts';

/** A person already known (e.g. in the graph). */
export interface KnownPerson {
  id: string;
  name: string;
  aliases: string[];
}

interface Group {
  /** Set when the group is a known person: its id and name win. */
  known: KnownPerson | null;
  /** Distinct name keys of the group (one per spelling). */
  keys: NameKey[];
  /** Offices the group's people hold in the articles ("President"), to place a lone surname. */
  titles: Set<string>;
  /** Canonical name spellings seen in articles, with how many articles used each. */
  spellings: Map<string, number>;
}

/**
 * Gives every person one id across articles (and against people already known). Pure.
 * Full names join a group when given name and surname both match (`sameFullName`); a person
 * known by surname alone joins the one group with that surname, or stays alone when there are
 * none or several. The canonical name is the known name, else the spelling most articles use.
 */
export function resolvePersons(articles: ArticleFacts[], known: KnownPerson[] = []): ArticleFacts[] {
  const groups = new Groups();
  for (const k of known)
    groups.add({ known: k, keys: keysOf([k.name, ...k.aliases]), titles: new Set(), spellings: new Map() });
  const assigned = new Map<PersonFact, Group>();
  const all = articles.flatMap((a) => a.persons);
  for (const p of all) if (fullKey(p.name)) assigned.set(p, joinFull(groups, p));
  for (const p of all) if (!fullKey(p.name)) assigned.set(p, joinSurname(groups, p));
  for (const [p, g] of assigned) g.spellings.set(p.name, (g.spellings.get(p.name) ?? 0) + 1);
  return articles.map((a) => rewriteArticle(a, assigned));
}

function fullKey(name: string): NameKey | null {
  const key = nameKey(name);
  return key && key.given !== null ? key : null;
}

function keysOf(names: readonly string[]): NameKey[] {
  return names.map(fullKey).filter((k): k is NameKey => k !== null);
}

// Groups bucketed by the skeleton of their surnames: names can only match within one bucket, so
// a run of thousands of articles costs a map lookup per person, not a scan of every group.
class Groups {
  private readonly bySurname = new Map<string, Group[]>();

  add(group: Group): Group {
    for (const k of group.keys) this.index(k, group);
    return group;
  }

  index(key: NameKey, group: Group): void {
    for (const form of surnameForms(key)) {
      const bucket = this.bucket(form);
      if (!bucket.includes(group)) bucket.push(group);
    }
  }

  /** Groups whose surname may match the key's in any of its spellings ("Amir-Abdollahian", "Abdollahian"). */
  candidates(key: NameKey): Group[] {
    return [...new Set(surnameForms(key).flatMap((form) => this.bucket(form)))];
  }

  bucket(surname: string): Group[] {
    const id = skeleton(mapSpelling(surname));
    let bucket = this.bySurname.get(id);
    if (!bucket) this.bySurname.set(id, (bucket = []));
    return bucket;
  }
}

function joinFull(groups: Groups, p: PersonFact): Group {
  const key = fullKey(p.name) as NameKey;
  const group = groups.candidates(key).find((g) => g.keys.some((k) => sameFullName(k, key)));
  const target = group ?? groups.add({ known: null, keys: [key], titles: new Set(), spellings: new Map() });
  if (!target.keys.some((k) => k.given === key.given && k.surname === key.surname)) {
    target.keys.push(key);
    groups.index(key, target);
  }
  for (const t of titlesOf(p)) target.titles.add(t);
  return target;
}

// "Erdogan" alone: the one group whose surname matches; among several, the one group holding the
// same office ("President Aliyev" is not General Farid Aliyev); else a group of its own.
function joinSurname(groups: Groups, p: PersonFact): Group {
  const surname = nameKey(p.name)?.surname ?? p.name;
  const bucket = groups.bucket(surname);
  const matches = bucket.filter((g) => g.keys.some((k) => surnameForms(k).some((f) => sameWord(f, surname))));
  if (matches.length === 1) return matches[0] as Group;
  const titles = titlesOf(p);
  const sameOffice = matches.filter((g) => titles.some((t) => g.titles.has(t)));
  if (sameOffice.length === 1) return sameOffice[0] as Group;
  const alone = bucket.find((g) => g.keys.length === 0 && g.known === null && g.spellings.has(p.name));
  if (alone) return alone;
  const created: Group = { known: null, keys: [], titles: new Set(), spellings: new Map([[p.name, 0]]) };
  bucket.push(created);
  return created;
}

function titlesOf(p: PersonFact): string[] {
  return p.roles.flatMap((r) => (r.title === null ? [] : [r.title.replace(/ \(former\)$/, '')]));
}

function canonical(group: Group, fallback: string): { id: string; name: string } {
  if (group.known) return { id: group.known.id, name: group.known.name };
  // Most articles win; on a tie, the spelling met first (articles are read in order).
  let best = fallback;
  let bestCount = 0;
  for (const [name, n] of group.spellings) {
    if (n > bestCount) [best, bestCount] = [name, n];
  }
  return { id: personId(best), name: best };
}

function rewriteArticle(article: ArticleFacts, assigned: ReadonlyMap<PersonFact, Group>): ArticleFacts {
  const ids = new Map<string, string>();
  const byId = new Map<string, PersonFact>();
  for (const p of article.persons) {
    const target = canonical(assigned.get(p) as Group, p.name);
    ids.set(p.id, target.id);
    const seen = byId.get(target.id);
    const aliases = [p.name, ...p.aliases].filter((a) => a !== target.name);
    byId.set(target.id, {
      id: target.id,
      name: target.name,
      aliases: unique([...(seen?.aliases ?? []), ...aliases]),
      roles: mergeRoles([...(seen?.roles ?? []), ...p.roles]),
    });
  }
  const events = article.events.map((e) => ({
    ...e,
    participants: unique(e.participants.map((id) => ids.get(id) ?? id)),
  }));
  return { ...article, persons: [...byId.values()], events };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
