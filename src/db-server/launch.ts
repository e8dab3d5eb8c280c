/**
 * Launching the server process: the JVM command line, free-port checks with a grace period for a
 * server that is still dying, the detached spawn with its pid file, and the console log tail.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ProvisionError } from './errors.ts';
import type { InstanceLayout } from './layout.ts';
import { isPortFree } from './ports.ts';
import type { LocalServerOptions } from './server.ts';

function javaArgs(options: LocalServerOptions, layout: InstanceLayout): string[] {
  return [
    `-Xmx${options.heap}`,
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    // Neo4j's own launcher passes these; without them its off-heap memory code fails on Java 17+.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-cp',
    `${layout.lib}/*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${layout.home}`,
    `--config-dir=${layout.conf}`,
  ];
}

// A server killed a moment ago can hold its ports for a short while as it dies: give it a few seconds.
async function portFreesUp(port: number, graceMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + graceMs;
  while (!(await isPortFree(port))) {
    if (Date.now() > deadline) return false;
    await sleep(250);
  }
  return true;
}

/** Throws `port_taken`, naming the variable to change, unless both ports are free (after a short grace). */
export async function requireFreePorts(options: LocalServerOptions): Promise<void> {
  const ports = [
    ['NEO4J_BOLT_PORT', options.boltPort],
    ['NEO4J_HTTP_PORT', options.httpPort],
  ] as const;
  for (const [variable, port] of ports) {
    if (!(await portFreesUp(port))) {
      throw new ProvisionError(
        'port_taken',
        `Port ${port} on 127.0.0.1 is taken by another program, so newsgraph cannot start its Neo4j there. ` +
          `Set ${variable} to a free port (and NEO4J_URI, if you set it, to match), or stop that program` +
          (variable === 'NEO4J_BOLT_PORT'
            ? ', or, if it is a Neo4j, set NEO4J_URI/NEO4J_PASSWORD to use it.'
            : '.'),
      );
    }
  }
}

/** Spawns the detached java process, writes the pid file and returns the pid. */
export function spawnServer(options: LocalServerOptions, layout: InstanceLayout): number {
  for (const dir of ['logs', 'run', 'data', 'plugins', 'import'])
    mkdirSync(join(layout.home, dir), { recursive: true });
  const out = openSync(layout.consoleLog, 'a');
  const child = spawn('java', javaArgs(options, layout), {
    detached: true,
    stdio: ['ignore', out, out],
    cwd: layout.home,
  });
  closeSync(out);
  child.unref();
  if (child.pid === undefined) throw new ProvisionError('start_failed', 'Could not spawn java.');
  writeFileSync(layout.pidFile, `${child.pid}\n`);
  return child.pid;
}

/** The last lines of the console log, for error messages. */
export function logTail(layout: InstanceLayout, lines = 20): string {
  try {
    return readFileSync(layout.consoleLog, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
