/**
 * Checks for the two programs the local Neo4j needs: Java 17+ to run it, Maven to download it.
 */
import { spawnSync } from 'node:child_process';
import { ProvisionError } from './errors.ts';

/** Oldest Java major version Neo4j 5.26 runs on. */
export const MIN_JAVA_MAJOR = 17;

/** Reads the major version from `java -version` output ('openjdk version "17.0.15"', '"1.8.0_392"'). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

/** Throws a `ProvisionError` unless `java` 17 or later is on the PATH. */
export function requireJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new ProvisionError(
      'java_missing',
      'Java is not installed (no `java` on the PATH). Install Java 17 or 21 (e.g. `apt-get install openjdk-17-jre-headless`), ' +
        'or point NEO4J_URI at a running Neo4j.',
    );
  }
  const major = parseJavaMajor(result.stderr + result.stdout);
  if (major !== undefined && major < MIN_JAVA_MAJOR) {
    throw new ProvisionError(
      'java_too_old',
      `Neo4j 5 needs Java ${MIN_JAVA_MAJOR}+, found Java ${major}. Install Java 17 or 21.`,
    );
  }
}

/** Throws a `ProvisionError` unless `mvn` is on the PATH. */
export function requireMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new ProvisionError(
      'maven_missing',
      'Maven is not installed (no `mvn` on the PATH); newsgraph uses it once to download Neo4j. ' +
        'Install it (e.g. `apt-get install maven`), or point NEO4J_URI at a running Neo4j.',
    );
  }
}
