/**
 * Headless Chromium for e2e tests and the web benchmark: Debian's /usr/bin/chromium driven by
 * playwright-core, with a fresh profile and no background traffic.
 */
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Where screenshots go (git-ignored). */
export const TEST_OUTPUT = path.resolve('test-output');

/** Path of Debian's Chromium. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** A launched browser with its throwaway profile. */
export interface TestBrowser {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches one Chromium with a fresh --user-data-dir (one per test file). */
export async function launchBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<TestBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'newsgraph-chromium-'));
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const browser = context.browser();
  return {
    // A persistent context has no separate Browser object; the context is what tests use.
    browser: browser as Browser,
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
