/**
 * Checks whether a TCP port on 127.0.0.1 is free before Neo4j tries to bind it, so the user
 * hears which variable to change instead of reading a Java stack trace.
 */
import { createServer } from 'node:net';

/** True when nothing listens on `port` at 127.0.0.1 (we can bind it ourselves). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}
