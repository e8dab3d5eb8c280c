import { describe, expect, it } from 'vitest';
import { article } from './event-helpers.ts';
import type { EventFact } from '../../src/shared/types.ts';
import { DEFAULT_EVENT_DATA } from '../../src/extract/model/events.ts';

/** Type, sorted people, date, place and tense: what a reader of the graph sees of an event. */
const seen = (e: EventFact) => [e.type, [...e.participants].sort(), e.date, e.place, e.planned];
const ofType = (events: EventFact[], type: string) => events.filter((e) => e.type === type).map(seen);

describe('findEvents on an arrival told beside the talks', () => {
  it.each<[string, string, (string | boolean | null | string[])[]]>([
    [
      '[Omar Haddad] and his Lebanese counterpart [Nabil Karam] discussed border security in Amman on Sunday. [Karam=Nabil Karam], who arrived in Amman on Saturday at the head of a military delegation, said the two armies were close partners.',
      '2022-10-17',
      ['visit', ['Nabil Karam'], '2022-10-15', 'Amman', false],
    ],
    [
      'Kyrgyz Foreign Minister [Jeenbek Kulubaev] and [Sergei Aleinik] held talks in Bishkek on Thursday. [Aleinik=Sergei Aleinik], who landed in Bishkek on Wednesday, also met with Speaker [Nurlanbek Shakiev].',
      '2022-04-15',
      ['visit', ['Sergei Aleinik'], '2022-04-13', 'Bishkek', false],
    ],
  ])('should keep the arrival as a visit of its own day: %s', (text, published, expected) => {
    expect(ofType(article(text, published), 'visit')).toEqual([expected]);
  });
});

describe('findEvents on attacks that name no one', () => {
  it.each<[string, string, string | null]>([
    [
      'Gunmen stormed a guest house in the city of Herat on Tuesday, killing five aid workers.',
      '2021-06-10',
      '2021-06-08',
    ],
    [
      'At least 30 people were killed on Friday when militants stormed a shopping centre in Nairobi.',
      '2013-09-23',
      '2013-09-20',
    ],
    [
      'Four soldiers were martyred when their convoy was hit by a roadside bomb near Miranshah on Monday night.',
      '2021-03-10',
      '2021-03-08',
    ],
    [
      'A suicide bomber rammed an explosives-laden car into a police convoy near Kandahar in April.',
      '2021-06-10',
      '2021-04',
    ],
    ['Clashes erupted along the border in September last year, killing 19 troops.', '2022-05-16', '2021-09'],
    ['Demonstrators stormed the Danish embassy in 2006.', '2022-05-16', '2006'],
  ])('should report one attack, dated: %s', (text, published, date) => {
    const attacks = article(text, published).filter((e) => e.type === 'attack');
    expect(attacks.map((e) => [e.participants, e.date])).toEqual([[[], date]]);
  });

  it.each([
    'The drills simulated an attack on a coastal radar station on Monday.',
    'The commander warned of attacks on shipping in the strait on Monday.',
    'The two ministers condemned terrorism in all its forms on Monday.',
    'Security forces foiled a plot to storm the parliament in May.',
    'The Iranian delegation stormed out of the talks in Geneva on Friday.',
  ])('should report no attack: %s', (text) => {
    expect(article(text, '2022-05-16').filter((e) => e.type === 'attack')).toEqual([]);
  });

  it('should read one attack told in two sentences', () => {
    const text =
      'Gunmen stormed a hotel in Kabul on Monday, killing 14 guests. The attack on the hotel lasted several hours.';
    expect(article(text, '2022-01-19').filter((e) => e.type === 'attack')).toHaveLength(1);
  });
});

describe('findEvents on agreements', () => {
  it('should give a document signed by "the two sides" the people of the talks just told', () => {
    const text =
      'Defence Minister [Ali Reza] held talks with his Tajik counterpart [Sherali Mirzo] in Dushanbe on Monday. The two sides also signed a plan of military cooperation for 2023.';
    expect(ofType(article(text, '2022-11-22'), 'agreement')).toEqual([
      ['agreement', ['Ali Reza', 'Sherali Mirzo'], '2022-11-21', 'Dushanbe', false],
    ]);
  });

  it.each<[string, string]>([
    ['The two countries concluded a contract for the delivery of the tanks in 2012.', '2012'],
    [
      'The accord, signed by the two governments in March last year, entered into force on Monday.',
      '2021-03',
    ],
  ])('should date an agreement that names no one: %s', (text, date) => {
    const deals = article(text, '2022-05-16').filter((e) => e.type === 'agreement');
    expect(deals.map((e) => [e.participants, e.date])).toEqual([[[], date]]);
  });

  it('should read the co-signer named after the subject of the document', () => {
    const text =
      '[Kassym Tokayev] travelled to Baku and signed a declaration on allied relations with President [Ilham Aliyev].';
    const events = article(text, '2022-08-24');
    expect(ofType(events, 'agreement').map((e) => e[1])).toEqual([['Ilham Aliyev', 'Kassym Tokayev']]);
    expect(ofType(events, 'visit').map((e) => [e[1], e[3]])).toEqual([[['Kassym Tokayev'], 'Baku']]);
  });
});

describe('findEvents on phone calls', () => {
  it.each([
    'Foreign Minister [Bujar Osmani] discussed the crisis with his Serbian counterpart [Ivica Dacic] by telephone on Sunday.',
    '[Bujar Osmani] talked over the phone with [Ivica Dacic] on Sunday about the border.',
  ])('should read a call from "by telephone": %s', (text) => {
    expect(ofType(article(text, '2022-05-16'), 'phone_call').map((e) => e[1])).toEqual([
      ['Bujar Osmani', 'Ivica Dacic'],
    ]);
  });

  it('should read "also spoke to" right after a call as another call', () => {
    const text =
      'Army chief [Asim Munir] on Sunday telephoned Turkish Chief of General Staff [Metin Gurak] and discussed regional security. Defence Minister [Khawaja Asif] also spoke to his Turkish counterpart [Yasar Guler].';
    const calls = ofType(article(text, '2023-08-14'), 'phone_call').map((e) => e[1]);
    expect(calls).toEqual([
      ['Asim Munir', 'Metin Gurak'],
      ['Khawaja Asif', 'Yasar Guler'],
    ]);
  });

  it.each([
    '[Bujar Osmani] issued a statement on Sunday after [Ivica Dacic] told reporters the talks had failed.',
    '[Bujar Osmani] and [Ivica Dacic] on Sunday condemned the attack on the embassy.',
    '[Khawaja Asif] spoke to reporters on Sunday after [Yasar Guler] left.',
  ])('should read no call: %s', (text) => {
    expect(ofType(article(text, '2022-05-16'), 'phone_call')).toEqual([]);
  });
});

describe('findEvents on a visit to a memorial', () => {
  it.each([
    'Later in the day, {the Uzbek minister=Bakhodir Kurbanov} visited the tomb of [Amir Temur] in Samarkand.',
    '[Bakhodir Kurbanov] visited the memorial complex of Heydar Aliyev on Monday.',
  ])('should send the subject, not the person remembered: %s', (text) => {
    const visits = article(text, '2022-05-16').filter((e) => e.type === 'visit');
    expect(visits.map((e) => e.participants)).toEqual([['Bakhodir Kurbanov']]);
  });
});

describe('findEvents on more ways to tell a visit', () => {
  it.each<[string, string, string | null]>([
    [
      'Foreign Minister [Ivan Korcok], who arrived in the Hungarian capital on Monday, met students.',
      '2021-06-02',
      'Budapest',
    ],
    [
      '[Ivan Korcok], who is currently visiting Warsaw, told reporters the talks were useful.',
      '2021-06-02',
      'Warsaw',
    ],
    ['[Ivan Korcok] is in Egypt on his first visit as foreign minister.', '2021-06-02', 'Egypt'],
  ])('should read the visit and its place: %s', (text, published, place) => {
    const visits = article(text, published).filter((e) => e.type === 'visit');
    expect(visits.map((e) => [e.participants, e.place])).toEqual([[['Ivan Korcok'], place]]);
  });

  it.each([
    'The two sides reached an agreement on Monday after [Ivan Korcok] called for calm.',
    'The visiting delegation of [Ivan Korcok] laid a wreath on Monday.',
  ])('should read no visit: %s', (text) => {
    expect(article(text, '2021-06-02').filter((e) => e.type === 'visit')).toEqual([]);
  });
});

describe('findEvents on more ways to tell an attack or a call', () => {
  it.each([
    'An explosion ripped through a crowded market in Jalalabad on Friday, killing 12 people.',
    'Rockets hit a military base near Kirkuk on Tuesday.',
    'Gunmen killed four border guards at a checkpoint near Chaman on Sunday.',
  ])('should report one attack: %s', (text) => {
    expect(article(text, '2022-05-16').filter((e) => e.type === 'attack')).toHaveLength(1);
  });

  it.each([
    '[Ahmad Vahidi] had a telephonic conversation with [Sheikh Rashid] on Sunday.',
    '[Ahmad Vahidi] and [Sheikh Rashid] exchanged views on Afghanistan over the phone on Sunday.',
  ])('should read a call: %s', (text) => {
    const calls = article(text, '2022-05-16').filter((e) => e.type === 'phone_call');
    expect(calls.map((e) => [...e.participants].sort())).toEqual([['Ahmad Vahidi', 'Sheikh Rashid']]);
  });
});

describe('findEvents on signings told around the talks', () => {
  const talks =
    'Defence Minister [Kaha Lomaia] held talks with his Ukrainian counterpart [Oleh Reznik] in Tbilisi on Monday. ';

  it.each([
    'Georgia and Ukraine signed a memorandum on military medicine during a visit by Ukrainian Defence Minister [Reznik=Oleh Reznik].',
    'Following the talks, a memorandum on military education was signed.',
    'Several documents were signed at the end of the meeting.',
    'The sides signed a protocol on the results of the talks.',
  ])('should give the signing the people of the talks: %s', (sentence) => {
    const deals = article(talks + sentence, '2022-10-25').filter((e) => e.type === 'agreement');
    expect(deals.map((e) => [[...e.participants].sort(), e.date])).toEqual([
      [['Kaha Lomaia', 'Oleh Reznik'], '2022-10-24'],
    ]);
  });

  it.each([
    '[Kaha Lomaia] said the two countries had signed many agreements over the years.',
    '[Kaha Lomaia] called on both sides to sign the ceasefire agreement.',
    '[Kaha Lomaia] recalled the state visit of 2019, in which a number of documents were signed.',
  ])('should read no signing by the speaker: %s', (text) => {
    expect(article(text, '2022-10-25').filter((e) => e.type === 'agreement')).toEqual([]);
  });

  it('should date a past agreement referred to by its signing', () => {
    const text = 'The treaty signed in 2014 remains in force, [Kaha Lomaia] said.';
    const deals = article(text, '2022-10-25').filter((e) => e.type === 'agreement');
    expect(deals.map((e) => [e.participants, e.date])).toEqual([[[], '2014']]);
  });
});

describe('findEvents on a co-chair named by office', () => {
  it('should not read "who is also co-chair of the commission" as a meeting with the people it names', () => {
    const text = [
      'President [Sadyr Japarov] has received a delegation led by Kazakh Transport Minister [Marat Karabayev].',
      '[Karabayev=Marat Karabayev], who is also co-chair of the intergovernmental council, conveyed the greetings of President [Kassym-Jomart Tokayev] to the Kyrgyz leader.',
    ].join(' ');
    const meetings = article(text, '2022-03-05').filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => [...e.participants].sort())).toEqual([['Marat Karabayev', 'Sadyr Japarov']]);
  });
});

describe('event model gates', () => {
  it('should name, for every phrase of a gated type, a gate word the phrase always holds', () => {
    for (const [type, words] of Object.entries(DEFAULT_EVENT_DATA.gates)) {
      const phrases = DEFAULT_EVENT_DATA.triggers[type as keyof typeof DEFAULT_EVENT_DATA.triggers] ?? [];
      for (const phrase of phrases) expect(words.some((w) => phrase.toLowerCase().includes(w))).toBe(true);
    }
  });
});
