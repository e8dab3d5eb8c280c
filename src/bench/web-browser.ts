/**
 * Launching Debian's Chromium through playwright-core with a throwaway profile and no background
 * traffic; shared by the web benchmark and the e2e tests.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Path of Debian's Chromium (`apt-get install chromium`). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that keep a headless run quiet and reproducible. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Options of `launchChromium`. */
export interface LaunchOptions {
  viewport: { width: number; height: number };
}

/** Default viewport: a laptop screen. */
export const DEFAULT_LAUNCH: LaunchOptions = { viewport: { width: 1440, height: 900 } };

/** A browser context on a fresh --user-data-dir, and how to close and delete it. */
export async function launchChromium(
  options: LaunchOptions = DEFAULT_LAUNCH,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'newsgraph-chromium-'));
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: true,
    viewport: options.viewport,
    args: [...CHROMIUM_ARGS],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
