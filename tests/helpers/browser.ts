/**
 * Headless Chromium for e2e tests: one launch per test file (src/bench/web-browser.ts does the
 * launching), screenshots under test-output/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { DEFAULT_LAUNCH, launchChromium } from '../../src/bench/web-browser.ts';

/** Where screenshots go. */
export const TEST_OUTPUT = path.resolve('test-output');

/** A launched browser context with its throwaway profile. */
export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches one Chromium with a fresh --user-data-dir. */
export async function launchBrowser(options = DEFAULT_LAUNCH): Promise<TestBrowser> {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  return launchChromium(options);
}
