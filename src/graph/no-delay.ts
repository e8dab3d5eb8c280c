/**
 * TCP_NODELAY for the driver's Bolt sockets. neo4j-driver 5 leaves Nagle's algorithm on, and its
 * chunker writes a request in 1,400-byte pieces, so any request longer than that (a query text
 * over ~1.4 kB such as the details query, or many parameters such as a 2,000-id subgraph) has its
 * last piece held back until Neo4j acknowledges the first, which Linux delays by 40 ms: a query
 * that runs in 1 ms took 45 ms (docs/benchmarks.md). Node announces every new client socket on
 * the public `net.client.socket` diagnostics channel; sockets that connect to a Bolt port get
 * `setNoDelay(true)` before the driver writes to them.
 */
import { subscribe } from 'node:diagnostics_channel';
import { Socket } from 'node:net';

interface NoDelayState {
  ports: Set<number>;
  subscribed: boolean;
}

// Kept on globalThis so that a module evaluated twice in one process (test runners isolate modules
// per file) still subscribes once; a second subscriber would add a second listener to every socket.
const STATE_KEY = Symbol.for('newsgraph.noDelay');
const shared = globalThis as typeof globalThis & { [STATE_KEY]?: NoDelayState };
const state: NoDelayState = (shared[STATE_KEY] ??= { ports: new Set<number>(), subscribed: false });

function socketOf(message: unknown): Socket | null {
  if (typeof message !== 'object' || message === null || !('socket' in message)) return null;
  return message.socket instanceof Socket ? message.socket : null;
}

/** Sends small writes to `port` at once from now on (plain `bolt://`; a TLS socket is not announced). */
export function noDelayForPort(port: number): void {
  state.ports.add(port);
  if (state.subscribed) return;
  state.subscribed = true;
  subscribe('net.client.socket', (message) => {
    const socket = socketOf(message);
    // The listener is added before the driver's own, so the option is set before its handshake.
    socket?.once('connect', () => {
      if (state.ports.has(socket.remotePort ?? -1)) socket.setNoDelay(true);
    });
  });
}

/** The Bolt port of a `bolt://` or `neo4j://` URI (7687 when none is given); null when it does not parse. */
export function boltPort(uri: string): number | null {
  try {
    const port = new URL(uri).port;
    return port === '' ? 7687 : Number(port);
  } catch {
    return null;
  }
}
