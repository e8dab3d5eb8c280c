import { describe, expect, it } from 'vitest';
import { removePageChrome } from '../../src/extract/clean.ts';
import { loadChromeModel } from '../../src/extract/model/chrome.ts';
import { readMetadata } from '../../src/extract/metadata.ts';
import { loadSeeds } from './seed-helpers.ts';

const chrome = loadChromeModel();
const STORY = 'Pakistani Foreign Minister Bilal Shah met his Omani counterpart in Muscat on Tuesday.';

describe('clean', () => {
  it.each([
    ['share buttons', `Share | Tweet | Email\n${STORY}\nSHARE THIS ARTICLE`],
    ['breadcrumbs', `World  »  Middle East\n${STORY}`],
    ['copyright and permission lines', `${STORY}\n© 2023 Gulf Ledger. All rights reserved.\nReproduction without written permission is prohibited.`],
    ['alternate addresses and bare URLs', `${STORY}\nGulf Ledger's website can also be accessed at the following alternate addresses:\nwww.gulfledger.example`],
    ['source labels', `${STORY}\nSource:\nAnadolu Agency`],
    ['agency sign-offs', `${STORY}\n AB/CD/EF`],
    ['credits naming journalists', `${STORY}\nReporting by Jane Doe; Editing by John Roe`],
    ['newsletter prompts', `${STORY}\nSubscribe to our newsletter for daily updates`],
    ['outlet footers', `${STORY}\n\nGulf Ledger Apps Podcasts`],
    ['agency sign-offs by name', `${STORY}\n—AA`],
    ['social prompts', `${STORY}\nFollow Caspian Courier on Telegram. Only the news that matters`],
    ['teasers of other stories', `${STORY}\nEditor's pick: Kenyan runner wins Tokyo marathon`],
    ['previous/next links', `${STORY}\nPrevious article Drones draw interest from Gulf buyers`],
    ['rights lines without a leading ©', `${STORY}\nAll content © 2023 Turkuvaz Media`],
    ['credit lines', `Prepared by Leyla Mammadova\nPosted by Rufat Aliyev at 15:30\n${STORY}`],
    ['credit labels', `Text: Aynur Karimli, Photos: Elnur Hasanli\n${STORY}`],
    ['bylines naming the outlet', `Sevda Rzayeva, Trend\n${STORY}\nYusif Aliyev, AzerNews staff writer`],
    ['author notes', `${STORY}\nLeyla Mammadova is a Baku-based journalist covering energy and regional politics.`],
    ['author notes naming the outlet', `${STORY}\nOmar Farooq is Gulf Ledger's Islamabad correspondent.`],
    ['subscription notices', `${STORY}\nAnadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcast System (HAS), and in summarized form.`],
  ])('should drop %s', (_label, raw) => {
    expect(removePageChrome(raw, chrome)).toBe(STORY);
  });

  it('should cut "most read" lists and everything after them', () => {
    const raw = `${STORY}\nMost Read\nActor Tom Example wins an award in Paris.\nmore »\nSinger Ann Example tours Japan.`;
    expect(removePageChrome(raw, chrome)).toBe(STORY);
  });

  it.each(['Leave a Comment', 'Related Articles', 'You may also like', 'Tags: Oman, Pakistan', 'Hot News', 'In Focus', 'Also on Gulf Ledger', 'Don’t miss', 'Other stories'])('should cut at "%s"', (marker) => {
    expect(removePageChrome(`${STORY}\n${marker}\nKazakh Prime Minister visits Tashkent.`, chrome)).toBe(STORY);
  });

  it('should drop unlabelled headlines of other stories after the last paragraph', () => {
    const raw = `${STORY}\nKazakh and Uzbek presidents open new border crossing near Tashkent\nSaudi crown prince receives Omani foreign minister in Riyadh`;
    expect(removePageChrome(raw, chrome)).toBe(STORY);
  });

  it('should strip photo credits inside a kept caption', () => {
    const caption = 'Omani and Pakistani ministers meet in Muscat on May 2, 2023. (Photo by Jane Roe/AFP)';
    expect(removePageChrome(`${caption}\n${STORY}`, chrome)).toBe(`Omani and Pakistani ministers meet in Muscat on May 2, 2023.\n${STORY}`);
  });

  it('should keep story lines that mention sharing, copyright or sources', () => {
    const raw = [
      'Hamid Rahimi is a veteran journalist who was detained in Kabul last month, the ministry said.',
      'Oman and Pakistan agree to share intelligence on smuggling',
      STORY,
      'The two sides agreed to share intelligence, a source close to the talks said.',
      '"Copyright rules for broadcasters were also discussed," the minister added.',
    ].join('\n');
    expect(removePageChrome(raw, chrome)).toBe(raw);
  });

  it('should never throw on empty or chrome-only pages', () => {
    expect(removePageChrome('', chrome)).toBe('');
    expect(removePageChrome('Share\nTweet\nwww.example.com', chrome)).toBe('');
  });

  it.each(loadSeeds().map((s) => [s.file, s] as const))('should keep the story and drop the chrome of seed %s', (_file, seed) => {
    const text = removePageChrome(readMetadata(seed.raw).body, chrome);
    expect(text).not.toMatch(/most popular|alternate addresses|SHARE THIS|Leave a Comment|Šaltinis|written permission/i);
    expect(text.length).toBeGreaterThan(seed.raw.length * 0.5);
  });
});
