/**
 * Ad hoc Cypher from the console, read-only by construction: text guard (LOAD CSV, batched
 * writes, administration, procedure allowlist), then EXPLAIN in a READ session accepting only
 * query type 'r' and allowlisted procedure calls in the plan, then the run itself in a READ
 * transaction with a timeout and a row cap. Neo4j errors are classified by `error.code`.
 */
import neo4j, { type Driver, type Node, type Relationship, type ResultSummary } from 'neo4j-driver';
import { CYPHER_TIMEOUT_MS, MAX_QUERY_CHARS, MAX_ROWS } from '../shared/limits.ts';
import { guardQuery, isAllowedProcedure } from './cypher-guard.ts';
import { collectElements } from './elements.ts';
import { toPlain } from './present.ts';
import type { Plain, Subgraph } from './subgraph.ts';
import { errorCode } from './values.ts';

/** Limits of one ad hoc run. */
export interface ReadOnlyOptions {
  /** Transaction timeout in milliseconds. */
  timeoutMs: number;
  /** Rows returned at most; the rest are cut and `truncated` is set. */
  maxRows: number;
  /** Longest accepted query text. */
  maxChars: number;
  /** Database name; the driver's default when undefined. */
  database?: string;
}

/** Defaults from src/shared/limits.ts. */
export const DEFAULT_READ_ONLY_OPTIONS: ReadOnlyOptions = {
  timeoutMs: CYPHER_TIMEOUT_MS,
  maxRows: MAX_ROWS,
  maxChars: MAX_QUERY_CHARS,
};

/** What a successful run returns: rows as plain JSON, the graph found in them, the cap flag. */
export interface ReadOnlyResult {
  columns: string[];
  rows: Record<string, Plain>[];
  graph: Subgraph;
  truncated: boolean;
}

/** Kinds of failure, each mapped to an HTTP status by the server. */
export const READ_ONLY_FAILURES = ['refused', 'syntax', 'timeout', 'failed'] as const;
export type ReadOnlyFailure = (typeof READ_ONLY_FAILURES)[number];

/** A refused or failed ad hoc query, with a message for the console. */
export class ReadOnlyCypherError extends Error {
  constructor(
    readonly kind: ReadOnlyFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ReadOnlyCypherError';
  }
}

const SYNTAX_CODES = new Set(['Neo.ClientError.Statement.SyntaxError']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.Terminated',
]);
const REFUSED_CODES = new Set([
  'Neo.ClientError.Statement.AccessMode',
  'Neo.ClientError.Security.Forbidden',
  'Neo.ClientError.Procedure.ProcedureNotFound',
]);

/** Checks then runs one read-only query; throws ReadOnlyCypherError with a console message. */
export async function runReadOnly(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
  options: ReadOnlyOptions = DEFAULT_READ_ONLY_OPTIONS,
): Promise<ReadOnlyResult> {
  const verdict = guardQuery(query, { maxChars: options.maxChars });
  if (!verdict.ok) throw new ReadOnlyCypherError('refused', verdict.reason);
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: options.database });
  try {
    await explainIsRead(session, query, params, options);
    return await runCapped(session, query, params, options);
  } catch (error) {
    throw classify(error, options);
  } finally {
    await session.close();
  }
}

type Session = ReturnType<Driver['session']>;

async function explainIsRead(
  session: Session,
  query: string,
  params: Record<string, unknown>,
  options: ReadOnlyOptions,
): Promise<void> {
  const tx = session.beginTransaction({ timeout: options.timeoutMs });
  try {
    const result = await tx.run(`EXPLAIN ${query}`, params);
    const problem = planProblem(result.summary);
    if (problem) throw new ReadOnlyCypherError('refused', problem);
  } finally {
    await tx.rollback().catch(() => undefined);
  }
}

/** Why the EXPLAIN summary does not describe a pure read, or null when it does. */
export function planProblem(summary: ResultSummary): string | null {
  const type = summary.queryType;
  if (type !== 'r') {
    const what =
      type === 's'
        ? 'changes the schema'
        : type === 'w' || type === 'rw'
          ? 'writes to the graph'
          : 'is not a plain read';
    return `The query ${what} (query type "${String(type)}"); the console only runs read queries.`;
  }
  for (const name of planProcedures(summary.plan)) {
    if (!isAllowedProcedure(name))
      return `The plan calls the procedure ${name}, which the console does not allow.`;
  }
  return null;
}

interface PlanLike {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanLike[];
}

/** Procedure names called anywhere in an EXPLAIN plan ("db.labels() :: (label :: STRING)" -> db.labels). */
function planProcedures(plan: PlanLike | false): string[] {
  if (!plan) return [];
  const own: string[] = [];
  if (/ProcedureCall/i.test(plan.operatorType)) {
    const details = String(
      plan.arguments['Details'] ?? plan.arguments['Signature'] ?? plan.arguments['details'] ?? '',
    );
    const name = /([\w.`]+)\s*\(/.exec(details)?.[1]?.replaceAll('`', '') ?? details;
    own.push(name || 'an unnamed procedure');
  }
  return own.concat(plan.children.flatMap(planProcedures));
}

async function runCapped(
  session: Session,
  query: string,
  params: Record<string, unknown>,
  options: ReadOnlyOptions,
): Promise<ReadOnlyResult> {
  const tx = session.beginTransaction({ timeout: options.timeoutMs });
  try {
    const result = tx.run(query, params);
    const rows: Record<string, Plain>[] = [];
    const found: Array<Node | Relationship> = [];
    let columns: string[] = [];
    let truncated = false;
    for await (const record of result) {
      if (rows.length >= options.maxRows) {
        truncated = true;
        break;
      }
      columns = [...record.keys].map(String);
      const row: Record<string, Plain> = {};
      for (const key of columns) {
        const value: unknown = record.get(key);
        row[key] = toPlain(value);
        found.push(...elementsIn(value));
      }
      rows.push(row);
    }
    if (columns.length === 0) columns = (await result.keys()).map(String);
    const graph = await collectElements(found, (ids) => fetchNodes(tx, ids));
    return { columns, rows, graph, truncated };
  } finally {
    await tx.rollback().catch(() => undefined);
  }
}

type Tx = ReturnType<Session['beginTransaction']>;

async function fetchNodes(tx: Tx, elementIds: string[]): Promise<Node[]> {
  const result = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: elementIds });
  return result.records.map((r) => r.get('n') as Node);
}

function elementsIn(value: unknown): Array<Node | Relationship> {
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return [value];
  if (neo4j.isPath(value)) return value.segments.flatMap((s) => [s.start, s.relationship, s.end]);
  if (Array.isArray(value)) return value.flatMap(elementsIn);
  if (value && typeof value === 'object' && !neo4j.isInt(value))
    return Object.values(value).flatMap(elementsIn);
  return [];
}

function classify(error: unknown, options: ReadOnlyOptions): ReadOnlyCypherError {
  if (error instanceof ReadOnlyCypherError) return error;
  const code = errorCode(error) ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (SYNTAX_CODES.has(code)) return new ReadOnlyCypherError('syntax', message);
  if (TIMEOUT_CODES.has(code)) {
    const seconds = options.timeoutMs / 1000;
    return new ReadOnlyCypherError(
      'timeout',
      `The query ran longer than ${seconds} s and was stopped; add a LIMIT or narrow the MATCH.`,
    );
  }
  if (REFUSED_CODES.has(code))
    return new ReadOnlyCypherError('refused', `Neo4j refused the query: ${message}`);
  if (code.startsWith('Neo.ClientError.')) return new ReadOnlyCypherError('failed', message);
  return new ReadOnlyCypherError(
    'failed',
    `The query failed (${code || 'no error code'}); check that Neo4j is running.`,
  );
}
