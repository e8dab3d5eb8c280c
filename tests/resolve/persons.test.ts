import { describe, expect, it } from 'vitest';
import { resolvePersons, type KnownPerson } from '../../src/resolve/persons.ts';
import { personId } from '../../src/extract/person-facts.ts';
import type { ArticleFacts, EventFact, PersonFact } from '../../src/shared/types.ts';

const person = (name: string, aliases: string[] = []): PersonFact => ({
  id: personId(name),
  name,
  aliases,
  roles: [],
});

const meeting = (names: string[]): EventFact => ({
  id: `event:${names.join('+')}`,
  type: 'meeting',
  participants: names.map(personId),
  unnamed: [],
  date: null,
  place: null,
  planned: false,
  evidence: `${names.join(' met ')}.`,
});

const article = (file: string, persons: PersonFact[], events: EventFact[] = []): ArticleFacts => ({
  file,
  id: `article:${file}`,
  title: null,
  published: null,
  persons,
  countries: [],
  places: [],
  organizations: [],
  topics: [],
  events,
});

const ids = (articles: ArticleFacts[]): string[][] => articles.map((a) => a.persons.map((p) => p.id));

describe('resolvePersons', () => {
  it('should give every spelling of one person one id and the most common spelling as name', () => {
    const out = resolvePersons([
      article('a', [person('Ilham Aliyev')]),
      article('b', [person('Elham Aliyev', ['Aliyev'])]),
      article('c', [person('Ilham Aliyef')]),
      article('d', [person('Ilham Aliyev')]),
    ]);
    expect(new Set(ids(out).flat())).toEqual(new Set(['person:ilham-aliyev']));
    expect(out[1]?.persons[0]).toMatchObject({ name: 'Ilham Aliyev', aliases: ['Elham Aliyev', 'Aliyev'] });
  });

  it('should keep people who share a surname apart when their given names differ', () => {
    const out = resolvePersons([
      article('a', [person('Farid Aliyef'), person('Ilham Aliyef')]),
      article('b', [person('Ilham Aliyev')]),
    ]);
    expect(ids(out)).toEqual([['person:farid-aliyef', 'person:ilham-aliyef'], ['person:ilham-aliyef']]);
  });

  it('should join a surname-only person to the one person with that surname, and not when there are two', () => {
    const one = resolvePersons([article('a', [person('Kassym Tokayev')]), article('b', [person('Tokayev')])]);
    expect(ids(one)).toEqual([['person:kassym-tokayev'], ['person:kassym-tokayev']]);
    const two = resolvePersons([
      article('a', [person('Farid Guliyev'), person('Anar Guliyev')]),
      article('b', [person('Guliyev')]),
    ]);
    expect(ids(two)[1]).toEqual(['person:guliyev']);
  });

  it('should place a lone surname by office when two people share it', () => {
    const president = {
      ...person('Anar Guliyev'),
      roles: [{ title: 'President', country: 'Azerbaijan', organization: null, rank: null }],
    };
    const general = {
      ...person('Farid Guliyev'),
      roles: [{ title: null, country: 'Azerbaijan', organization: null, rank: 'Major General' }],
    };
    const lone = {
      ...person('Guliyev'),
      roles: [{ title: 'President', country: 'Azerbaijan', organization: null, rank: null }],
    };
    expect(ids(resolvePersons([article('a', [president, general]), article('b', [lone])]))[1]).toEqual([
      'person:anar-guliyev',
    ]);
  });

  it('should use the id and name of a person already known', () => {
    const known: KnownPerson[] = [
      { id: 'person:hossein-dehghan', name: 'Hossein Dehghan', aliases: ['Dehghan'] },
    ];
    const out = resolvePersons([article('a', [person('Hossein Dehqan', ['Dehqan'])])], known);
    expect(out[0]?.persons[0]).toMatchObject({
      id: 'person:hossein-dehghan',
      name: 'Hossein Dehghan',
      aliases: ['Hossein Dehqan', 'Dehqan'],
    });
  });

  it('should rewrite event participants to the resolved ids', () => {
    const out = resolvePersons([
      article('a', [person('Ebrahim Raisi')]),
      article(
        'b',
        [person('Ebrahim Raeisi'), person('Ilham Aliyev')],
        [meeting(['Ebrahim Raeisi', 'Ilham Aliyev'])],
      ),
      article('c', [person('Ebrahim Raisi')]),
    ]);
    expect(out[1]?.events[0]?.participants).toEqual(['person:ebrahim-raisi', 'person:ilham-aliyev']);
  });

  it('should give the same ids when run twice (re-imports are idempotent) and leave its input alone', () => {
    const input = [article('a', [person('Hassan Rouhani')]), article('b', [person('Hassan Rohani')])];
    const copy = structuredClone(input);
    expect(ids(resolvePersons(input))).toEqual(ids(resolvePersons(input)));
    expect(input).toEqual(copy);
  });

  it('should join the Russian and the hyphenated spellings of one person across articles', () => {
    const out = resolvePersons([
      article('a', [person('Zakir Hasanov'), person('Hossein Amir-Abdollahian')]),
      article('b', [person('Zakir Gasanov'), person('Hossein Amir Abdollahian')]),
      article('c', [person('Abdollahian')]),
    ]);
    expect(new Set(ids(out).flat())).toEqual(
      new Set(['person:zakir-hasanov', 'person:hossein-amir-abdollahian']),
    );
  });
});
