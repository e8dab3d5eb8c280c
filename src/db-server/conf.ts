/**
 * Writes the instance's `conf/neo4j.conf`. Neo4j validates its config strictly, so only settings
 * it knows go here; the heap is a JVM flag (see server.ts), not a setting.
 */

/** What the generated neo4j.conf varies on. */
export interface ConfOptions {
  boltPort: number;
  httpPort: number;
  pageCache: string;
}

/** The text of neo4j.conf: everything bound to 127.0.0.1, auth on, HTTPS off. */
export function renderConf(options: ConfOptions): string {
  return [
    '# Written by newsgraph (src/db-server/conf.ts) at every start; edit NEO4J_* variables instead.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    'server.bolt.enabled=true',
    `server.http.listen_address=127.0.0.1:${options.httpPort}`,
    'server.http.enabled=true',
    'server.https.enabled=false',
    `server.memory.pagecache.size=${options.pageCache}`,
    'dbms.security.auth_enabled=true',
    // Keep a laptop's disk small: transaction logs are for backups we do not take.
    'db.tx_log.rotation.retention_policy=100M size',
    'dbms.usage_report.enabled=false',
    '',
  ].join('\n');
}
