/**
 * A cross-process lock made of a directory (mkdir is atomic), so two `npm start`s or test runs
 * do not download or start the same thing at once. A lock whose owner died is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive } from './process.ts';

/** Options for `withLock`. */
export interface LockOptions {
  /** Give up waiting after this many ms. */
  timeoutMs: number;
  pollMs: number;
}

/** Defaults for `withLock`: long enough for a first download on a slow line. */
export const DEFAULT_LOCK_OPTIONS: LockOptions = { timeoutMs: 15 * 60_000, pollMs: 250 };

function ownerOf(lockDir: string): number | undefined {
  try {
    return Number(readFileSync(join(lockDir, 'owner'), 'utf8'));
  } catch {
    return undefined;
  }
}

function tryAcquire(lockDir: string): boolean {
  try {
    mkdirSync(lockDir, { recursive: false });
  } catch {
    return false;
  }
  writeFileSync(join(lockDir, 'owner'), String(process.pid));
  return true;
}

/** Runs `task` while holding the lock at `lockDir`, waiting for another holder first. */
export async function withLock<T>(
  lockDir: string,
  task: () => Promise<T>,
  options: Partial<LockOptions> = {},
): Promise<T> {
  const o = { ...DEFAULT_LOCK_OPTIONS, ...options };
  const deadline = Date.now() + o.timeoutMs;
  while (!tryAcquire(lockDir)) {
    const owner = ownerOf(lockDir);
    // No owner file yet means the holder is between mkdir and write: wait, do not steal.
    if (owner !== undefined && !Number.isNaN(owner) && !isAlive(owner))
      rmSync(lockDir, { recursive: true, force: true });
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${lockDir}; if no newsgraph process runs, delete it.`);
    await sleep(o.pollMs);
  }
  try {
    return await task();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
