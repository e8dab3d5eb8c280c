/**
 * The people already known, indexed so each batch hands the resolver only the candidates it could
 * join: two spellings can be one person only when their surnames share a transliteration skeleton
 * (the resolver's own rule in src/resolve/names.ts), so that skeleton is an exact blocking key.
 * Without it, resolving against thousands of known people costs more than extracting.
 */
import { mapSpelling, nameKey, skeleton } from '../resolve/names.ts';
import type { ArticleFacts } from '../shared/types.ts';
import type { KnownPerson } from './import-types.ts';

/** Blocking key of one spelling: the skeleton of its surname ("Aliyev", "Aliyef" -> "alaf"). */
export function surnameBlock(spelling: string): string {
  return skeleton(mapSpelling(nameKey(spelling)?.surname ?? spelling));
}

/** Known people by id, with an index from surname block to ids. */
export class KnownPeople {
  private readonly byId = new Map<string, KnownPerson>();
  private readonly byBlock = new Map<string, Set<string>>();

  constructor(people: KnownPerson[] = []) {
    people.forEach((p) => this.add(p));
  }

  /** Adds a person, or adds spellings to one already known (the first name seen stays). */
  add(person: KnownPerson): void {
    const old = this.byId.get(person.id);
    const aliases = [...new Set([...(old?.aliases ?? []), person.name, ...person.aliases])];
    this.byId.set(person.id, { id: person.id, name: old?.name ?? person.name, aliases });
    for (const spelling of aliases) {
      const block = surnameBlock(spelling);
      const ids = this.byBlock.get(block) ?? new Set<string>();
      ids.add(person.id);
      this.byBlock.set(block, ids);
    }
  }

  /** Known people who could be any person of these articles, in the order they became known. */
  candidates(articles: ArticleFacts[]): KnownPerson[] {
    const ids = new Set<string>();
    for (const p of articles.flatMap((a) => a.persons)) {
      for (const spelling of [p.name, ...p.aliases])
        this.byBlock.get(surnameBlock(spelling))?.forEach((id) => ids.add(id));
    }
    return [...this.byId.values()].filter((k) => ids.has(k.id));
  }
}
