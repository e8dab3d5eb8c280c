import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../src/extract/metadata.ts';
import { loadSeeds } from './seed-helpers.ts';

const BODY = 'Kazakh and Uzbek foreign ministers signed a water-sharing roadmap on Monday.';

describe('metadata', () => {
  it.each([
    [`date 2021-06-14 Kazakh, Uzbek ministers sign water deal\n${BODY}`, '2021-06-14'],
    [`Kazakh, Uzbek ministers sign water deal\nPublished:\n14 June 2021 y., Monday\n${BODY}`, '2021-06-14'],
    [`Kazakh, Uzbek ministers sign water deal\nJune 14, 2021 - 9:5\n${BODY}`, '2021-06-14'],
    [`Kazakh, Uzbek ministers sign water deal\n2021-06-14T10:22:00Z\n${BODY}`, '2021-06-14'],
    [`Kazakh, Uzbek ministers sign water deal\n14.06.2021 | 14:30\n${BODY}`, '2021-06-14'],
    [`Kazakh, Uzbek ministers sign water deal\n14-06-2021 14:30\n${BODY}`, '2021-06-14'],
    [`Kazakh, Uzbek ministers sign water deal\nMon, 14 Jun 2021\n${BODY}`, '2021-06-14'],
    [`Kazakh, Uzbek ministers sign water deal\nUpdated: June 15, 2021\nPosted on June 14, 2021\n${BODY}`, '2021-06-14'],
    [`Kazakh, Uzbek ministers sign water deal\nThe two ministers shake hands in Tashkent on June 14, 2021.\n${BODY}`, '2021-06-14'],
    [`Kazakh, Uzbek ministers sign water deal\n${BODY}`, null],
  ])('should read the date of case %#', (text, published) => {
    expect(readMetadata(text).published).toBe(published);
  });

  it.each([
    [`Ali Veli |14.03.2022 - Update : 14.03.2022\nANKARA\n${BODY}`, '2022-03-14', null],
    [`Ayse Gul Yilmaz   |02.07.2021 - Update : 03.07.2021\nANKARA\n${BODY}`, '2021-07-02', null],
    [`Source: Xinhua| 2023-01-05 21:33:45|Editor: huaxia\nChinese, Kazakh defense chiefs hold talks\n${BODY}`, '2023-01-05', 'Xinhua'],
    [`Tehran, IRNA – Iran's defense minister met his Omani counterpart in Muscat on Tuesday to discuss maritime security.\nAlso Read:\nSome other headline about naval drills`, null, 'IRNA'],
    [`MOSCOW, March 14. /TASS/. Russia's defense minister held a telephone conversation with his Armenian counterpart on Monday.\nPublished on: Monday, March 14, 2022`, '2022-03-14', 'TASS'],
  ])('should read date and agency of outlet style %#', (text, published, outlet) => {
    const meta = readMetadata(text);
    expect(meta.published).toBe(published);
    expect(meta.outlet).toBe(outlet);
  });

  it('should prefer a masthead byline over a copyright owner, and credit sign-off agencies', () => {
    const text = `Turkish, Pakistani ministers discuss ties\nby DAILY SABAH\nISTANBUL Mar 09, 2023 - 3:21 pm GMT+3\n${BODY}\n—AA\nAll content © 2023 Turkuvaz Media`;
    const meta = readMetadata(text);
    expect(meta.outlet).toBe('Daily Sabah');
    expect(meta.published).toBe('2023-03-09');
    expect(meta.credited).toEqual(expect.arrayContaining(['Anadolu Agency', 'Daily Sabah']));
  });

  it('should read "BAKU, Azerbaijan, June 15." as a dateline', () => {
    expect(readMetadata(`Azerbaijan, Georgia discuss ties\nBAKU, Azerbaijan, June 15. ${BODY}`).datelinePlace).toBe('Baku');
  });

  it('should read a labelled date at the foot of a long story', () => {
    const paragraphs = Array.from({ length: 15 }, (_, i) => `Paragraph ${i + 1} of the story says the talks went on.`);
    const meta = readMetadata(['Oman, Pakistan agree to boost naval ties', ...paragraphs, 'Published on: Monday, March 14, 2022'].join('\n'));
    expect(meta.published).toBe('2022-03-14');
  });

  it('should skip site furniture and bylines when choosing the title', () => {
    const text = `Skip to main content\nHome | World | Asia\nOman, Kazakhstan eye joint naval training\nBy Jane Roe and John Doe\n${BODY}`;
    expect(readMetadata(text).title).toBe('Oman, Kazakhstan eye joint naval training');
  });

  it('should credit an outlet that says where the story was published', () => {
    const meta = readMetadata(`Pakistan, Azerbaijan sign roadmap\n${BODY}\nPublished in Dawn, March 8th, 2023`);
    expect(meta.outlet).toBe('Dawn');
    expect(meta.credited).toEqual(['Dawn']);
    expect(meta.published).toBe('2023-03-08');
  });

  it('should never take a lead paragraph or a line below it as the title', () => {
    const text = `Tehran, IRNA – Iran's defense minister met his Omani counterpart in Muscat on Tuesday to discuss security.\nTags: Iran, Oman`;
    const meta = readMetadata(text);
    expect(meta.title).toBeNull();
    expect(meta.body).toContain('met his Omani counterpart');
    expect(meta.datelinePlace).toBe('Tehran');
  });

  it('should take the first substantial line as the title, skipping menus and mastheads', () => {
    const meta = readMetadata(`Gulf Ledger\nHome / World / Asia\nOman, Pakistan agree to boost naval ties\n${BODY}`);
    expect(meta.title).toBe('Oman, Pakistan agree to boost naval ties');
    expect(meta.body).not.toContain('Oman, Pakistan agree to boost naval ties');
  });

  it('should name the outlet from a masthead line', () => {
    const meta = readMetadata(`THE CASPIAN COURIER   e-Paper | Subscribe\nKazakh, Uzbek ministers sign water deal\n${BODY}`);
    expect(meta.outlet).toBe('The Caspian Courier');
    expect(meta.credited).toEqual(['The Caspian Courier']);
    expect(meta.title).toBe('Kazakh, Uzbek ministers sign water deal');
  });

  it('should read the agency and city of a dateline', () => {
    const meta = readMetadata(`Turkey, Pakistan pledge naval cooperation\nANKARA, March 3 (Reuters) - ${BODY}`);
    expect(meta.outlet).toBe('Reuters');
    expect(meta.credited).toContain('Reuters');
    expect(meta.datelinePlace).toBe('Ankara');
  });

  it('should credit an outlet named in chrome and a source line', () => {
    const meta = readMetadata(`Title of the story here\n${BODY}\nSource: Anadolu Agency\nGulf Ledger's website can also be accessed at the following alternate addresses:`);
    expect(meta.credited).toEqual(expect.arrayContaining(['Gulf Ledger', 'Anadolu Agency']));
    expect(meta.outlet).toBe('Gulf Ledger');
  });

  it.each(loadSeeds().map((s) => [s.file, s] as const))('should read the reference date of seed %s', (_file, seed) => {
    const meta = readMetadata(seed.raw);
    expect(meta.published).toBe(seed.published);
    expect(meta.title).not.toBeNull();
  });
});

describe('metadata: ambiguous numeric dates', () => {
  const HEAD = 'Kazakh, Uzbek ministers sign water deal';
  it.each([
    // The dateline's month-name date decides which way the numbers read.
    [`${HEAD}\n12/07/2024\nHANOI, July 12 (Reuters) - ${BODY}`, '2024-07-12'],
    [`${HEAD}\n07/12/2024\nHANOI, July 12 (Reuters) - ${BODY}`, '2024-07-12'],
    [`${HEAD}\n03/04/2023\nLIMA, 3 April - ${BODY}`, '2023-04-03'],
    [`${HEAD}\n04/03/2023\nBOSTON, April 3 (AP) - ${BODY}`, '2023-04-03'],
    // Another numeric date on the page with a number above 12 decides.
    [`${HEAD}\n05/06/2022\n${BODY}\nUpdated 17/06/2022`, '2022-06-05'],
    [`${HEAD}\n05/06/2022\n${BODY}\nUpdated 06/17/2022`, '2022-05-06'],
    // Nothing decides: day first, as most of the world writes it.
    [`${HEAD}\n05/06/2022\n${BODY}`, '2022-06-05'],
    // Unambiguous either way.
    [`${HEAD}\n23/11/2021\n${BODY}`, '2021-11-23'],
    [`${HEAD}\n11/23/2021\n${BODY}`, '2021-11-23'],
    // A dateline in a month-first country decides when the page does not.
    [`${HEAD}\n04/03/2025\nMANILA - ${BODY}`, '2025-04-03'],
    [`${HEAD}\n04/03/2025\nWASHINGTON (AP) - ${BODY}`, '2025-04-03'],
    [`${HEAD}\n04/03/2025\nNAIROBI - ${BODY}`, '2025-03-04'],
  ])('should read the numeric date of case %#', (text, published) => {
    expect(readMetadata(text).published).toBe(published);
  });
});

describe('metadata: datelines on a line of their own', () => {
  it.each([
    [`Georgian, Armenian ministers discuss transit\nBY CAUCASUS WIRE\nTBILISI\nMAR 09, 2019 - 3:21 PM GMT+4\n${BODY}`, 'Tbilisi'],
    [`Egypt, Sudan agree on Nile talks\nNEWS\nCAIRO\n${BODY}`, 'Cairo'],
    [`Oman, Iran hold naval talks\nMUSCAT, Oman —\n${BODY}`, 'Muscat'],
  ])('should read the city of a dateline standing alone in case %#', (text, place) => {
    expect(readMetadata(text).datelinePlace).toBe(place);
  });

  it('should prefer a dateline opening the lead over a bare upper-case line above it', () => {
    expect(readMetadata(`Kazakh, Uzbek ministers sign water deal\nWORLD\nTASHKENT - ${BODY}`).datelinePlace).toBe('Tashkent');
  });
});

describe('metadata: agencies signed by reporters and short agency names', () => {
  it.each([
    [`Azerbaijan, Georgia discuss transit\nBAKU, Azerbaijan, May 4\nBy Leyla Huseynova – Trend:\n${BODY}`, 'Trend'],
    [`Azerbaijan, Georgia discuss transit\nGanja. Orkhan Jafarli – APA. ${BODY}`, 'APA'],
    [`Iran, Oman discuss Hormuz security\nTEHRAN, May 4 (MNA) – ${BODY}`, 'Mehr News Agency'],
    [`Iran, Oman discuss Hormuz security\nTEHRAN (Tasnim) – ${BODY}`, 'Tasnim News Agency'],
  ])('should credit the agency of case %#', (text, agency) => {
    const meta = readMetadata(text);
    expect(meta.credited).toContain(agency);
    expect(meta.outlet).toBe(agency);
  });
});

describe('metadata: site names after the headline', () => {
  it.each([
    [`Iran, Oman hold naval talks on Hormuz security | Gulf Ledger\n${BODY}`, 'Gulf Ledger'],
    [`Iran, Oman hold naval talks on Hormuz security - IRNA English\n${BODY}`, 'IRNA'],
  ])('should cut the site name off the title and credit it in case %#', (text, site) => {
    const meta = readMetadata(text);
    expect(meta.title).toBe('Iran, Oman hold naval talks on Hormuz security');
    expect(meta.credited).toContain(site);
  });

  it('should keep a dash inside a short headline', () => {
    expect(readMetadata(`Putin - Erdogan Summit\n${BODY}`).title).toBe('Putin - Erdogan Summit');
  });
});

describe('metadata: a comma after the month name', () => {
  it('should read "October, 15, 2019 - 13:48" as a date line', () => {
    expect(readMetadata(`Iran, Oman hold naval talks\nOctober, 15, 2019 - 13:48\n${BODY}`).published).toBe('2019-10-15');
  });
});

describe('metadata: one-word mastheads and agency-closed datelines', () => {
  it.each([
    [`CaspiNews\nAzerbaijan, Iran discuss ties\n${BODY}`, 'CaspiNews'],
    [`Xeber.az\nAzerbaijan, Iran discuss ties\n${BODY}`, 'Xeber.az'],
    [`Azerbaijan, Iran discuss ties\nGanja, May 4, AZERTAC\n${BODY}`, 'AZERTAC'],
  ])('should credit the outlet of case %#', (text, outlet) => {
    expect(readMetadata(text).credited).toContain(outlet);
  });
});

describe('metadata: Azerbaijani agency datelines closed by a stop', () => {
  it.each([
    [`Azerbaijan, Iran discuss ties\nGanja. 12 March. REPORT.AZ/ ${BODY}`, 'Ganja'],
    [`Azerbaijan, Iran discuss ties\nBaku. Orkhan Jafarli – APA. ${BODY}`, 'Baku'],
  ])('should read the dateline city of case %#', (text, place) => {
    expect(readMetadata(text).datelinePlace).toBe(place);
  });
});

describe('metadata: photo credits with a copyright sign', () => {
  it('should name the outlet without the photographer', () => {
    expect(readMetadata(`Iran, Oman hold naval talks\n© Caspian Wire / Ivan Petrov\n${BODY}`).outlet).toBe('Caspian Wire');
  });
});
