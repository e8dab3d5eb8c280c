/**
 * CPU time of a phase, for this process (all its threads) and for Neo4j: the load-independent
 * cost of the work, which wall-clock figures on a shared machine are not.
 */
import { readFileSync } from 'node:fs';

/** CPU seconds (user + system) a process has used so far, from /proc; null where there is no /proc. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat, i.e. 12 and 13 after the command name; in clock ticks (100/s).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** CPU seconds this process and Neo4j used during one phase. */
export interface CpuUse {
  appS: number;
  neo4jS: number | null;
}

/** Runs `work` and says how much CPU this process and the Neo4j process `neo4jPid` used meanwhile. */
export async function withCpu<T>(neo4jPid: number, work: () => Promise<T>): Promise<{ result: T; cpu: CpuUse }> {
  const app = process.cpuUsage();
  const neo = processCpuSeconds(neo4jPid);
  const result = await work();
  const used = process.cpuUsage(app);
  const after = processCpuSeconds(neo4jPid);
  return {
    result,
    cpu: {
      appS: (used.user + used.system) / 1e6,
      neo4jS: neo === null || after === null ? null : after - neo,
    },
  };
}
