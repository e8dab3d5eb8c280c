import { describe, expect, it } from 'vitest';
import { article, brief } from './event-helpers.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { loadModel } from '../../src/extract/model/index.ts';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { SEEDS_DIR, loadSeeds } from './seed-helpers.ts';

describe('findEvents', () => {
  it('should read a meeting with both people, a weekday date and the city', () => {
    const events = article(
      'Turkish Foreign Minister [Hakan Fidan] met his Pakistani counterpart [Ishaq Dar] in Ankara on Tuesday.',
      '2024-05-15',
    );
    expect(events.map(brief)).toEqual([
      {
        type: 'meeting',
        participants: ['Hakan Fidan', 'Ishaq Dar'],
        unnamed: [],
        date: '2024-05-14',
        place: 'Ankara',
        planned: false,
      },
    ]);
  });

  it.each([
    [
      'President [Kassym-Jomart Tokayev] held a phone conversation with Uzbek President [Shavkat Mirziyoyev] on Friday.',
    ],
    ['[Recep Tayyip Erdogan] called [Vladimir Putin] on Sunday to discuss grain exports.'],
    ['[Mohammed bin Salman] and [Emmanuel Macron] spoke by telephone about the summit on Sunday.'],
  ])('should read a call as a phone call, never a meeting: %s', (text) => {
    const events = article(text, '2023-07-10');
    expect(events.map((e) => e.type)).toEqual(['phone_call']);
    expect(events[0]?.participants).toHaveLength(2);
  });

  it('should not read "called Y\'s visit" or "called for" as a call', () => {
    const text =
      '[Tamim bin Hamad] called for calm. [Shehbaz Sharif] called [Tamim bin Hamad]’s visit to Karachi a success.';
    expect(article(text, '2023-07-10').filter((e) => e.type === 'phone_call')).toEqual([]);
  });

  it.each([
    ['[Tamim bin Hamad] will meet [Cyril Ramaphosa] in Doha next week.', 'meeting'],
    ['Foreign Minister [Hakan Fidan] is due to visit Islamabad next month.', 'visit'],
    ['The Azeri envoy [Elchin Amirbayov] was invited to visit Muscat.', 'visit'],
    ['[Ishaq Dar] is expected to sign a trade agreement with [Hakan Fidan] in Ankara.', 'agreement'],
  ])('should mark an announced event as planned: %s', (text, type) => {
    const events = article(text, '2024-05-15');
    expect(events.map((e) => [e.type, e.planned])).toEqual([[type, true]]);
  });

  it('should read a held visit with its destination and a relative month', () => {
    const events = article(
      'Kazakh Prime Minister [Olzhas Bektenov] paid an official visit to Tashkent in March last year.',
      '2025-01-10',
    );
    expect(events.map(brief)).toEqual([
      {
        type: 'visit',
        participants: ['Olzhas Bektenov'],
        unnamed: [],
        date: '2024-03',
        place: 'Tashkent',
        planned: false,
      },
    ]);
  });

  it('should keep an unnamed counterpart as unnamed, never as someone else', () => {
    const events = article(
      '[Hakan Fidan] held talks with {his Lebanese counterpart} in Beirut on Monday. [Najib Mikati] spoke to reporters.',
      '2024-05-15',
    );
    expect(events.map(brief)).toEqual([
      {
        type: 'meeting',
        participants: ['Hakan Fidan'],
        unnamed: ['his Lebanese counterpart'],
        date: '2024-05-13',
        place: 'Beirut',
        planned: false,
      },
    ]);
  });

  it('should not list a description apposed to a name (through an office phrase) as unnamed', () => {
    const events = article(
      'Sheikh [Faisal bin Nasser] received on Monday {the Ambassador} of the Sultanate of Oman to the State of Qatar, [Salim Al-Harthy].',
      '2019-10-07',
    );
    expect(events.map((e) => e.unnamed)).toEqual([[]]);
  });

  it('should not list a description apposed to a name as an unnamed participant', () => {
    const events = article(
      '[Ishaq Dar] met {his Omani counterpart}, [Badr Albusaidi], in Muscat on Sunday.',
      '2024-05-15',
    );
    expect(events.map((e) => e.unnamed)).toEqual([[]]);
    expect(events[0]?.participants.sort()).toEqual(['Badr Albusaidi', 'Ishaq Dar']);
  });

  it('should merge a caption, a lead and a later mention of one meeting, keeping the fullest evidence', () => {
    const lead =
      'In a meeting in the Omani capital Muscat on Wednesday, Pakistani Army Chief General [Asim Munir] and Omani Defense Minister [Shihab bin Tariq] discussed maritime security.';
    const text = [
      '[Asim Munir] and [Shihab bin Tariq] meet in Muscat on May 8, 2024.',
      lead,
      'In the meeting, both sides praised the growing ties.',
      '[Munir=Asim Munir] said after the meeting with [Shihab=Shihab bin Tariq] that ties were strong.',
    ].join('\n');
    const events = article(text, '2024-05-09');
    expect(events).toHaveLength(1);
    expect(brief(events[0]!)).toMatchObject({ type: 'meeting', date: '2024-05-08', place: 'Muscat' });
    expect(events[0]?.evidence).toBe(lead.replace(/\[([^\]=]+)\]/g, '$1'));
  });

  it('should include the speaker of "X said after meeting Y" and resolve "late Thursday"', () => {
    const events = article(
      'Iraq wants closer ties with Jordan, Iraqi Foreign Minister [Fuad Hussein] said after meeting his Jordanian counterpart [Ayman Safadi] late Thursday.',
      '2022-02-14',
    );
    expect(events.map(brief)).toEqual([
      {
        type: 'meeting',
        participants: ['Ayman Safadi', 'Fuad Hussein'],
        unnamed: [],
        date: '2022-02-10',
        place: null,
        planned: false,
      },
    ]);
  });

  it('should read "told the visiting minister" as a meeting dated only to the article month', () => {
    const events = article(
      '"Our doors are open," Emir [Tamim bin Hamad] told {the visiting Turkish minister=Hakan Fidan}.',
      '2024-05-15',
    );
    expect(events.map((e) => [e.type, [...e.participants].sort(), e.date])).toEqual([
      ['meeting', ['Hakan Fidan', 'Tamim bin Hamad'], '2024-05'],
    ]);
  });

  it('should fold an arrival into the meeting it led to, giving the meeting its place and day', () => {
    const text = [
      'Iraq’s defense minister in a meeting with {his visiting Saudi counterpart} said the region needs calm.',
      'Iraqi Defense Minister [Thabet al-Abbasi] and Saudi Defense Minister [Khalid bin Salman] also stressed border security.',
      'Heading a large delegation, [Khalid=Khalid bin Salman] arrived in Baghdad on Saturday at the invitation of his Iraqi counterpart.',
    ].join('\n');
    const events = article(
      text.replace('Iraq’s defense minister', '{Iraq’s defense minister=Thabet al-Abbasi}'),
      '2023-03-13',
    );
    expect(events.map(brief)).toEqual([
      {
        type: 'meeting',
        participants: ['Khalid bin Salman', 'Thabet al-Abbasi'],
        unnamed: [],
        date: '2023-03-11',
        place: 'Baghdad',
        planned: false,
      },
    ]);
  });

  it('should read a named exercise with its sea and month, and skip generic mentions of drills', () => {
    const text = [
      'The two navies have staged several joint drills so far this year.',
      'The latest featured Pakistani and Turkish warships in joint exercises in the Arabian Sea, codenamed SEAWOLF-2023, in early March.',
    ].join('\n');
    const events = article(text, '2023-04-02');
    expect(events.map((e) => [e.type, e.name, e.place, e.date, e.participants])).toEqual([
      ['exercise', 'SEAWOLF-2023', 'Arabian Sea', '2023-03', []],
    ]);
  });

  it('should read an agreement only when people sign it', () => {
    const text = [
      '[Ishaq Dar] and [Hakan Fidan] signed a memorandum of understanding on defense industry cooperation in Ankara on Monday.',
      'During the visit, the two countries signed three trade agreements.',
      'A number of cooperation documents were signed between the two governments.',
    ].join('\n');
    const events = article(text, '2024-05-15');
    expect(events.map(brief)).toEqual([
      {
        type: 'agreement',
        participants: ['Hakan Fidan', 'Ishaq Dar'],
        unnamed: [],
        date: '2024-05-13',
        place: 'Ankara',
        planned: false,
      },
    ]);
  });

  it('should read an attack once, with place and date, merging a later reference to it', () => {
    const text = [
      'Ties soured in June last year after an attack on the Chinese consulate in Karachi.',
      'Investigators later said the attack had been planned abroad.',
    ].join('\n');
    const events = article(text, '2024-02-20');
    expect(events.map(brief)).toEqual([
      { type: 'attack', participants: [], unnamed: [], date: '2023-06', place: 'Karachi', planned: false },
    ]);
  });

  it('should take the place from the dateline of the lead sentence', () => {
    const events = article(
      'ISLAMABAD - [Asim Munir] held talks with [Syed Asim Munir Shah] on Monday.',
      '2024-05-15',
    );
    expect(events[0]?.place).toBe('Islamabad');
  });

  it('should date an undated meeting from a recent sentence about the same person', () => {
    const text = [
      'In September 2021, Kazakh President [Kassym-Jomart Tokayev] praised the strategic partnership.',
      '"Our trade has doubled," [Tokayev=Kassym-Jomart Tokayev] said at a meeting with [Shavkat Mirziyoyev] in Tashkent.',
    ].join('\n');
    expect(article(text, '2022-01-05').map((e) => [e.type, e.date, e.place])).toEqual([
      ['meeting', '2021-09', 'Tashkent'],
    ]);
  });

  it('should skip denied events and ignore people named inside quotes', () => {
    const text = [
      '[Ilham Aliyev] did not meet [Nikol Pashinyan] at the summit.',
      '"We met [Emmanuel Macron] last year," [Ilham Aliyev] said after meeting [Charles Michel] on Monday.',
    ].join('\n');
    const events = article(text, '2023-10-06');
    expect(events.map((e) => [...e.participants].sort())).toEqual([['Charles Michel', 'Ilham Aliyev']]);
  });

  it('should invent no year when the article has no date', () => {
    const events = article('[Hakan Fidan] met [Ishaq Dar] in Ankara on Tuesday.', null);
    expect(events.map((e) => e.date)).toEqual([null]);
  });

  it('should take the evidence as the exact sentence text', () => {
    const text = 'Emir [Tamim bin Hamad] received Turkish Foreign Minister [Hakan Fidan] in Doha on Sunday.';
    const [event] = article(text, '2024-05-15');
    expect(event?.evidence).toBe(
      'Emir Tamim bin Hamad received Turkish Foreign Minister Hakan Fidan in Doha on Sunday.',
    );
    expect(event?.type).toBe('meeting');
  });
  it('should give the people of the last event to a plural subject ("the two ministers signed")', () => {
    const text = [
      'Jordanian Foreign Minister [Ayman Safadi] held talks with his Egyptian counterpart [Sameh Shoukry] in Amman on Sunday.',
      'The two ministers signed a roadmap on water and energy links.',
      'The presidents of both countries agreed that their border guards would meet in Aqaba next week.',
    ].join('\n');
    const events = article(text, '2022-09-12');
    expect(events.map((e) => [e.type, [...e.participants].sort(), e.date, e.place])).toEqual([
      ['meeting', ['Ayman Safadi', 'Sameh Shoukry'], '2022-09-11', 'Amman'],
      ['agreement', ['Ayman Safadi', 'Sameh Shoukry'], '2022-09-11', 'Amman'],
      // The guards meet, not the presidents: a planned meeting with nobody named.
      ['meeting', [], '2022-09', 'Aqaba'],
    ]);
  });

  it('should send the invited guest, not the host, on the planned visit', () => {
    const events = article(
      '[Ilham Aliyev] invited [Shavkat Mirziyoyev] to visit Baku later this year.',
      '2023-05-02',
    );
    expect(events.map((e) => [e.type, e.participants, e.place, e.planned])).toEqual([
      ['visit', ['Shavkat Mirziyoyev'], 'Baku', true],
    ]);
  });

  it('should split "will call on A and hold talks with B" into two planned meetings', () => {
    const events = article(
      'During the visit, [Hakan Fidan] will call on Prime Minister [Shehbaz Sharif] and hold talks with Foreign Minister [Ishaq Dar].',
      '2024-05-15',
    );
    expect(events.map((e) => [e.type, [...e.participants].sort(), e.planned])).toEqual([
      ['meeting', ['Hakan Fidan', 'Shehbaz Sharif'], true],
      ['meeting', ['Hakan Fidan', 'Ishaq Dar'], true],
    ]);
  });

  it('should take a colon dateline and share it with a same-day event of the same people', () => {
    const text = [
      'DOHA: Qatari Prime Minister [Mohammed bin Abdulrahman] and Turkish Foreign Minister [Hakan Fidan] signed a defence pact on Tuesday.',
      'The pact was signed after a closed-door meeting, where the two ministers also discussed the situation in Gaza.',
    ].join('\n');
    const events = article(text, '2024-05-15');
    expect(events.map((e) => [e.type, e.date, e.place])).toEqual([
      ['agreement', '2024-05-14', 'Doha'],
      ['meeting', '2024-05-14', 'Doha'],
    ]);
  });

  it('should tie a meeting to the place of a caption naming the same people that day', () => {
    const text = [
      '[Ishaq Dar] (left) with [Badr Albusaidi] in Muscat on May 12, 2024.',
      'Omani Foreign Minister [Badr Albusaidi] received on Sunday the Pakistani Deputy Prime Minister, [Ishaq Dar].',
    ].join('\n');
    const events = article(text, '2024-05-13');
    expect(events.map((e) => [e.type, e.date, e.place])).toEqual([['meeting', '2024-05-12', 'Muscat']]);
  });

  it('should read "had spoken by phone" as an undated call with no place, and "called on X to" as no event', () => {
    const text = [
      'The interior ministry in Islamabad said [Mohsin Naqvi] had spoken by phone with his Afghan counterpart, [Sirajuddin Haqqani].',
      '[Mohsin Naqvi] called on [Sirajuddin Haqqani] to act against militants.',
    ].join('\n');
    const events = article(text, '2024-05-15');
    expect(events.map((e) => [e.type, e.date, e.place])).toEqual([['phone_call', null, null]]);
  });

  it('should keep one exercise across the days it runs, dated to the day it began', () => {
    const text = [
      'The navies of Oman and India began a joint exercise, codenamed NASEEM-2023, in the Arabian Sea on Sunday.',
      'Indian Navy Chief Admiral [R. Hari Kumar] met Omani Navy Commander [Saif bin Nasser] off Muscat on Monday to review the exercise.',
    ].join('\n');
    const events = article(text, '2023-10-17');
    const exercises = events.filter((e) => e.type === 'exercise');
    expect(exercises.map((e) => [e.name, e.date, e.place])).toEqual([
      ['NASEEM-2023', '2023-10-15', 'Arabian Sea'],
    ]);
  });
  it('should read "received X to discuss" as a meeting', () => {
    const events = article(
      'Prime Minister [Irakli Garibashvili] on Wednesday received Azerbaijani Ambassador [Faig Guliyev] to discuss transit.',
      '2022-02-09',
    );
    expect(events.map((e) => [e.type, e.date])).toEqual([['meeting', '2022-02-09']]);
  });
  it('should leave out people named in a side clause after the participants', () => {
    const events = article(
      '[Sergei Lavrov] met [Hakan Fidan] in Moscow on Friday, while [Antony Blinken] was touring the Gulf.',
      '2023-11-20',
    );
    expect(events.map((e) => [...e.participants].sort())).toEqual([['Hakan Fidan', 'Sergei Lavrov']]);
  });

  it.each([
    ['Uzbek President [Shavkat Mirziyoyev] flew to Ashgabat on Thursday for a two-day state visit.', false],
    ['Ahead of [Shavkat Mirziyoyev]’s visit to Ashgabat, officials drafted a dozen agreements.', true],
  ])('should read a visit and whether it is planned: %s', (text, planned) => {
    const events = article(text, '2023-11-20');
    expect(events.map((e) => [e.type, e.participants, e.place, e.planned])).toEqual([
      ['visit', ['Shavkat Mirziyoyev'], 'Ashgabat', planned],
    ]);
  });
  it('should place a meeting in its own clause, not in the next one', () => {
    const events = article(
      'MOSCOW - [Vladimir Putin] hosted [Recep Tayyip Erdogan] in the Kremlin on Thursday, and the two leaders agreed on a truce in Idlib.',
      '2020-03-06',
    );
    expect(events.map((e) => [e.type, e.date, e.place])).toEqual([['meeting', '2020-03-05', 'Moscow']]);
  });

  it('should give every meeting of a trip the place of the arrival', () => {
    const text = [
      'General [Asim Munir] arrived in Beijing on Monday on a four-day official visit.',
      'During his stay, [Munir=Asim Munir] called on Vice President [Han Zheng] and held talks with Defence Minister [Li Shangfu].',
    ].join('\n');
    const events = article(text, '2023-01-10');
    expect(events.map((e) => [e.type, [...e.participants].sort(), e.place])).toEqual([
      ['meeting', ['Asim Munir', 'Han Zheng'], 'Beijing'],
      ['meeting', ['Asim Munir', 'Li Shangfu'], 'Beijing'],
    ]);
  });
  it('should give a meeting stated without names the names of the next sentence', () => {
    const text = [
      'The foreign ministers of Oman and Jordan met in Amman on Sunday for their annual consultations.',
      'Jordanian Foreign Minister [Ayman Safadi] hosted his Omani counterpart, [Badr Albusaidi], at the ministry.',
    ].join('\n');
    const events = article(text, '2023-04-04');
    expect(events.map((e) => [e.type, [...e.participants].sort(), e.date, e.place])).toEqual([
      ['meeting', ['Ayman Safadi', 'Badr Albusaidi'], '2023-04-02', 'Amman'],
    ]);
  });

  it.each([
    [
      '[Ayman Safadi] is also expected to host [Badr Albusaidi] in Amman in May.',
      'meeting',
      '2024-05',
      'Amman',
    ],
    [
      'The chief of staff said the two armies would hold a joint exercise in Oman in September.',
      'exercise',
      '2024-09',
      'Oman',
    ],
  ])('should read a plan and resolve its month forwards: %s', (text, type, date, place) => {
    const events = article(text, '2024-02-22');
    expect(events.map((e) => [e.type, e.date, e.place, e.planned])).toEqual([[type, date, place, true]]);
  });

  it('should read a deadly raid as an attack', () => {
    const events = article(
      'The talks follow a raid last month in which gunmen killed six herders near Karachi.',
      '2024-02-22',
    );
    expect(events.map((e) => [e.type, e.date, e.place])).toEqual([['attack', '2024-01', 'Karachi']]);
  });
  it('should date a meeting by its own weekday, not by the dateline', () => {
    const events = article(
      'ANKARA, March 8 -- [Yasar Guler] met with [Khawaja Asif] in Ankara on Tuesday, and the two sides agreed to expand drills.',
      '2024-03-08',
    );
    expect(events.filter((e) => e.type === 'meeting').map((e) => e.date)).toEqual(['2024-03-05']);
  });

  it('should keep a date to its own clause', () => {
    const text = [
      '[Faisal Rehman], who is on a four-day visit to China, is also scheduled to meet [He Jianguo] on Saturday.',
      'In April, [Bakyt Osmonov] paid an official visit to Astana, where he signed an agreement on transit.',
    ].join('\n');
    const events = article(text, '2023-12-08');
    // The visit under way ("is on a four-day visit") is news of the article's month, not of Saturday.
    expect(events.map((e) => [e.type, e.date, e.planned])).toEqual([
      ['meeting', '2023-12-09', true],
      ['visit', '2023-12', false],
      ['visit', '2023-04', false],
      ['agreement', '2023-04', false],
    ]);
  });
  it('should read "talks between" and keep a relative clause\'s meeting apart from the main clause\'s plan', () => {
    const text = [
      'Talks between Armenian Foreign Minister [Ararat Mirzoyan] and his Iranian counterpart [Hossein Amir-Abdollahian] took place in Yerevan on Friday.',
      '[Mirzoyan=Ararat Mirzoyan], who met [Amir-Abdollahian=Hossein Amir-Abdollahian] in Tehran in January, will visit Moscow next week.',
    ].join('\n');
    const events = article(text, '2023-10-21');
    expect(events.map((e) => [e.type, [...e.participants].sort(), e.date, e.place, e.planned])).toEqual([
      ['meeting', ['Ararat Mirzoyan', 'Hossein Amir-Abdollahian'], '2023-10-20', 'Yerevan', false],
      ['meeting', ['Ararat Mirzoyan', 'Hossein Amir-Abdollahian'], '2023-01', 'Tehran', false],
      ['visit', ['Ararat Mirzoyan'], '2023-10', 'Moscow', true],
    ]);
  });

  it('should split "held separate talks with A and B" and not take a title\'s city as the place', () => {
    const text =
      '[Mohammed Shia al-Sudani] was welcomed at the airport by Riyadh Governor [Faisal bin Bandar] and later held separate talks with [Abdulaziz bin Salman] and [Faisal bin Farhan].';
    const events = article(text, '2024-05-06');
    expect(events.map((e) => e.place)).not.toContain('Riyadh');
    expect(events.map((e) => [...e.participants].sort())).toContainEqual([
      'Abdulaziz bin Salman',
      'Mohammed Shia al-Sudani',
    ]);
    expect(events.map((e) => [...e.participants].sort())).toContainEqual([
      'Faisal bin Farhan',
      'Mohammed Shia al-Sudani',
    ]);
  });
  it('should read a co-chaired session and add the people who attended it', () => {
    const text = [
      'ASTANA - Kazakh Deputy Prime Minister [Serik Zhumangarin] and Kyrgyz Deputy Prime Minister [Daniyar Amangeldiev] co-chaired a session of the intergovernmental council in Astana on Monday.',
      'The session was attended by Kazakh Transport Minister [Marat Karabayev] and {the Kyrgyz ambassador}.',
    ].join('\n');
    const events = article(text, '2023-06-06');
    expect(events.map((e) => [e.type, [...e.participants].sort(), e.unnamed, e.date, e.place])).toEqual([
      [
        'meeting',
        ['Daniyar Amangeldiev', 'Marat Karabayev', 'Serik Zhumangarin'],
        ['the Kyrgyz ambassador'],
        '2023-06-05',
        'Astana',
      ],
    ]);
  });
  it('should not take the possessor of an aide as present, nor "since 2017" as a date', () => {
    const text = [
      '[Mohammad Sadiq] last visited Kabul in June, when he held talks with [Amir Khan Muttaqi]’s deputy.',
      'It was [Recep Tayyip Erdogan]’s first visit to Greece since 2017.',
    ].join('\n');
    const events = article(text, '2022-08-14');
    expect(events.map((e) => [e.type, e.participants, e.date, e.place])).toEqual([
      ['visit', ['Mohammad Sadiq'], '2022-06', 'Kabul'],
      ['visit', ['Recep Tayyip Erdogan'], null, 'Greece'],
    ]);
  });
});

// The seeds' gold events, read beside the seeds (never copied into the repo).
const GoldEvents = z.object({
  articles: z.array(
    z.object({
      file: z.string(),
      persons: z.array(z.object({ name: z.string(), mentions: z.array(z.string()) })),
      events: z.array(
        z.object({
          type: z.string(),
          participants: z.array(z.string()),
          date: z.string().nullable(),
          date_any: z.array(z.string()).optional(),
        }),
      ),
    }),
  ),
});

describe('findEvents with an agreement after talks', () => {
  it('should read "signed ten agreements after talks" as an agreement and a meeting', () => {
    const events = article(
      'NEW DELHI - [Narendra Modi] and his Bangladeshi counterpart [Sheikh Hasina] signed ten agreements on Saturday after talks in New Delhi.',
      '2024-06-23',
    );
    expect(events.map((e) => [e.type, e.date, e.place]).sort()).toEqual([
      ['agreement', '2024-06-22', 'New Delhi'],
      ['meeting', '2024-06-22', 'New Delhi'],
    ]);
  });
});

describe('findEvents in a dateline sentence', () => {
  it('should place a visit with no stated destination in the dateline city', () => {
    const events = article(
      'DHAKA - Indian Foreign Minister [S. Jaishankar] arrived on Friday for a two-day visit.',
      '2024-06-23',
    );
    expect(events.map((e) => [e.type, e.date, e.place])).toEqual([['visit', '2024-06-21', 'Dhaka']]);
  });
});

describe('findEvents on an ongoing visit', () => {
  it('should date a visit to the month when its day comes from a neighbouring sentence', () => {
    const text = [
      'Chinese Defense Minister [Dong Jun] met Pakistani naval chief [Naveed Ashraf] in Beijing on Thursday.',
      '[Ashraf=Naveed Ashraf], who is on a five-day visit to China, toured a shipyard.',
    ].join('\n');
    const visits = article(text, '2024-12-08').filter((e) => e.type === 'visit');
    expect(visits.map((e) => [e.date, e.place])).toEqual([['2024-12', 'China']]);
  });
});

describe('findEvents after a call', () => {
  it('should read "X and his counterpart also discussed" right after a call as the same call', () => {
    const text = [
      '[Sergei Lavrov] held a telephone conversation with [Hakan Fidan] on Monday.',
      '[Lavrov=Sergei Lavrov] and {his Turkish counterpart=Hakan Fidan} also discussed grain exports.',
    ].join('\n');
    expect(article(text, '2023-07-11').map((e) => e.type)).toEqual(['phone_call']);
  });
});

describe('findEvents on the seed articles', () => {
  const seeds = loadSeeds();
  it.runIf(seeds.length > 0)(
    'should find every reference meeting with its people and date, and no other',
    () => {
      const gold = GoldEvents.parse(JSON.parse(readFileSync(join(SEEDS_DIR, 'gold.json'), 'utf8')));
      for (const seed of seeds) {
        const article = extractArticle({ file: seed.file, text: seed.raw }, loadModel());
        const reference = gold.articles.find((a) => a.file === seed.file)!;
        // A predicted person is a gold person when one of its spellings is one of the gold person's mentions.
        const goldName = (id: string): string => {
          const person = article.persons.find((p) => p.id === id);
          const spellings = person ? [person.name, ...person.aliases] : [];
          return (
            reference.persons.find((g) => g.mentions.some((m) => spellings.includes(m)))?.name ?? `?${id}`
          );
        };
        const found = article.events
          .filter((e) => e.type === 'meeting' && !e.planned)
          .map((e) => ({ people: e.participants.map(goldName).sort().join('+'), date: e.date }));
        const expected = reference.events.filter((e) => e.type === 'meeting');
        expect(found.map((f) => f.people).sort(), seed.file).toEqual(
          expected.map((e) => [...e.participants].sort().join('+')).sort(),
        );
        for (const e of expected) {
          const match = found.find((f) => f.people === [...e.participants].sort().join('+'));
          expect([e.date, ...(e.date_any ?? [])], `${seed.file} ${match?.people}`).toContain(match?.date);
        }
      }
    },
  );
});

describe('findEvents with a day and month but no year', () => {
  it.each([
    ['On March 5, [Arman Teller] met [Sami Rovic] in Baku.'],
    ['[Arman Teller] met [Sami Rovic] in Baku on 5 March.'],
  ])('should date "%s" to the day in the article year', (text) => {
    expect(article(text, '2019-03-12').map((e) => e.date)).toEqual(['2019-03-05']);
  });
});

describe('findEvents on invited guests who came', () => {
  it.each([
    ['[Sami Rovic], who was invited to the forum by [Arman Teller], arrived in Baku on a two-day visit.'],
    ['[Sami Rovic], invited by [Arman Teller], visited Baku.'],
  ])('should read "%s" as a held visit of the guest', (text) => {
    const events = article(text, '2019-03-12');
    expect(events.map((e) => [e.type, e.participants, e.place, e.planned])).toEqual([
      ['visit', ['Sami Rovic'], 'Baku', false],
    ]);
  });
});

describe('findEvents on follow-up sentences', () => {
  const lead = 'On March 5, Defence Minister [Arman Teller] met his counterpart [Sami Rovic] in Baku.';
  it.each([
    ['Later in the day, [Teller=Arman Teller] also met [Ilkin Dorn].'],
    ['On the same day, [Teller=Arman Teller] held talks with [Ilkin Dorn].'],
    ['On the sidelines of the same meeting, [Rovic=Sami Rovic] held talks with [Ilkin Dorn].'],
    ['Afterwards, [Teller=Arman Teller] received [Ilkin Dorn].'],
    ['[Rovic=Sami Rovic] also met [Ilkin Dorn].'],
    ['[Teller=Arman Teller] met separately with [Ilkin Dorn] later in the day.'],
    ['In the evening, [Teller=Arman Teller] hosted [Ilkin Dorn].'],
  ])('should give "%s" the date and place of the event before it', (follow) => {
    const events = article(`${lead} ${follow}`, '2019-03-12');
    expect(events.map((e) => [e.type, e.date, e.place])).toEqual([
      ['meeting', '2019-03-05', 'Baku'],
      ['meeting', '2019-03-05', 'Baku'],
    ]);
  });

  it('should give a follow-up the day and place of the event a paragraph before, not the article month', () => {
    const events = article(
      [
        lead,
        'The two sides reviewed trade, transit and fisheries.',
        'They agreed to open a second consulate.',
        '[Teller=Arman Teller] also met with [Ilkin Dorn] later in the day.',
      ].join(' '),
      '2019-03-12',
    );
    expect(events.map((e) => [e.date, e.place])).toEqual([
      ['2019-03-05', 'Baku'],
      ['2019-03-05', 'Baku'],
    ]);
  });

  it("should keep a follow-up sentence's own date and place", () => {
    const events = article(
      `${lead} [Teller=Arman Teller] also met [Ilkin Dorn] in Tbilisi on March 8.`,
      '2019-03-12',
    );
    expect(events.map((e) => [e.date, e.place])).toEqual([
      ['2019-03-05', 'Baku'],
      ['2019-03-08', 'Tbilisi'],
    ]);
  });

  it.each([
    ['[Arman Teller] later held a meeting with [Ilkin Dorn].'],
    ['[Arman Teller] also held talks with [Ilkin Dorn].'],
    ['[Arman Teller] also called on [Ilkin Dorn].'],
  ])('should read "%s" as a held meeting of both', (text) => {
    const events = article(text, '2019-03-12');
    expect(events.map((e) => [e.type, [...e.participants].sort(), e.planned])).toEqual([
      ['meeting', ['Arman Teller', 'Ilkin Dorn'], false],
    ]);
  });
});

describe('findEvents on plans', () => {
  it.each([
    ['[Arman Teller] invited [Sami Rovic] to visit Baku.', 'visit', ['Sami Rovic'], 'Baku'],
    [
      '[Arman Teller] invited his Dravian counterpart [Sami Rovic] to visit Baku.',
      'visit',
      ['Sami Rovic'],
      'Baku',
    ],
    [
      '[Teller=Arman Teller] also invited Foreign Minister [Sami Rovic] to visit Kenya.',
      'visit',
      ['Sami Rovic'],
      'Kenya',
    ],
    [
      '[Sami Rovic] is scheduled to meet [Arman Teller] in Tbilisi.',
      'meeting',
      ['Arman Teller', 'Sami Rovic'],
      'Tbilisi',
    ],
    ['[Sami Rovic] is expected to visit Ankara.', 'visit', ['Sami Rovic'], 'Ankara'],
    ['[Sami Rovic] will travel to Tashkent.', 'visit', ['Sami Rovic'], 'Tashkent'],
    ['[Arman Teller] plans to visit Astana.', 'visit', ['Arman Teller'], 'Astana'],
    [
      'A meeting between [Arman Teller] and [Sami Rovic] is planned for June in Tbilisi.',
      'meeting',
      ['Arman Teller', 'Sami Rovic'],
      'Tbilisi',
    ],
    [
      '[Arman Teller] said he hoped to meet [Sami Rovic] in Tbilisi.',
      'meeting',
      ['Arman Teller', 'Sami Rovic'],
      'Tbilisi',
    ],
  ])('should read "%s" as a planned event with its people and place', (text, type, people, place) => {
    const events = article(text, '2019-03-12');
    expect(events.map((e) => [e.type, [...e.participants].sort(), e.place, e.planned])).toEqual([
      [type, people, place, true],
    ]);
  });

  it('should read "agreed to hold the next round in" as a planned meeting of the same people there', () => {
    const events = article(
      '[Arman Teller] held talks with [Sami Rovic] in Baku on Monday. The two ministers agreed to hold the next round in Ankara.',
      '2019-03-12',
    );
    expect(events.map((e) => [e.type, [...e.participants].sort(), e.place, e.planned])).toEqual([
      ['meeting', ['Arman Teller', 'Sami Rovic'], 'Baku', false],
      ['meeting', ['Arman Teller', 'Sami Rovic'], 'Ankara', true],
    ]);
  });

  it.each([
    ['[Sami Rovic], who visited Baku in January, met [Arman Teller] in Tbilisi on Monday.'],
    ['[Sami Rovic] said he had visited Baku in January.'],
    ['[Sami Rovic] recalled that he visited Baku last year.'],
    ['During his visit to Baku last week, [Sami Rovic] toured the port.'],
  ])('should not read a reported past visit as planned: %s', (text) => {
    const visits = article(text, '2019-03-12').filter((e) => e.type === 'visit');
    expect(visits.map((e) => e.planned)).not.toContain(true);
  });
});

describe('findEvents on an invited counterpart', () => {
  it('should send the other person of the last two-person event on the visit their counterpart invited them to', () => {
    const events = article(
      '[Arman Teller] spoke by phone with [Sami Rovic] on Monday. [Teller=Arman Teller] invited {his Georgian colleague} to visit Baku.',
      '2019-03-12',
    );
    expect(events.map((e) => [e.type, e.participants, e.place, e.planned])).toEqual([
      ['phone_call', ['Arman Teller', 'Sami Rovic'], null, false],
      ['visit', ['Sami Rovic'], 'Baku', true],
    ]);
  });

  it('should do so when no stage tagged the description', () => {
    const events = article(
      '[Arman Teller] spoke by phone with [Sami Rovic] on Monday. [Teller=Arman Teller] invited his Georgian colleague to visit Baku.',
      '2019-03-12',
    );
    expect(events.filter((e) => e.type === 'visit').map((e) => [e.participants, e.planned])).toEqual([
      [['Sami Rovic'], true],
    ]);
  });
});

describe('findEvents with a planned cue and a past date', () => {
  it.each([
    ['Next to the port, [Arman Teller] met [Sami Rovic] on Monday.'],
    ['[Arman Teller], who is due to retire, met [Sami Rovic] on Monday.'],
  ])('should read "%s" as held on the past day its clause names', (text) => {
    expect(article(text, '2019-03-12').map((e) => [e.type, e.date, e.planned])).toEqual([
      ['meeting', '2019-03-11', false],
    ]);
  });

  it('should keep a plan dated forwards as planned', () => {
    expect(
      article('[Arman Teller] will meet [Sami Rovic] on Monday.', '2019-03-12').map((e) => [
        e.date,
        e.planned,
      ]),
    ).toEqual([['2019-03-18', true]]);
  });
});

describe('findEvents on places of events without people', () => {
  it.each([
    ['Gunmen attacked a convoy in Zarhan province on Saturday.', 'Zarhan'],
    ['Four guards were killed in an ambush near the border in the Kellat region on Sunday.', 'Kellat'],
    ['Militants attacked a checkpoint in the province of Dorvan on Friday.', 'Dorvan'],
    ['Six soldiers died in an ambush near the border in Balochistan on Friday.', 'Balochistan'],
  ])('should place "%s" where its clause says', (text, place) => {
    const events = article(text, '2019-03-12');
    expect(events.map((e) => [e.type, e.place])).toEqual([['attack', place]]);
  });

  it('should take the place after "a visit to" as the destination, not a city the visitor toured', () => {
    const events = article('[Arman Teller], on a visit to Peru, toured a shipyard in Callao.', '2019-03-12');
    expect(events.map((e) => [e.type, e.place])).toEqual([['visit', 'Peru']]);
  });

  it('should take a visit to a country as its place when a later clause names a city', () => {
    const events = article(
      '[Arman Teller] paid an official visit to Argentina, where he met bankers in Rosario.',
      '2019-03-12',
    );
    expect(events.map((e) => [e.type, e.place])).toEqual([['visit', 'Argentina']]);
  });

  it.each([
    ['The two navies held a joint exercise in Manila Bay on Monday.', 'Manila Bay'],
    ['Marines took part in a joint drill in the Gulf of Guayaquil on Monday.', 'Gulf of Guayaquil'],
    ['The two navies held a joint exercise near Doha on Monday.', 'Doha'],
  ])('should place the exercise "%s" on the water or city its clause names', (text, place) => {
    const events = article(text, '2019-03-12');
    expect(events.map((e) => [e.type, e.place])).toEqual([['exercise', place]]);
  });
});

describe('findEvents on planned visits', () => {
  it.each<[string, string]>([
    [
      'Kazakh Defence Minister [Nurlan Bekov] met Japanese officers. [Taro Sato] accepted [Bekov=Nurlan Bekov]’s invitation to visit Astana in September.',
      'Taro Sato',
    ],
    [
      '[Grace Mbabazi] thanked the hosts and accepted [Aden Otieno]’s kind invitation to visit Nairobi in September.',
      'Grace Mbabazi',
    ],
  ])('should send the one who accepts an invitation on the visit: %s', (text, guest) => {
    const visits = article(text, '2021-03-09').filter((e) => e.type === 'visit');
    expect(visits.map((e) => [e.participants, e.place, e.date, e.planned])).toEqual([
      [[guest], expect.any(String), '2021-09', true],
    ]);
  });

  it('should read "is to visit" with a bare month as a planned visit ahead', () => {
    const events = article('Defence Minister [Taro Sato] is to visit Astana in February.', '2021-03-09');
    expect(events.map((e) => [e.type, e.participants, e.date, e.planned])).toEqual([
      ['visit', ['Taro Sato'], '2022-02', true],
    ]);
  });
});

describe('findEvents on planned exercises', () => {
  it.each([
    'The two navies agreed to hold a joint exercise near Mombasa in January.',
    'The officers reviewed plans for the joint exercise Coral Watch, scheduled for January.',
    'The Coral Watch exercise is due to be held in January.',
    'Preparations for joint exercises near Mombasa in January were also discussed.',
    'The two sides also agreed on a joint exercise near Mombasa in January.',
    'The officers discussed the upcoming joint exercise, which will take place near Mombasa in January.',
  ])('should read a planned exercise with nobody named: %s', (text) => {
    const events = article(text, '2021-03-09');
    expect(events.map((e) => [e.type, e.participants, e.date, e.planned])).toEqual([
      ['exercise', [], '2022-01', true],
    ]);
  });
});

describe('findEvents on port calls', () => {
  it.each<[string, string, boolean]>([
    ['Admiral [Jose Reyes] is scheduled to make a port call in Da Nang on Friday.', '2021-03-12', true],
    ['The cutter, commanded by [Jose Reyes], made a port call at Cam Ranh on Monday.', '2021-03-08', false],
  ])('should read a port call as a visit: %s', (text, date, planned) => {
    const events = article(text, '2021-03-09');
    expect(events.map((e) => [e.type, e.participants, e.date, e.planned])).toEqual([
      ['visit', ['Jose Reyes'], date, planned],
    ]);
  });
});

describe('findEvents on agreements in the passive', () => {
  it.each([
    'A plan of bilateral cooperation for 2026 was signed by [Ion Rusu] and [Mihai Popa] on Monday.',
    'The memorandum on air defense was signed by [Ion Rusu] and [Mihai Popa] on Monday.',
  ])('should read both signers after "was signed by": %s', (text) => {
    const events = article(text, '2021-03-09');
    expect(events.map((e) => [e.type, [...e.participants].sort(), e.date])).toEqual([
      ['agreement', ['Ion Rusu', 'Mihai Popa'], '2021-03-08'],
    ]);
  });
});

describe('findEvents on a visit announced, then dated', () => {
  it.each([
    '[Nurlan Bekov] invited [Taro Sato] to visit Astana at a convenient time. The visit is expected in September.',
    '[Taro Sato] will visit Astana. The official visit is planned for late September.',
  ])('should date the announced visit from the sentence that names it again: %s', (text) => {
    const visits = article(text, '2021-03-09').filter((e) => e.type === 'visit');
    expect(visits.map((e) => [e.participants, e.place, e.date, e.planned])).toEqual([
      [['Taro Sato'], 'Astana', '2021-09', true],
    ]);
  });

  it('should not date a planned visit from a past year said about it', () => {
    const text = '[Taro Sato] will visit Astana. The visit will be the first since 2019.';
    const visits = article(text, '2021-03-09').filter((e) => e.type === 'visit');
    expect(visits.map((e) => [e.participants, e.date, e.planned])).toEqual([[['Taro Sato'], null, true]]);
  });
});

describe('findEvents on announced arrivals', () => {
  it.each<[string, string | null]>([
    ['Admiral [Jose Reyes] is due in Hanoi on Friday for talks.', '2021-03-12'],
    ['Admiral [Jose Reyes] is expected in Hanoi later this month.', '2021-03'],
    ['Admiral [Jose Reyes] will lead a delegation to Hanoi on Friday.', '2021-03-12'],
    [
      'The planned visit of Philippine Coast Guard Commandant Admiral [Jose Reyes] to Hanoi was confirmed.',
      null,
    ],
  ])('should read a planned visit to Hanoi: %s', (text, date) => {
    const events = article(text, '2021-03-09');
    expect(events.map((e) => [e.type, e.participants, e.place, e.date, e.planned])).toEqual([
      ['visit', ['Jose Reyes'], 'Hanoi', date, true],
    ]);
  });

  it.each([
    'A decision by [Jose Reyes] is expected in March.',
    'Admiral [Jose Reyes] is expected in the coming days to sign the plan.',
  ])('should read no visit where no place follows "is expected in": %s', (text) => {
    expect(article(text, '2021-03-09').filter((e) => e.type === 'visit')).toEqual([]);
  });
});

describe('findEvents on "signed with"', () => {
  it.each([
    '[Ion Rusu] signed with [Mihai Popa] a plan of cooperation for 2026 on Monday.',
    '[Ion Rusu] signed with Romanian Defence Minister [Mihai Popa] a memorandum on Monday.',
  ])('should read the co-signer after "signed with": %s', (text) => {
    const events = article(text, '2021-03-09');
    expect(events.map((e) => [e.type, [...e.participants].sort()])).toEqual([
      ['agreement', ['Ion Rusu', 'Mihai Popa']],
    ]);
  });
});

describe('findEvents on invitations to a place', () => {
  it.each([
    '[Bat Gansukh] invited [Park Min-ho] to Astana in September.',
    '[Bat Gansukh] invited his South Korean counterpart [Park Min-ho] to Astana in September.',
    '[Bat Gansukh] invited [Park Min-ho] to visit Astana in September.',
  ])('should send the guest on a planned visit: %s', (text) => {
    const visits = article(text, '2021-03-09').filter((e) => e.type === 'visit');
    expect(visits.map((e) => [e.participants, e.place, e.date, e.planned])).toEqual([
      [['Park Min-ho'], 'Astana', '2021-09', true],
    ]);
  });

  it('should read no visit from an invitation to an event', () => {
    const text = '[Bat Gansukh] invited [Park Min-ho] to the summit in September.';
    expect(article(text, '2021-03-09').filter((e) => e.type === 'visit')).toEqual([]);
  });
});
