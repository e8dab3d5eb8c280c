import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/extract/dates.ts';

// [sentence, article date, expected dates in order of appearance]
const RESOLVED: [string, string | null, string[]][] = [
  // Weekdays: the most recent such day on or before the article date; the same day counts.
  ['The ministers met in Ankara on Tuesday to discuss border security.', '2021-03-09', ['2021-03-09']],
  ['Sharif said after meeting the Omani envoy late Thursday.', '2019-07-15', ['2019-07-11']],
  ['The delegation arrived in Astana on Sunday morning.', '2022-06-01', ['2022-05-29']],
  ['The talks ended last Friday.', '2022-06-03', ['2022-05-27']],
  // Explicit dates, with or without a lead word.
  ['The two sides signed the accord in Muscat on March 3, 2018.', null, ['2018-03-03']],
  ['The drill began on 14 June 2021 near Karachi.', null, ['2021-06-14']],
  ['The embassy reopened on 2019-08-01.', null, ['2019-08-01']],
  // Numeric dates are day first, as the genre's outlets write them.
  ['The protocol was signed in Tashkent on 13.05.2024.', null, ['2024-05-13']],
  // A span of days is dated by its first day.
  ['The drills will run from 5 to 10 March near Sarakhs.', '2025-01-10', ['2025-03-05']],
  ['The forum was held on 14-15 October 2023 in Baku.', null, ['2023-10-14']],
  ['The delegation arrived on 3/11/2022 and left on 5.11.2022.', null, ['2022-11-03', '2022-11-05']],
  ['In September 2016, the Kazakh leader visited Tashkent.', '2020-01-10', ['2016-09']],
  ['Earlier, on January 28, the president received the envoy.', '2021-02-03', ['2021-01-28']],
  // A weekday apposed to an explicit day is that day, not the weekday of the article's week.
  ['The envoys met in Baku on Tuesday, March 5.', '2019-03-12', ['2019-03-05']],
  ['The accord was signed on Friday, 14 June 2013, in Tbilisi.', '2019-03-12', ['2013-06-14']],
  ['On March 5 the envoys met in Baku.', '2019-03-12', ['2019-03-05']],
  ['The envoys met in Baku on 5 March.', '2019-03-12', ['2019-03-05']],
  // Month with a relative year, or alone.
  ['He last visited Beirut in March last year.', '2023-02-02', ['2022-03']],
  ['Relations soured back in August over the pipeline.', '2018-10-30', ['2018-08']],
  ['Relations soured back in December over the pipeline.', '2018-10-30', ['2017-12']],
  ['The naval exercise took place in mid-July off the coast.', '2020-09-05', ['2020-07']],
  ['The first round was held in early October.', '2020-10-20', ['2020-10']],
  // Relative expressions, only as precise as the text.
  ['Last month, the Qatari emir hosted the talks.', '2021-01-15', ['2020-12']],
  ['The attack happened yesterday near the border.', '2017-05-01', ['2017-04-30']],
  ['The ministers spoke last week about grain exports.', '2022-08-03', ['2022-07']],
  ['A similar agreement was reached earlier this year.', '2016-11-11', ['2016']],
  [
    'Two weeks ago the envoy met the Lebanese premier, and three days ago he left.',
    '2019-03-20',
    ['2019-03', '2019-03-17'],
  ],
  ['The conflict began in 1994 and peaked in the early 1990s.', '2010-01-01', ['1994']],
];

// [sentence, article date, expected dates, planned flags]
const PLANNED: [string, string, string[], boolean[]][] = [
  ['The Turkish minister will visit Islamabad next week.', '2021-03-09', ['2021-03'], [true]],
  ['The Pakistani premier is due to travel to Doha next month.', '2021-12-10', ['2022-01'], [true]],
  ['The two presidents will meet on Friday in Sochi.', '2021-03-09', ['2021-03-12'], [true]],
  ['Talks are expected to resume in January.', '2021-11-09', ['2022-01'], [true]],
  ['The summit is scheduled for tomorrow.', '2021-03-09', ['2021-03-10'], [true]],
  // An invitation looks forward even after a past verb.
  ['The premier accepted an invitation to visit Hanoi in June.', '2021-03-09', ['2021-06'], [true]],
  ['He invited his counterpart to visit Kabul in February.', '2021-03-09', ['2022-02'], [true]],
  ['A meeting of the two envoys is planned for June.', '2021-03-09', ['2021-06'], [true]],
  ['The next round is scheduled for July 3 in Doha.', '2021-03-09', ['2021-07-03'], [true]],
  // The verb before each date sets its tense: the relative clause is past, the main clause future.
  [
    'The envoy, who met the emir in January, will return next week.',
    '2021-11-09',
    ['2021-01', '2021-11'],
    [false, true],
  ],
  ['On Friday, the two presidents will meet in Sochi.', '2021-03-09', ['2021-03-12'], [true]],
  // "is to visit": a plan, so a bare month lies ahead.
  ['The Kenyan minister is to visit Kampala in August.', '2021-03-09', ['2021-08'], [true]],
  ['The two commanders are to meet again in May.', '2021-06-20', ['2022-05'], [true]],
  // An agreement to act, or an event "scheduled for" a month in an apposition, looks forward.
  ['The navies agreed to hold a joint patrol in February.', '2021-03-09', ['2022-02'], [true]],
  ['They reviewed the joint drill, scheduled for January, in detail.', '2021-03-09', ['2022-01'], [true]],
  ['They reviewed the joint drill, set for January.', '2021-03-09', ['2022-01'], [true]],
  ['The visit is expected in January.', '2021-03-09', ['2022-01'], [true]],
  // A hyphenated or initialled guest's name stands between the invitation and "to".
  ['He invited Park Min-ho to visit Seoul in February.', '2021-03-09', ['2022-02'], [true]],
  // "to be held", "planned to", "preparations for", "agreed on" all look ahead to the month.
  ['The joint exercise is due to be held in August.', '2021-09-09', ['2022-08'], [true]],
  ['He said the armies planned to hold drills in January.', '2021-03-09', ['2022-01'], [true]],
  ['Preparations for joint drills in January were discussed.', '2021-03-09', ['2022-01'], [true]],
  ['The sides agreed on a joint patrol in January.', '2021-03-09', ['2022-01'], [true]],
  ['The drill was held in January.', '2021-03-09', ['2021-01'], [false]],
  // The agreement's own month stays in the past.
  ['The navies agreed in February to hold a joint patrol.', '2021-03-09', ['2021-02'], [false]],
];

// Relative expressions need an article date; with none, no year is invented.
const UNRESOLVABLE = [
  'The ministers met on Monday in Riyadh.',
  'Last month the envoy visited Amman.',
  'The exercise ended back in May.',
  'They talked on the phone on June 4.',
  'The accord was signed yesterday.',
];

describe('findDates', () => {
  it.each(RESOLVED)('should resolve %s (article %s)', (sentence, published, expected) => {
    expect(findDates(sentence, published).map((d) => d.date)).toEqual(expected);
  });

  it.each(PLANNED)('should mark future dates as planned: %s', (sentence, published, dates, planned) => {
    const found = findDates(sentence, published);
    expect(found.map((d) => d.date)).toEqual(dates);
    expect(found.map((d) => d.planned === true)).toEqual(planned);
  });

  it.each(UNRESOLVABLE)('should not invent a year without an article date: %s', (sentence) => {
    expect(findDates(sentence, null)).toEqual([]);
  });

  it('should give offsets that point at the expression in the sentence', () => {
    const sentence =
      'The Kazakh and Uzbek foreign ministers met in Tashkent on April 2, 2019, officials said.';
    const [found] = findDates(sentence, null);
    expect(found).toBeDefined();
    expect(sentence.slice(found!.start, found!.end)).toBe(found!.text);
    expect(found!.text).toBe('on April 2, 2019');
  });

  it('should leave out expressions that bound a period ("since 2017", "until Friday")', () => {
    expect(
      findDates('Talks have stalled since 2017 and the truce holds until Friday.', '2020-05-10'),
    ).toEqual([]);
  });

  it('should not read the verb "may" or a decade as a date', () => {
    expect(findDates('The envoys may meet again, as they did in the 1990s.', '2020-05-10')).toEqual([]);
  });

  it('should resolve a bare month-day to the previous year across New Year', () => {
    expect(
      findDates('The minister spoke on December 30 in Baghdad.', '2021-01-02').map((d) => d.date),
    ).toEqual(['2020-12-30']);
  });
});
