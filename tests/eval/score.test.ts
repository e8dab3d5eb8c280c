import { describe, expect, it } from 'vitest';
import { parseGold, GoldFileError, type GoldFile } from '../../src/eval/gold.ts';
import { normaliseTerm } from '../../src/eval/normalise.ts';
import { scoreExtraction } from '../../src/eval/score.ts';
import type { ArticleFacts, EventFact, PersonFact } from '../../src/shared/types.ts';

// A hand-made reference for one article of our own: a Turkish-Pakistani defence meeting.
const GOLD: GoldFile = parseGold({
  articles: [
    {
      file: 'ankara.txt',
      published: '2023-03-06',
      persons: [
        {
          name: 'Yasar Guler',
          mentions: ['Yaşar Güler', 'Guler'],
          roles: [{ title: 'Minister of Defense', country: 'Turkey', rank: null }],
        },
        {
          name: 'Khawaja Asif',
          mentions: ['Khawaja Muhammad Asif', 'Asif'],
          roles: [{ title: null, country: 'Pakistan', rank: null }],
        },
        { name: 'Nadia Rahman', mentions: ['Nadia Rahman'], roles: [] },
      ],
      countries: ['Turkey', 'Pakistan'],
      places: ['Ankara'],
      organizations: ['NATO'],
      topics: ['defense cooperation'],
      events: [
        {
          type: 'meeting',
          participants: ['Yasar Guler', 'Khawaja Asif', 'Nadia Rahman'],
          date: '2023-03-06',
          place: 'Ankara',
        },
        {
          type: 'phone_call',
          participants: ['Guler', 'Khawaja Asif'],
          date: '2023-02',
          date_any: ['2023-02', '2023-02-14'],
          place: null,
        },
        { type: 'exercise', participants: [], date: '2022-11', place: 'Arabian Sea' },
      ],
      boilerplate_people: ['Elif Demir'],
    },
  ],
  distinct_people: ['Yasar Guler', 'Khawaja Asif', 'Nadia Rahman'],
});

function person(id: string, name: string, aliases: string[], roles: PersonFact['roles'] = []): PersonFact {
  return { id, name, aliases, roles };
}

function event(
  type: EventFact['type'],
  participants: string[],
  date: string | null,
  place: string | null = null,
): EventFact {
  return {
    id: `e-${type}-${date}`,
    type,
    participants,
    unnamed: [],
    date,
    place,
    planned: false,
    evidence: '',
  };
}

/** A prediction that agrees with the reference in every scored fact. */
function perfect(): ArticleFacts {
  return {
    file: '/somewhere/else/ankara.txt',
    id: 'a1',
    title: 'Turkey and Pakistan discuss defence ties',
    published: '2023-03-06',
    persons: [
      person(
        'p:guler',
        'Yaşar Güler',
        ['Guler'],
        [{ title: 'Minister of Defence', country: 'Turkey', organization: null, rank: null }],
      ),
      person(
        'p:asif',
        'Khawaja Asif',
        [],
        [{ title: 'Minister of Defense', country: 'Pakistan', organization: null, rank: null }],
      ),
      person('p:rahman', 'Nadia Rahman', []),
    ],
    countries: [
      { id: 'TR', name: 'Turkey' },
      { id: 'PK', name: 'Pakistan' },
    ],
    places: [{ id: 'ankara', name: 'ankara', kind: 'city' }],
    organizations: [{ id: 'nato', name: 'NATO' }],
    topics: [{ id: 'dc', name: 'Defense Cooperation' }],
    events: [
      event('meeting', ['p:asif', 'p:guler', 'p:rahman'], '2023-03-06', 'Ankara'),
      event('phone_call', ['p:guler', 'p:asif'], '2023-02-14'),
      event('exercise', [], '2022-11', 'Arabian Sea'),
    ],
  };
}

describe('scoreExtraction', () => {
  it('should give F1 1 everywhere for a perfect prediction', () => {
    const report = scoreExtraction(GOLD, { articles: [perfect()] });
    for (const scores of Object.values(report.totals)) expect(scores.f1).toBe(1);
    expect(report.totals.meetings.tp).toBe(3); // three participants give three pairs
    expect(report.events.meetings.dateAccuracy).toBe(1);
    expect(report.events.meetings.placeAccuracy).toBe(1);
    expect(report.boilerplatePeople).toBe(0);
    expect(report.distinctPeople).toEqual({ predicted: 3, gold: 3, split: [], merged: [] });
  });

  it('should lower recall but not precision when a person is missed', () => {
    const facts = perfect();
    facts.persons = facts.persons.filter((p) => p.id !== 'p:rahman');
    facts.events = facts.events.map((e) => ({
      ...e,
      participants: e.participants.filter((id) => id !== 'p:rahman'),
    }));
    const report = scoreExtraction(GOLD, { articles: [facts] });
    expect(report.totals.persons.precision).toBe(1);
    expect(report.totals.persons.recall).toBeCloseTo(2 / 3);
    expect(report.totals.meetings.recall).toBeCloseTo(1 / 3);
    expect(report.articles[0]?.errors.persons?.missed).toEqual(['Nadia Rahman']);
  });

  it('should count a person from page chrome as boilerplate and as a false positive', () => {
    const facts = perfect();
    facts.persons.push(person('p:demir', 'Demir', []));
    const report = scoreExtraction(GOLD, { articles: [facts] });
    expect(report.boilerplatePeople).toBe(1);
    expect(report.totals.persons.fp).toBe(1);
    expect(report.articles[0]?.errors.persons?.extra).toEqual(['Demir']);
  });

  it('should accept any date listed in date_any and flag a wrong date without losing the pair', () => {
    const facts = perfect();
    facts.events = [
      event('meeting', ['p:asif', 'p:guler', 'p:rahman'], '2023-03-01', 'Ankara'),
      event('phone_call', ['p:guler', 'p:asif'], '2023-02'),
    ];
    const report = scoreExtraction(GOLD, { articles: [facts] });
    expect(report.events.phone_calls.dateAccuracy).toBe(1);
    expect(report.totals.meetings.f1).toBe(1);
    expect(report.events.meetings.dateAccuracy).toBe(0);
    expect(report.totals.other_events.recall).toBe(0);
  });

  it('should not count a phone call as a meeting', () => {
    const facts = perfect();
    facts.events = [event('meeting', ['p:guler', 'p:asif'], '2023-02-14')];
    const report = scoreExtraction(GOLD, { articles: [facts] });
    expect(report.totals.phone_calls.recall).toBe(0);
    expect(report.totals.meetings.fp).toBe(0);
    expect(report.totals.meetings.tp).toBe(1);
  });

  it('should count a planned meeting reported as held as a wrong meeting and a missed planned event', () => {
    const gold = parseGold({
      articles: [
        {
          file: 'ankara.txt',
          published: '2023-03-06',
          persons: GOLD.articles[0]?.persons,
          events: [
            {
              type: 'meeting',
              participants: ['Guler', 'Asif'],
              date: '2023-04',
              place: 'Islamabad',
              planned: true,
            },
          ],
        },
      ],
      distinct_people: [],
    });
    const held = { ...perfect(), events: [event('meeting', ['p:guler', 'p:asif'], '2023-04', 'Islamabad')] };
    const heldReport = scoreExtraction(gold, { articles: [held] });
    expect(heldReport.totals.meetings).toMatchObject({ tp: 0, fp: 1 });
    expect(heldReport.totals.planned).toMatchObject({ tp: 0, fn: 1 });
    const planned = { ...held, events: held.events.map((e) => ({ ...e, planned: true })) };
    expect(scoreExtraction(gold, { articles: [planned] }).totals.planned.f1).toBe(1);
  });

  it('should accept an office of a body given as title plus organization', () => {
    const gold = parseGold({
      articles: [
        {
          file: 'ankara.txt',
          published: null,
          persons: [
            {
              name: 'Nadia Rahman',
              roles: [{ title: 'Head of Pakistan Railways', country: 'Pakistan', rank: null }],
            },
          ],
        },
      ],
      distinct_people: ['Nadia Rahman'],
    });
    const facts = { ...perfect(), events: [] };
    facts.persons = [
      person(
        'p:rahman',
        'Nadia Rahman',
        [],
        [{ title: 'Head', country: 'Pakistan', organization: 'Pakistan Railways', rank: null }],
      ),
    ];
    expect(scoreExtraction(gold, { articles: [facts] }).totals.roles.f1).toBe(1);
  });

  it('should mark planned events as not annotated when the gold file marks none', () => {
    expect(scoreExtraction(GOLD, { articles: [perfect()] }).plannedAnnotated).toBe(false);
  });

  it('should compare only country and rank when the reference role has no title, and require the title otherwise', () => {
    const facts = perfect();
    const [guler] = facts.persons;
    if (guler)
      guler.roles = [{ title: 'Chief of General Staff', country: 'Turkey', organization: null, rank: null }];
    const report = scoreExtraction(GOLD, { articles: [facts] });
    expect(report.totals.roles).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('should report people split across ids and ids merging two people', () => {
    const facts = perfect();
    const second: ArticleFacts = {
      ...perfect(),
      file: 'other.txt',
      persons: [person('p:guler-2', 'Yasar Guler', [])],
      events: [],
    };
    facts.persons = facts.persons.map((p) => (p.id === 'p:rahman' ? { ...p, id: 'p:asif' } : p));
    const report = scoreExtraction(GOLD, { articles: [facts, second] });
    expect(report.distinctPeople.merged).toEqual([['Khawaja Asif', 'Nadia Rahman']]);
    expect(report.articles[0]?.found).toBe(true);
  });

  it('should score a gold article missing from the output as all misses', () => {
    const report = scoreExtraction(GOLD, { articles: [] });
    expect(report.articles[0]?.found).toBe(false);
    expect(report.totals.persons).toMatchObject({ tp: 0, fn: 3, recall: 0 });
  });
});

describe('normaliseTerm', () => {
  it.each([
    ['Minister of Defence', 'minister of defense'],
    ['Lt. Gen.', 'lieutenant general'],
    ['Chief of the Naval Staff', 'chief of naval staff'],
    ['  ', null],
  ])('should normalise %j to %j', (input, expected) => {
    expect(normaliseTerm(input)).toBe(expected);
  });
});

describe('parseGold', () => {
  it('should name the offending field of an invalid gold file', () => {
    const broken = {
      articles: [{ file: 'x.txt', published: null, persons: [{ mentions: [] }] }],
      distinct_people: [],
    };
    expect(() => parseGold(broken, 'gold.json')).toThrow(GoldFileError);
    expect(() => parseGold(broken, 'gold.json')).toThrow(/articles\[0\]\.persons\[0\]\.name/);
  });
});
