/**
 * Text checks on ad hoc Cypher made before the database sees it: what no EXPLAIN can be trusted
 * to refuse (file and network reads, batched writes, administration, unlisted procedures).
 * They read the query with comments and string literals blanked out, so neither hides a
 * keyword nor triggers a false refusal.
 */

/** Procedures the console may call: schema and full-text look-ups only. */
export const ALLOWED_PROCEDURES = [
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
] as const;

/** Options of the text guard. */
export interface GuardOptions {
  /** Longest accepted query, in characters. */
  maxChars: number;
}

/** Why a query was refused, in words the console shows. */
export type GuardVerdict = { ok: true } | { ok: false; reason: string };

const REFUSALS: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  {
    pattern: /\bLOAD\s+CSV\b/i,
    reason: 'LOAD CSV reads files and URLs outside the graph; the console only reads the graph.',
  },
  {
    pattern: /\bPERIODIC\s+COMMIT\b/i,
    reason: 'USING PERIODIC COMMIT writes in batches; the console is read-only.',
  },
  {
    pattern: /\bIN\s+(?:\d+\s+|\$\w+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i,
    reason: 'CALL { ... } IN TRANSACTIONS is for batched writes; the console is read-only.',
  },
  {
    pattern: /^\s*(?:EXPLAIN|PROFILE)\b/i,
    reason: 'Leave out EXPLAIN/PROFILE: the console explains every query itself before running it.',
  },
  {
    pattern: /^\s*USE\b|\bUSE\s+[\w`.]+\s+(?:MATCH|CALL|RETURN|WITH|UNWIND)\b/i,
    reason: 'USE switches databases; the console reads only the newsgraph database.',
  },
  {
    pattern:
      /\b(?:CREATE|DROP|ALTER|RENAME|SHOW|START|STOP|ENABLE|DEALLOCATE|REALLOCATE)\s+(?:OR\s+REPLACE\s+)?(?:COMPOSITE\s+|STANDARD\s+)?(?:USERS?|ROLES?|DATABASES?|ALIAS(?:ES)?|SERVERS?|PRIVILEGES?|CURRENT\s+USER|HOME\s+DATABASE|DEFAULT\s+DATABASE)\b/i,
    reason: 'Administration commands (users, roles, databases, servers) are not allowed in the console.',
  },
  {
    pattern: /^\s*(?:GRANT|DENY|REVOKE|TERMINATE|SHOW)\b/i,
    reason:
      'Administration commands (GRANT, DENY, REVOKE, SHOW, TERMINATE) are not allowed; the schema panel lists labels and types.',
  },
  {
    pattern:
      /\b(?:CREATE|DROP)\s+(?:(?:RANGE|TEXT|POINT|FULLTEXT|LOOKUP|VECTOR|BTREE)\s+)?(?:INDEX|CONSTRAINT)\b/i,
    reason: 'Index and constraint changes are not allowed in the console.',
  },
];

/** Checks the query text; the database's EXPLAIN check comes after this. */
export function guardQuery(query: string, options: GuardOptions): GuardVerdict {
  if (query.length > options.maxChars) {
    return refuse(
      `The query is ${query.length} characters long; the console accepts up to ${options.maxChars}.`,
    );
  }
  const code = blankCommentsAndStrings(query);
  if (code === null) return refuse('The query has an unterminated string or comment.');
  if (code.trim() === '')
    return refuse('The query is empty; type a Cypher query such as MATCH (p:Person) RETURN p LIMIT 25.');
  if (/;\s*\S/.test(code)) return refuse('Only one statement at a time: remove the ";" and what follows it.');
  for (const { pattern, reason } of REFUSALS) {
    if (pattern.test(code)) return refuse(reason);
  }
  for (const name of calledProcedures(code)) {
    if (!isAllowedProcedure(name)) {
      return refuse(
        `The procedure ${name} is not allowed; the console may call ${ALLOWED_PROCEDURES.join(', ')}.`,
      );
    }
  }
  return { ok: true };
}

/** True when a procedure name (any case, backticks removed) is on the allowlist. */
export function isAllowedProcedure(name: string): boolean {
  return (ALLOWED_PROCEDURES as readonly string[]).includes(name.toLowerCase());
}

/** Names after `CALL` that are procedures (not `CALL {` subqueries), backticks removed. */
export function calledProcedures(code: string): string[] {
  const names: string[] = [];
  // "CALL db.labels()", "CALL `db`.`labels`", "call  dbms . components ()"
  const call = /\bCALL\s+((?:`[^`]*`|[A-Za-z_][\w$]*)(?:\s*\.\s*(?:`[^`]*`|[A-Za-z_][\w$]*))*)/gi;
  for (const match of code.matchAll(call)) {
    const raw = match[1] ?? '';
    names.push(raw.replace(/\s+/g, '').replaceAll('`', ''));
  }
  return names;
}

/**
 * Replaces the contents of comments and string literals with spaces (keeping quotes), so that
 * "RETURN '; DROP'" is one statement and "// CREATE" is no write. Returns null when unterminated.
 * Backticked names are kept: `CALL \`dbms\`.\`x\`` must still be seen.
 */
export function blankCommentsAndStrings(query: string): string | null {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const ch = query[i] ?? '';
    const next = query[i + 1] ?? '';
    if (ch === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      const stop = end === -1 ? query.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (ch === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      if (end === -1) return null;
      out += ' '.repeat(end + 2 - i);
      i = end + 2;
    } else if (ch === "'" || ch === '"') {
      const end = closingQuote(query, i, ch);
      if (end === -1) return null;
      out += ch + ' '.repeat(end - i - 1) + ch;
      i = end + 1;
    } else if (ch === '`') {
      const end = query.indexOf('`', i + 1);
      if (end === -1) return null;
      out += query.slice(i, end + 1);
      i = end + 1;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}

function closingQuote(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === quote) return i;
  }
  return -1;
}

function refuse(reason: string): GuardVerdict {
  return { ok: false, reason };
}
