/**
 * Small process helpers: is a pid alive, is it our Neo4j, how much memory does it hold.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** True when a process with this pid exists (signal 0 checks without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a process, or undefined when it is gone. */
export function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    // No /proc (macOS): ask ps.
    const result = spawnSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    return result.status === 0 ? result.stdout.trim() : undefined;
  }
}

/** True when `pid` is a live Neo4j started for the instance at `home` (pids get reused). */
export function isOurNeo4j(pid: number, home: string): boolean {
  const cmd = commandLine(pid);
  return cmd !== undefined && cmd.includes('CommunityEntryPoint') && cmd.includes(`--home-dir=${home}`);
}

/** Resident memory of a process in MiB, when the platform tells. */
export function residentMemoryMiB(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : undefined;
  } catch {
    const result = spawnSync('ps', ['-p', String(pid), '-o', 'rss='], { encoding: 'utf8' });
    const kb = Number(result.stdout.trim());
    return result.status === 0 && kb > 0 ? Math.round(kb / 1024) : undefined;
  }
}

/** Waits until our Neo4j with this pid has exited; false when it is still there after `timeoutMs`. */
export async function waitForExit(pid: number, home: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isOurNeo4j(pid, home)) {
    if (Date.now() > deadline) return false;
    await sleep(200);
  }
  return true;
}

/** Waits (up to `timeoutMs`) until no process has this pid. */
export async function waitUntilGone(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
}
