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
        ['visit', ['Anwar Ibrahim'], '2023-03', 'Thailand', false],
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

describe('findEvents on summits and gatherings named without names', () => {
  it('should give the summit and the treaty the leaders who sign in the next sentence', () => {
    const text = [
      'The leaders of Kyrgyzstan, Tajikistan and Uzbekistan signed a border treaty at their summit in Khujand on Friday.',
      '[Sadyr Japarov], [Emomali Rahmon] and [Shavkat Mirziyoyev] put their signatures to the treaty in the presence of ministers.',
    ].join(' ');
    const leaders = ['Emomali Rahmon', 'Sadyr Japarov', 'Shavkat Mirziyoyev'];
    expect(article(text, '2025-03-15').map(seen)).toEqual([
      ['meeting', leaders, '2025-03-14', 'Khujand', false],
      ['agreement', leaders, '2025-03-14', 'Khujand', false],
    ]);
  });

  it('should give a meeting named by "their" the people hosted in the next sentence', () => {
    const text = [
      'The defence ministers of Georgia, Azerbaijan and Turkey on Tuesday signed a joint statement at the end of their trilateral meeting in Gabala.',
      '[Zakir Hasanov] hosted [Juansher Burchuladze] and [Yasar Guler] at the ministry.',
    ].join(' ');
    const ministers = ['Juansher Burchuladze', 'Yasar Guler', 'Zakir Hasanov'];
    const events = article(text, '2023-03-15').map(seen);
    expect(events).toHaveLength(2);
    expect(events).toEqual(
      expect.arrayContaining([
        ['agreement', ministers, '2023-03-14', 'Gabala', false],
        ['meeting', ministers, '2023-03-14', 'Gabala', false],
      ]),
    );
  });

  it('should read the leaders at a summit as its participants', () => {
    const text =
      'At the summit on March 3, [Ilham Aliyev], [Vladimir Putin] and [Masoud Pezeshkian] discussed the transport corridor.';
    expect(article(text, '2025-03-04').map(seen)).toEqual([
      ['meeting', ['Ilham Aliyev', 'Masoud Pezeshkian', 'Vladimir Putin'], '2025-03-03', null, false],
    ]);
  });

  it('should keep sidelines meetings apart from the summit, on its day and in its place', () => {
    const text = [
      '[Ilham Aliyev], [Vladimir Putin] and [Masoud Pezeshkian] held a summit in Ashgabat on Friday.',
      '[Pezeshkian=Masoud Pezeshkian], who arrived in Ashgabat on Thursday, praised the talks.',
      'On the sidelines of the summit, [Pezeshkian=Masoud Pezeshkian] met separately with [Putin=Vladimir Putin] and [Aliyev=Ilham Aliyev].',
    ].join(' ');
    const meetings = article(text, '2025-03-15').filter((e) => e.type === 'meeting');
    expect(meetings.map(seen)).toEqual([
      ['meeting', ['Ilham Aliyev', 'Masoud Pezeshkian', 'Vladimir Putin'], '2025-03-14', 'Ashgabat', false],
      ['meeting', ['Masoud Pezeshkian', 'Vladimir Putin'], '2025-03-14', 'Ashgabat', false],
      ['meeting', ['Ilham Aliyev', 'Masoud Pezeshkian'], '2025-03-14', 'Ashgabat', false],
    ]);
  });
});

describe('findEvents on meetings talked about', () => {
  it('should date and place the planned meeting by its own clause, with nobody of the held one', () => {
    const text =
      '[Bakhtiyor Saidov] met [Murat Nurtleu] in Tashkent on Monday and discussed preparations for the meeting of the foreign ministers of Central Asia, which will be held in Astana on Friday.';
    expect(article(text, '2025-03-11').map(seen)).toEqual([
      ['meeting', ['Bakhtiyor Saidov', 'Murat Nurtleu'], '2025-03-10', 'Tashkent', false],
      ['meeting', [], '2025-03-14', 'Astana', true],
    ]);
  });

  it.each([
    '[Sadyr Japarov] phoned [Emomali Rahmon] on Monday. The two presidents also discussed preparations for the summit in Bishkek in June.',
    '[Sadyr Japarov] phoned [Emomali Rahmon] on Monday and conveyed an invitation to attend the meeting of the joint commission in Bishkek in June.',
  ])('should read the planned gathering with nobody named: %s', (text) => {
    const planned = article(text, '2025-03-11').filter((e) => e.planned);
    expect(planned.map(seen)).toEqual([['meeting', [], '2025-06', 'Bishkek', true]]);
  });

  it('should read no event from an undated next meeting', () => {
    expect(article('The next trilateral meeting will be held in Baku.', '2025-03-11')).toEqual([]);
  });
});

describe('findEvents on a trip for a planned meeting', () => {
  it('should fold the trip into the meeting it is for', () => {
    const text =
      'Iranian President [Masoud Pezeshkian] is scheduled to travel to Ankara on March 16 for a trilateral summit with [Recep Tayyip Erdogan] and [Vladimir Putin].';
    expect(article(text, '2025-03-11').map(seen)).toEqual([
      [
        'meeting',
        ['Masoud Pezeshkian', 'Recep Tayyip Erdogan', 'Vladimir Putin'],
        '2025-03-16',
        'Ankara',
        true,
      ],
    ]);
  });
});

describe('findEvents on plans stated after the trigger', () => {
  it('should read ", to be held in September" as a planned exercise ahead', () => {
    const text =
      'He noted that the Steppe Eagle exercise, to be held in September, will involve troops from five countries.';
    expect(article(text, '2024-06-10').map(seen)).toEqual([['exercise', [], '2024-09', null, true]]);
  });
});

describe('findEvents on dates in a side clause', () => {
  it('should date the meetings by their own day and keep the arrival of the day before', () => {
    const text =
      'General [Asim Munir], who arrived in Baku on Sunday, also met [Ilham Aliyev] and [Zakir Hasanov] in separate meetings on Monday.';
    expect(article(text, '2024-05-07').map(seen)).toEqual([
      ['meeting', ['Asim Munir', 'Ilham Aliyev'], '2024-05-06', 'Baku', false],
      ['meeting', ['Asim Munir', 'Zakir Hasanov'], '2024-05-06', 'Baku', false],
      ['visit', ['Asim Munir'], '2024-05-05', 'Baku', false],
    ]);
  });
});

describe('findEvents on two clauses of one sentence', () => {
  it('should read a meeting in each clause joined by "while"', () => {
    const text =
      '[Hakan Fidan] later called on [Shehbaz Sharif] in Islamabad, while [Jeyhun Bayramov] met [Asim Munir] in Rawalpindi.';
    expect(article(text, '2024-05-07').map(seen)).toEqual([
      ['meeting', ['Hakan Fidan', 'Shehbaz Sharif'], '2024-05', 'Islamabad', false],
      ['meeting', ['Asim Munir', 'Jeyhun Bayramov'], '2024-05', 'Rawalpindi', false],
    ]);
  });

  it('should read a reprisal and the attack it answers as two attacks', () => {
    const text =
      'Militias fired rockets at a base near Erbil early Monday, in retaliation for the June 3 drone attack on a convoy in Kirkuk.';
    expect(article(text, '2024-06-12').map(seen)).toEqual([
      ['attack', [], '2024-06-10', 'Erbil', false],
      ['attack', [], '2024-06-03', 'Kirkuk', false],
    ]);
  });
});

describe('findEvents on attacks', () => {
  it('should read soldiers killed by militants as an attack', () => {
    const text = 'In March, six soldiers were killed by Baloch militants near Quetta.';
    expect(article(text, '2024-06-12').map(seen)).toEqual([['attack', [], '2024-03', 'Quetta', false]]);
  });

  it('should read no attack from support "against any attack"', () => {
    const text = 'The president said last week that Turkey would support Azerbaijan against any attack.';
    expect(article(text, '2024-06-12')).toEqual([]);
  });
});

describe('findEvents on participants named by reference', () => {
  it('should give a plan "signed by the two ministers" the people of the meeting just reported', () => {
    const text =
      '[Hakan Fidan] met [Jeyhun Bayramov] in Baku on Monday. The plan was signed by the two ministers.';
    expect(article(text, '2024-05-15').map(seen)).toEqual([
      ['meeting', ['Hakan Fidan', 'Jeyhun Bayramov'], '2024-05-13', 'Baku', false],
      ['agreement', ['Hakan Fidan', 'Jeyhun Bayramov'], '2024-05-13', 'Baku', false],
    ]);
  });

  it('should send the guest who accepts "the invitation of Y to visit"', () => {
    const text =
      '[Ararat Mirzoyan] accepted the invitation of Georgian Foreign Minister [Ilia Darchiashvili] to visit Tbilisi.';
    expect(article(text, '2024-05-15').map(seen)).toEqual([
      ['visit', ['Ararat Mirzoyan'], null, 'Tbilisi', true],
    ]);
  });
});

describe('findEvents on hypothetical events', () => {
  it.each([
    '[Ilham Aliyev] said he was ready to meet [Nikol Pashinyan] if the border talks made progress.',
    '[Ilham Aliyev] said the two leaders could meet in Prague.',
  ])('should read no event: %s', (text) => {
    expect(article(text, '2024-05-15')).toEqual([]);
  });
});

describe('findEvents on places and dates of visits and agreements', () => {
  it('should place a visit with no destination where the visitor meets people next', () => {
    const text =
      'Sri Lankan Foreign Minister [Ali Sabry], who arrived on Thursday on a three-day visit, held talks with [Subrahmanyam Jaishankar] in New Delhi on Friday.';
    expect(article(text, '2024-01-19').map(seen)).toEqual([
      ['meeting', ['Ali Sabry', 'Subrahmanyam Jaishankar'], '2024-01-19', 'New Delhi', false],
      ['visit', ['Ali Sabry'], '2024-01-18', 'New Delhi', false],
    ]);
  });

  it('should date a visit under way to the article month', () => {
    const text =
      'Admiral [Ramon Dizon], who is on a four-day visit to Vietnam, inspected a coast guard school.';
    expect(article(text, '2024-07-12').map(seen)).toEqual([
      ['visit', ['Ramon Dizon'], '2024-07', 'Vietnam', false],
    ]);
  });

  it("should place an agreement where its signer was that day, not in the document's subject", () => {
    const text = [
      'Prime Minister [Dorin Recean] received [Angel Tilvar] in Chisinau on Monday.',
      '[Tilvar=Angel Tilvar] signed an agreement with [Anatolie Nosatii] on training border guards in Romania.',
    ].join(' ');
    const agreements = article(text, '2023-05-16').filter((e) => e.type === 'agreement');
    expect(agreements.map(seen)).toEqual([
      ['agreement', ['Anatolie Nosatii', 'Angel Tilvar'], '2023-05-15', 'Chisinau', false],
    ]);
  });

  it('should place an attack in a town the gazetteer lacks', () => {
    const text = 'Gunmen attacked the town of Kurmi Dutse near the border with Niger on Saturday.';
    expect(article(text, '2023-09-18').map(seen)).toEqual([
      ['attack', [], '2023-09-16', 'Kurmi Dutse', false],
    ]);
  });
});

describe('findEvents on one visit stated at two precisions', () => {
  it('should merge the visit to the city with the visit to its country, keeping the city', () => {
    const text = [
      'General [Asim Munir], who arrived in Riyadh on Sunday, praised the ties.',
      '[Munir=Asim Munir] is the first army chief to visit Saudi Arabia this year.',
    ].join(' ');
    expect(article(text, '2024-05-07').map(seen)).toEqual([
      ['visit', ['Asim Munir'], '2024-05-05', 'Riyadh', false],
    ]);
  });
});

describe('findEvents on two people as one subject', () => {
  it('should read a dated joint call by two officials as their meeting', () => {
    const text =
      'Uzbek Defence Minister [Bakhodir Kurbanov] and Tajik Defence Minister [Sherali Mirzo] on Thursday called for joint border patrols.';
    expect(article(text, '2024-05-17').map(seen)).toEqual([
      ['meeting', ['Bakhodir Kurbanov', 'Sherali Mirzo'], '2024-05-16', null, false],
    ]);
  });

  it.each([
    '[Bakhodir Kurbanov] and [Sherali Mirzo] have long called for joint border patrols.',
    '[Bakhodir Kurbanov] and [Sherali Mirzo] on Thursday called for joint patrols in a telephone conversation.',
  ])('should read no meeting without a day, or with a remote channel: %s', (text) => {
    expect(article(text, '2024-05-17').filter((e) => e.type === 'meeting')).toEqual([]);
  });
});

describe('findEvents on places of related clauses', () => {
  it('should give "the sides" of a meeting named again its people, and its place', () => {
    const text = [
      'Kyrgyz Defence Minister [Ruslan Mukambetov] has met with Kazakh Defence Minister [Ruslan Zhaksylykov].',
      'At the meeting in Bishkek, the sides discussed border security.',
    ].join(' ');
    expect(article(text, '2024-05-17').map(seen)).toEqual([
      ['meeting', ['Ruslan Mukambetov', 'Ruslan Zhaksylykov'], '2024-05', 'Bishkek', false],
    ]);
  });

  it('should not read "the two sides" alone as the people of the last meeting', () => {
    const text = [
      '[Ruslan Mukambetov] met [Ruslan Zhaksylykov] in Bishkek on Thursday.',
      'Last month, the two sides held the first meeting of the border commission in Astana.',
    ].join(' ');
    expect(article(text, '2024-05-17').map(seen)).toEqual([
      ['meeting', ['Ruslan Mukambetov', 'Ruslan Zhaksylykov'], '2024-05-16', 'Bishkek', false],
    ]);
  });

  it('should place each clause of "A met B in X, while C met D in Y" in its own city', () => {
    const text =
      '[Hakan Fidan] called on [Shehbaz Sharif] in Islamabad, while [Jeyhun Bayramov] met [Asim Munir] in Rawalpindi on Wednesday.';
    expect(article(text, '2024-05-16').map((e) => [e.type, e.place])).toEqual([
      ['meeting', 'Islamabad'],
      ['meeting', 'Rawalpindi'],
    ]);
  });

  it('should not place an exercise where the attack it follows took place', () => {
    const text =
      'The drills began near Ganja on Monday. The exercises come two weeks after militants attacked a post in the Tovuz district.';
    const exercises = article(text, '2024-05-15').filter((e) => e.type === 'exercise');
    expect(exercises.map(seen)).toEqual([['exercise', [], '2024-05-13', 'Ganja', false]]);
  });

  it('should place a summit named with its people from the summit talked about just before', () => {
    const text = [
      'The ministers reviewed the agreements reached at the trilateral summit in Ashgabat.',
      'At the summit on May 3, [Ilham Aliyev], [Vladimir Putin] and [Masoud Pezeshkian] discussed the corridor.',
    ].join(' ');
    expect(article(text, '2025-05-10').map(seen)).toEqual([
      ['meeting', ['Ilham Aliyev', 'Masoud Pezeshkian', 'Vladimir Putin'], '2025-05-03', 'Ashgabat', false],
    ]);
  });
});

describe('findEvents on dates that belong to another event of the sentence', () => {
  it('should leave "next year" to the exercise agreed in the second conjunct', () => {
    const text = [
      '[Ruslan Zhaksylykov] received [Zakir Hasanov] in Astana on Tuesday.',
      'The two ministers signed a plan of military cooperation and agreed to hold joint exercises next year.',
    ].join(' ');
    expect(article(text, '2023-09-06').map(seen)).toEqual([
      ['meeting', ['Ruslan Zhaksylykov', 'Zakir Hasanov'], '2023-09-05', 'Astana', false],
      ['exercise', [], '2024', null, true],
      ['agreement', ['Ruslan Zhaksylykov', 'Zakir Hasanov'], '2023-09-05', 'Astana', false],
    ]);
  });

  it("should keep a past visit's year from an invitation that follows it", () => {
    const text =
      '[Kassym-Jomart Tokayev] recalled his state visit to Baku in 2022 and invited President [Ilham Aliyev] to visit Astana.';
    expect(article(text, '2023-09-05').map(seen)).toEqual([
      ['visit', ['Kassym-Jomart Tokayev'], '2022', 'Baku', false],
      ['visit', ['Ilham Aliyev'], null, 'Astana', true],
    ]);
  });

  it("should keep the summit's day for the convention signed at it", () => {
    const text =
      '[Ilham Aliyev] and [Vladimir Putin] signed the convention at their summit in Aktau on Sunday.';
    const agreements = article(text, '2018-08-13').filter((e) => e.type === 'agreement');
    expect(agreements.map((e) => e.date)).toEqual(['2018-08-12']);
  });
});

describe('findEvents on an accepted invitation to an event', () => {
  it('should send the one who accepts to the place of the event', () => {
    const text =
      'Foreign Minister [Rashid Meredov] accepted an invitation to attend the economic forum in Tehran in February.';
    expect(article(text, '2025-01-10').map(seen)).toEqual([
      ['visit', ['Rashid Meredov'], '2025-02', 'Tehran', true],
    ]);
  });
});

describe('findEvents on speech and conditions', () => {
  it.each([
    '"Our armies held joint exercises in Nakhchivan last year and we will hold more," [Zakir Hasanov] said.',
    '“The attack on our border post in Tovuz in July was a provocation,” [Zakir Hasanov] told reporters.',
    'If the talks fail, [Ilham Aliyev] and [Nikol Pashinyan] may meet in Brussels.',
    '[Ilham Aliyev] and [Nikol Pashinyan] may hold talks in Brussels next month.',
  ])('should read no event: %s', (text) => {
    expect(article(text, '2024-05-15')).toEqual([]);
  });

  it('should still read an event in May', () => {
    const text = '[Ilham Aliyev] and [Nikol Pashinyan] met in Brussels in May.';
    expect(article(text, '2024-06-15').map(seen)).toEqual([
      ['meeting', ['Ilham Aliyev', 'Nikol Pashinyan'], '2024-05', 'Brussels', false],
    ]);
  });
});

describe('findEvents on attacks told without an attack word', () => {
  it.each<[string, string, string]>([
    [
      'Unidentified gunmen opened fire on a border post in Sistan and Baluchestan on Monday night.',
      '2024-05-13',
      'Sistan and Baluchestan',
    ],
    [
      'A car bomb exploded near a police station in Quetta on Tuesday, killing five people.',
      '2024-05-14',
      'Quetta',
    ],
  ])('should read an attack with its day and place: %s', (text, date, place) => {
    expect(article(text, '2024-05-15').map(seen)).toEqual([['attack', [], date, place, false]]);
  });
});

describe('findEvents on a guest named after a long office', () => {
  it('should read the meeting when the name follows "received on Tuesday the Ambassador of ... to ...,"', () => {
    const text =
      'President [Shavkat Mirziyoyev] received on Tuesday the Ambassador of the Republic of Korea to Uzbekistan, [Kim Hee-sang].';
    expect(article(text, '2024-05-15').map(seen)).toEqual([
      ['meeting', ['Kim Hee-sang', 'Shavkat Mirziyoyev'], '2024-05-14', null, false],
    ]);
  });
});

describe('findEvents on events named with their year', () => {
  it('should read "the 1990 invasion" as an attack of that year, not placed where the talks were', () => {
    const text =
      '[Fuad Hussein] received [Abdullah Al-Yahya] in Baghdad on Sunday to discuss archives taken during the 1990 invasion.';
    expect(article(text, '2021-03-15').map(seen)).toEqual([
      ['meeting', ['Abdullah Al-Yahya', 'Fuad Hussein'], '2021-03-14', 'Baghdad', false],
      ['attack', [], '1990', null, false],
    ]);
  });

  it('should read no attack from an undated, unplaced "invasion"', () => {
    expect(article('The minister condemned the invasion and called for talks.', '2021-03-15')).toEqual([]);
  });
});

describe('findEvents on follow-ups after an attack', () => {
  it('should not put "also met" in the place of the attack told just before', () => {
    const text = [
      '[Asim Munir], who arrived in Tehran on Sunday, met [Mohammad Bagheri] on Monday.',
      'In April, border guards were killed by militants near Zahedan.',
      '[Munir=Asim Munir] also met President [Masoud Pezeshkian].',
    ].join(' ');
    const meetings = article(text, '2024-05-07').filter((e) => e.type === 'meeting');
    expect(meetings.map((e) => e.place)).toEqual(['Tehran', 'Tehran']);
  });
});

describe('findEvents on events pointed back to across sentences', () => {
  it('should date and place "The three ministers signed ..." by the meeting they held', () => {
    const text = [
      'The defence ministers of Kyrgyzstan, Tajikistan and Uzbekistan met in Osh on Tuesday.',
      '[Ruslan Mukambetov] hosted [Sherali Mirzo] and [Bakhodir Kurbanov] at the ministry.',
      'The three ministers signed a memorandum on border security.',
    ].join(' ');
    const agreements = article(text, '2024-05-15').filter((e) => e.type === 'agreement');
    expect(agreements.map(seen)).toEqual([
      ['agreement', ['Bakhodir Kurbanov', 'Ruslan Mukambetov', 'Sherali Mirzo'], '2024-05-14', 'Osh', false],
    ]);
  });

  it('should place the next meeting in the country named for it', () => {
    const text = 'The next trilateral meeting will be held in Kazakhstan next year.';
    expect(article(text, '2024-05-15').map(seen)).toEqual([['meeting', [], '2025', 'Kazakhstan', true]]);
  });
});

describe('findEvents on follow-ups on another day', () => {
  it('should not place "also met Y on Tuesday" where Wednesday\'s talks were', () => {
    const text = [
      '[Pavel Muraveiko] held talks with [Viktor Goremykin] in Minsk on Wednesday.',
      '[Goremykin=Viktor Goremykin] also met with Prime Minister [Roman Golovchenko] on Tuesday.',
    ].join(' ');
    expect(article(text, '2024-05-16').map(seen)).toEqual([
      ['meeting', ['Pavel Muraveiko', 'Viktor Goremykin'], '2024-05-15', 'Minsk', false],
      ['meeting', ['Roman Golovchenko', 'Viktor Goremykin'], '2024-05-14', null, false],
    ]);
  });
});

describe('findEvents on places in a side clause', () => {
  it('should not place the planned meeting in the country of the visit told in a side clause', () => {
    const text =
      'Admiral [Naveed Ashraf], who is on a four-day visit to China, is also scheduled to meet [Dong Jun] on Saturday.';
    const meetings = article(text, '2024-05-15').filter((e) => e.type === 'meeting');
    expect(meetings.map(seen)).toEqual([
      ['meeting', ['Dong Jun', 'Naveed Ashraf'], '2024-05-18', null, true],
    ]);
  });
});

describe('findEvents without an article date', () => {
  it('should not give a country-to-country memorandum the people of the talks told before', () => {
    const text =
      '[Ararat Mirzoyan] held talks with [Aziz Nasirzadeh]. Iran and Armenia signed a memorandum on customs cooperation in Yerevan last year.';
    const agreements = article(text, null).filter((e) => e.type === 'agreement');
    expect(agreements.map(seen)).toEqual([['agreement', [], null, 'Yerevan', false]]);
  });

  it('should not date a call by "the 2020 war" of the sentence before', () => {
    const text =
      '[Abbas Araghchi] said [Ararat Mirzoyan] remembered the 2020 war. [Ararat Mirzoyan] spoke by phone with [Abbas Araghchi].';
    expect(article(text, '2025-02-20').map(seen)).toEqual([
      ['phone_call', ['Abbas Araghchi', 'Ararat Mirzoyan'], '2025-02', null, false],
    ]);
  });
});

describe('findEvents on things received', () => {
  it.each([
    '[Hakan Fidan] received an invitation from [Jeyhun Bayramov] to visit Baku.',
    '[Hakan Fidan] received a letter from President [Ilham Aliyev] on Monday.',
  ])('should read no meeting: %s', (text) => {
    expect(article(text, '2024-05-15').filter((e) => e.type === 'meeting')).toEqual([]);
  });

  it('should still read "received a delegation headed by X" as a meeting', () => {
    const text = '[Ilham Aliyev] received a delegation headed by [Aziz Nasirzadeh] in Baku on Tuesday.';
    expect(article(text, '2024-05-15').map((e) => e.type)).toEqual(['meeting']);
  });
});
