/**
 * Free TCP ports for tests that start their own servers beside everyone else's.
 */
import { isPortFree } from '../../src/db-server/ports.ts';

// Below Linux's ephemeral range (32768-60999): a port there can be taken at any moment as the local
// end of some outgoing connection, between our check and the server's bind.
const RANGE = { from: 20_000, to: 32_000 } as const;
const handedOut = new Set<number>();

/** A port nothing listens on right now, never the same one twice in one test file. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = RANGE.from + Math.floor(Math.random() * (RANGE.to - RANGE.from));
    if (!handedOut.has(port) && (await isPortFree(port))) {
      handedOut.add(port);
      return port;
    }
  }
}
