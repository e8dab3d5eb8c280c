/**
 * Where a local Neo4j lives on disk. The jars are shared by every instance under one
 * NEWSGRAPH_HOME; each instance (the app's, each test run's) has its own home folder.
 */
import { join } from 'node:path';

/** Paths of one local Neo4j instance. */
export interface InstanceLayout {
  /** Shared folder of downloaded jars (the classpath). */
  lib: string;
  /** The instance's NEO4J_HOME: conf/, data/, logs/, run/ below it. */
  home: string;
  conf: string;
  confFile: string;
  pidFile: string;
  passwordFile: string;
  consoleLog: string;
  /** Present once the auth database exists, i.e. after the first start. */
  systemDatabase: string;
}

/** Lays out an instance: `lib` under the newsgraph home, everything else under `instanceHome`. */
export function instanceLayout(newsgraphHome: string, instanceHome: string): InstanceLayout {
  return {
    lib: join(newsgraphHome, 'lib'),
    home: instanceHome,
    conf: join(instanceHome, 'conf'),
    confFile: join(instanceHome, 'conf', 'neo4j.conf'),
    pidFile: join(instanceHome, 'run', 'neo4j.pid'),
    passwordFile: join(instanceHome, 'password'),
    consoleLog: join(instanceHome, 'logs', 'console.log'),
    systemDatabase: join(instanceHome, 'data', 'databases', 'system'),
  };
}
