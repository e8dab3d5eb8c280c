import { describe, expect, it } from 'vitest';
import { article } from './event-helpers.ts';
import type { EventFact } from '../../src/shared/types.ts';

/** Type, sorted people, date, place and tense: what a reader of the graph sees of an event. */
const seen = (e: EventFact) => [e.type, [...e.participants].sort(), e.date, e.place, e.planned];

describe('findEvents on a held visit and a planned trip in one sentence', () => {
  it.each<[string, string, (string | boolean | null | string[])[][]]>([
    [
      '[Anwar Ibrahim], who is on a three-day visit to Thailand, will travel to Chiang Mai on Sunday to open a trade fair.',
      '2023-03-09',
      [
        ['visit', ['Anwar Ibrahim'], null, 'Thailand', false],
        ['visit', ['Anwar Ibrahim'], '2023-03-12', 'Chiang Mai', true],
      ],
    ],
    [
      'Foreign Minister [Ali Sabry], who arrived on Tuesday on a two-day visit, will fly to Karachi on Thursday.',
      '2023-03-08',
      [
        ['visit', ['Ali Sabry'], '2023-03-07', null, false],
        ['visit', ['Ali Sabry'], '2023-03-09', 'Karachi', true],
      ],
    ],
  ])('should keep both visits: %s', (text, published, expected) => {
    expect(article(text, published).map(seen)).toEqual(expected);
  });

  it('should not read a planned "next session" as a second meeting of the people just received', () => {
    const text =
      'Prime Minister [Ion Rusu] on Monday received Ambassador [Mihai Popa] to discuss the next session of the joint commission.';
    expect(article(text, '2021-03-08').map(seen)).toEqual([
      ['meeting', ['Ion Rusu', 'Mihai Popa'], '2021-03-08', null, false],
    ]);
  });
});

describe('findEvents on invitations to an event held somewhere', () => {
  it.each([
    '[Zakir Hasanov] invited [Yasar Guler] to attend the defence exhibition in Baku next month.',
    '[Zakir Hasanov] invited his Turkish counterpart [Yasar Guler] to observe the joint naval drills off Baku next month.',
  ])('should send the guest on a planned visit there: %s', (text) => {
    const visits = article(text, '2023-03-09').filter((e) => e.type === 'visit');
    expect(visits.map(seen)).toEqual([['visit', ['Yasar Guler'], '2023-04', 'Baku', true]]);
  });

  it('should read no visit from an invitation to an event with no place', () => {
    const text = '[Zakir Hasanov] invited [Yasar Guler] to attend the anniversary celebrations in May.';
    expect(article(text, '2023-03-09').filter((e) => e.type === 'visit')).toEqual([]);
  });
});

describe('findEvents on co-signers after the document', () => {
  it.each([
    '{The Turkish minister=Yasar Guler} signed a memorandum with Azerbaijani Defence Minister [Zakir Hasanov] on military education.',
    '[Yasar Guler] signed two agreements with his Azerbaijani counterpart [Zakir Hasanov] on Monday.',
  ])('should read both signers: %s', (text) => {
    const events = article(text, '2023-03-09');
    expect(events.map((e) => [e.type, [...e.participants].sort()])).toEqual([
      ['agreement', ['Yasar Guler', 'Zakir Hasanov']],
    ]);
  });
});

describe('findEvents on a visit named only as a reference', () => {
  it.each([
    '[Yasar Guler] had spoken by phone with [Zakir Hasanov] on Friday to prepare the visit.',
    '[Yasar Guler] and [Zakir Hasanov] spoke by phone on Friday ahead of the visit.',
  ])('should read the call and no visit: %s', (text) => {
    expect(article(text, '2023-03-09').map((e) => e.type)).toEqual(['phone_call']);
  });
});

describe('findEvents on who reports an event', () => {
  it.each([
    '[Shavkat Mirziyoyev] and [Kassym-Jomart Tokayev] will meet in Tashkent in May, [Bakhtiyor Saidov] said.',
    '[Shavkat Mirziyoyev] and [Kassym-Jomart Tokayev] will meet in Tashkent in May, said Foreign Minister [Bakhtiyor Saidov].',
  ])('should leave the speaker out of the meeting: %s', (text) => {
    const events = article(text, '2023-03-09');
    expect(events.map(seen)).toEqual([
      ['meeting', ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'], '2023-05', 'Tashkent', true],
    ]);
  });

  it('should keep the speaker who met someone ("X said after meeting Y")', () => {
    const text =
      'Trade will grow, Uzbek Foreign Minister [Bakhtiyor Saidov] said after meeting [Murat Nurtleu] on Monday.';
    expect(article(text, '2023-03-09').map((e) => [...e.participants].sort())).toEqual([
      ['Bakhtiyor Saidov', 'Murat Nurtleu'],
    ]);
  });
});

describe('findEvents on an exercise dated and placed by a clause on its name', () => {
  it('should read the planned exercise with its name, month and country', () => {
    const text =
      'The sides discussed preparations for the joint strategic exercise Steppe Shield-2024, which will be held in Kazakhstan in October.';
    const events = article(text, '2024-06-05');
    expect(events.map(seen)).toEqual([['exercise', [], '2024-10', 'Kazakhstan', true]]);
    expect(events[0]?.name).toBe('Steppe Shield-2024');
  });
});
