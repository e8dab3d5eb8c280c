import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import { loadModel } from '../../src/extract/model/index.ts';
import { runImport } from '../../src/graph/import.ts';
import { cleanDatabase, testDriver } from '../helpers/neo4j.ts';
import { MARKUP_TEXT, createHub, createMarkupArticle } from '../helpers/graph-data.ts';
import { NEIGHBOUR_PAGE } from '../../src/shared/limits.ts';
import { TEST_OUTPUT, launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { serveApp, type TestServer } from '../server/serve.ts';

// One browser and one server for the whole file; the seeds are imported once through the real pipeline.
let driver: Driver;
let server: TestServer;
let browser: TestBrowser;
let page: Page;
let seedTexts: string;

beforeAll(async () => {
  driver = testDriver();
  await cleanDatabase(driver);
  const config = loadConfig();
  await runImport({ config, driver, model: loadModel() }, [config.seeds]);
  seedTexts = readdirSync(config.seeds)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(config.seeds, f), 'utf8'))
    .join('\n');
  await createMarkupArticle(driver);
  await createHub(driver);
  server = await serveApp(driver);
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await openPage('/');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await driver?.close();
});

async function openPage(url: string): Promise<void> {
  await page.goto(`${server.url}${url}`);
  await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
}

function captions(): Promise<string[]> {
  return page.evaluate(() =>
    window.newsgraph.explorer.renderer.cy.nodes().map((n) => String(n.data('caption'))),
  );
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(TEST_OUTPUT, `${name}.png`) });
}

async function searchAndOpen(text: string, name: string): Promise<void> {
  await page.fill('#search', '');
  await page.type('#search', text, { delay: 20 });
  await page.locator('#suggestions li', { hasText: name }).first().waitFor();
  await page.locator('#suggestions li', { hasText: name }).first().dispatchEvent('mousedown');
  await page.waitForFunction(
    (n) => window.newsgraph.explorer.renderer.cy.nodes().some((x) => x.data('caption') === n),
    name,
  );
  // A person who has chosen a result moves on: the suggestion list must be gone, not covering the toolbar.
  await page.locator('#search').blur();
  await page.locator('#suggestions').waitFor({ state: 'hidden' });
  await settled();
}

/** Waits until no layout is running (positions are final). */
async function settled(): Promise<void> {
  await page.waitForFunction(() => !window.newsgraph.explorer.renderer.busy);
}

describe('explorer page', () => {
  it('should show Hasanov and his neighbours after a search', async () => {
    await searchAndOpen('Hasanov', 'Zakir Hasanov');
    const shown = await captions();
    expect(shown).toContain('Zakir Hasanov');
    expect(shown).toContain('Hossein Dehqan');
    expect(shown.length).toBeGreaterThan(3);
    await expect(page.locator('[data-testid=details-title]').textContent()).resolves.toBe('Zakir Hasanov');
    await shot('01-search-hasanov');
  });

  it('should list Zakir Hasanov on 2015-04-20 in Baku with the evidence sentence for Hossein Dehqan', async () => {
    await page.click('.tabs button[data-tab=meetings]');
    const picker = page.locator('#tab-meetings .picker input').first();
    await picker.fill('');
    await picker.type('Dehqan', { delay: 20 });
    await page
      .locator('#tab-meetings .suggestions li', { hasText: 'Hossein Dehqan' })
      .first()
      .dispatchEvent('mousedown');
    const row = page.locator('[data-testid=meetings] tbody tr', { hasText: '2015-04-20' });
    await row.first().waitFor();
    const cells = await row.first().locator('td').allTextContents();
    expect(cells[0]).toBe('Zakir Hasanov');
    expect(cells[2]).toBe('Baku');
    const evidence = cells[3] ?? '';
    expect(evidence).toMatch(/Hasanov/);
    expect(evidence).toMatch(/Baku/);
    // The evidence is a sentence of the seed article itself, not a paraphrase.
    expect(seedTexts.replace(/\s+/g, ' ')).toContain(evidence.replace(/\s+/g, ' '));
    await shot('02-who-met-whom-dehqan');
  });

  it('should show the meetings of a pair and the shortest path between them', async () => {
    const second = page.locator('#tab-meetings .picker input').nth(1);
    await second.type('Hasanov', { delay: 20 });
    await page
      .locator('#tab-meetings .suggestions li', { hasText: 'Zakir Hasanov' })
      .first()
      .dispatchEvent('mousedown');
    await page.locator('#tab-meetings h3', { hasText: 'Shortest path' }).waitFor();
    const rows = await page.locator('[data-testid=meetings] tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((row) => row.includes('Zakir Hasanov'))).toBe(true);
    const marked = await page.evaluate(() =>
      window.newsgraph.explorer.renderer.cy.nodes('.path').map((n) => String(n.data('caption'))),
    );
    expect(marked).toEqual(expect.arrayContaining(['Hossein Dehqan', 'Zakir Hasanov']));
    await settled();
    await shot('03-pair-and-path');
  });

  it.each([
    [1440, 900],
    [1280, 720],
  ])('should keep the who-met-whom table inside its panel at %sx%s', async (width, height) => {
    await page.setViewportSize({ width, height });
    const fit = await page.evaluate(() => {
      const panel = document.querySelector('#tab-meetings');
      const table = document.querySelector('[data-testid=meetings] table');
      if (!panel || !table) return null;
      // A clipped cell (ellipsis) reports no scroll width; the laid-out text is wider than its box.
      const clipped = (cell: Element): boolean => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        const style = getComputedStyle(cell);
        const inner =
          cell.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return range.getBoundingClientRect().width > inner + 1;
      };
      return {
        panelRight: panel.getBoundingClientRect().right,
        tableRight: table.getBoundingClientRect().right,
        scrolls: panel.scrollWidth > panel.clientWidth,
        clipped: [...table.querySelectorAll('th, td')].filter(clipped).map((c) => c.textContent),
      };
    });
    expect(fit).toMatchObject({ scrolls: false, clipped: [] });
    expect(fit?.tableRight ?? Infinity).toBeLessThanOrEqual(fit?.panelRight ?? 0);
    await shot(`08-who-met-whom-${width}x${height}`);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('should draw the nodes a Cypher query returns', async () => {
    await page.click('.tabs button[data-tab=cypher]');
    await page.evaluate(() =>
      window.newsgraph.console.setText('MATCH (p:Person)-[m:MET]->(q:Person) RETURN p, m, q'),
    );
    await page.click('#cypher-run');
    await page.locator('[data-testid=cypher-results] table').waitFor();
    const drawn = await page.evaluate(() => {
      const cy = window.newsgraph.explorer.renderer.cy;
      return {
        persons: cy.nodes('[label = "Person"]').length,
        others: cy.nodes('[label != "Person"]').length,
        met: cy.edges('[type = "MET"]').length,
      };
    });
    expect(drawn.persons).toBeGreaterThanOrEqual(2);
    expect(drawn.others).toBe(0);
    expect(drawn.met).toBeGreaterThanOrEqual(2);
    await settled();
    await shot('03-cypher-met');
  });

  it('should show a refusal when the console is given a write', async () => {
    await page.evaluate(() => window.newsgraph.console.setText('MATCH (n) DETACH DELETE n'));
    await page.click('#cypher-run');
    const error = page.locator('[data-testid=cypher-error]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/read/);
  });

  it('should restore the view from a reloaded URL', async () => {
    await searchAndOpen('Dehqan', 'Hossein Dehqan');
    await page.click('.filters .chip[data-label=Article]');
    const before = await page.evaluate(() => ({
      url: window.newsgraph.explorer.saveNow(),
      positions: window.newsgraph.explorer.renderer.positions(),
    }));
    await page.goto('about:blank');
    await page.goto(before.url);
    await page.waitForSelector('body[data-ready=true]');
    await page.waitForFunction(
      (n) => window.newsgraph.explorer.renderer.cy.nodes().length >= n,
      Object.keys(before.positions).length,
    );
    const after = await page.evaluate(() => ({
      positions: window.newsgraph.explorer.renderer.positions(),
      articles: window.newsgraph.explorer.renderer.cy.nodes('[label = "Article"]').length,
      articlesVisible: window.newsgraph.explorer.renderer.cy.nodes('[label = "Article"]:visible').length,
    }));
    expect(Object.keys(after.positions).sort()).toEqual(Object.keys(before.positions).sort());
    for (const [id, pos] of Object.entries(before.positions)) {
      expect(Math.abs((after.positions[id]?.x ?? Infinity) - pos.x)).toBeLessThanOrEqual(1);
      expect(Math.abs((after.positions[id]?.y ?? Infinity) - pos.y)).toBeLessThanOrEqual(1);
    }
    expect(after.articles).toBeGreaterThan(0);
    expect(after.articlesVisible).toBe(0);
    await shot('04-restored');
  });

  it('should cap an expansion and offer to show more', async () => {
    await searchAndOpen('Hubner', 'Darius Hubner');
    const notice = page.locator('#notice');
    expect(await notice.textContent()).toContain(`${NEIGHBOUR_PAGE} of 140 neighbours shown`);
    const count = () => page.evaluate(() => window.newsgraph.explorer.renderer.nodeIds().length);
    expect(await count()).toBe(NEIGHBOUR_PAGE + 1);
    await shot('07-capped-expansion');
    await notice.locator('button', { hasText: 'Show more' }).click();
    await page.waitForFunction(
      (n) => window.newsgraph.explorer.renderer.nodeIds().length === n,
      2 * NEIGHBOUR_PAGE + 1,
    );
    expect(await notice.textContent()).toContain(`${2 * NEIGHBOUR_PAGE} of 140 neighbours shown`);
  });

  it('should export a non-empty PNG', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5_000);
  });

  it('should import a dropped article file and report it', async () => {
    await page.click('.tabs button[data-tab=import]');
    const before = await page.evaluate(
      async () => (await (await fetch('/api/status')).json()).counts.Article as number,
    );
    const text = [
      'VIENNA, March 3, 2021 - Austrian Foreign Minister Lena Korvath met her Hungarian counterpart Otto Brandel in Vienna on Wednesday.',
      'The two ministers discussed river shipping and border crossings, Korvath told reporters after the talks.',
    ].join('\n\n');
    await page.setInputFiles('#tab-import input[type=file]', {
      name: 'korvath-brandel.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(text),
    });
    const entry = page.locator('[data-testid=import-log] li', { hasText: 'korvath-brandel.txt' });
    await entry.waitFor({ timeout: 60_000 });
    expect(await entry.textContent()).toContain('1 imported');
    expect(await page.locator('#tab-import progress').getAttribute('value')).toBe('1');
    const after = await page.evaluate(
      async () => (await (await fetch('/api/status')).json()).counts.Article as number,
    );
    expect(after).toBe(before + 1);
    await shot('06-import');
  });

  it('should show an article containing markup as text', async () => {
    await openPage('/');
    await searchAndOpen('Orla Vance', 'Orla Vance');
    await page.locator('#tab-details button.link', { hasText: 'Analyst <em>notes</em>' }).click();
    const text = page.locator('[data-testid=article-text]');
    await text.waitFor();
    expect(await text.textContent()).toBe(MARKUP_TEXT);
    expect(await text.locator('b, img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await shot('05-markup-article');
  });
});
