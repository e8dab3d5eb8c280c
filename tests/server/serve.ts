/**
 * Starts the explorer app on a free loopback port over the test database, for API and e2e tests.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { createApp, type ServerConfig } from '../../src/server/app.ts';

/** A running test server. */
export interface TestServer {
  url: string;
  close(): Promise<void>;
}

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Listens on 127.0.0.1:0 and returns the base URL. */
export async function serveApp(driver: Driver, config: ServerConfig = {}): Promise<TestServer> {
  const app = createApp({ config, driver, logger: quiet });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** GET or POST JSON and return status and parsed body. */
export async function call(
  url: string,
  init?: { method?: string; body?: unknown },
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: init?.method ?? 'GET',
    headers: init?.body === undefined ? {} : { 'content-type': 'application/json' },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
