/**
 * The local instance's password: NEO4J_PASSWORD when set, otherwise one generated on first
 * start and kept in the instance folder (git-ignored, readable only by its owner).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ProvisionError } from './errors.ts';
import type { InstanceLayout } from './layout.ts';

/** The stored password of an instance, if one was generated. */
export function storedPassword(layout: InstanceLayout): string | undefined {
  try {
    return readFileSync(layout.passwordFile, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The configured password, else the stored one, else a new one (stored now). */
export function instancePassword(layout: InstanceLayout, configured: string | undefined): string {
  if (configured !== undefined) return configured;
  const stored = storedPassword(layout);
  if (stored !== undefined) return stored;
  const generated = generatePassword();
  mkdirSync(dirname(layout.passwordFile), { recursive: true });
  writeFileSync(layout.passwordFile, `${generated}\n`, { mode: 0o600 });
  return generated;
}

/**
 * 24 letters and digits. base64url alone gave a leading "-" one time in 64, which Neo4j's admin
 * tool then read as an unknown option (the first start failed with its help text).
 */
export function generatePassword(): string {
  return randomBytes(30)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 24)
    .padEnd(24, 'x');
}

/** True before the first start: the auth database does not exist, so the password can still be set. */
export function isFirstStart(layout: InstanceLayout): boolean {
  return !existsSync(layout.systemDatabase);
}

/** Sets the password of the `neo4j` user before the first start, with Neo4j's own admin tool. */
export function setInitialPassword(layout: InstanceLayout, password: string): void {
  const result = spawnSync(
    'java',
    // "--" ends the options, so a configured password that starts with "-" is still a password.
    ['-cp', `${layout.lib}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', '--', password],
    { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf } },
  );
  if (result.status !== 0) {
    throw new ProvisionError(
      'start_failed',
      `Could not set the initial Neo4j password: ${(result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n')}`,
    );
  }
}
