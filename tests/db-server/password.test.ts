import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { instanceLayout } from '../../src/db-server/layout.ts';
import { generatePassword, setInitialPassword } from '../../src/db-server/password.ts';
import { localTestServerOptions, testDbEnv } from '../helpers/test-db.ts';

describe('the local instance password', () => {
  const base = localTestServerOptions(testDbEnv(), () => undefined);
  const layout = instanceLayout(base.newsgraphHome, join(base.newsgraphHome, `test-password-${process.pid}`));
  afterAll(() => rmSync(layout.home, { recursive: true, force: true }));

  it('should generate passwords of 24 letters and digits, never one the admin tool reads as an option', () => {
    const passwords = Array.from({ length: 2000 }, generatePassword);
    expect(passwords.every((p) => /^[A-Za-z0-9]{24}$/.test(p))).toBe(true);
    expect(new Set(passwords).size).toBe(2000);
  });

  it('should set a configured initial password that starts with a dash', () => {
    mkdirSync(layout.conf, { recursive: true });
    writeFileSync(layout.confFile, '');
    // Before the fix Neo4j's admin tool printed its help for this one and the first start failed.
    expect(() => setInitialPassword(layout, '-secret-starting-with-a-dash')).not.toThrow();
  });
});
