import { describe, expect, it } from 'vitest';
import {
  blankCommentsAndStrings,
  calledProcedures,
  guardQuery,
} from '../../src/graph/cypher-guard.ts';
import { toLuceneQuery } from '../../src/graph/queries/lucene.ts';

const options = { maxChars: 1000 };

describe('cypher-guard', () => {
  it.each([
    ["RETURN 'a // b' AS x", "RETURN '      ' AS x"],
    ['MATCH (n) // DELETE n\nRETURN n', 'MATCH (n)            \nRETURN n'],
    ['RETURN /* ; */ 1', 'RETURN         1'],
    ['RETURN "it\\"s" AS s', 'RETURN "     " AS s'],
    ['MATCH (`odd;name`) RETURN 1', 'MATCH (`odd;name`) RETURN 1'],
  ])('should blank comments and strings in %j', (query, expected) => {
    expect(blankCommentsAndStrings(query)).toBe(expected);
  });

  it.each([
    ["RETURN 'open", null],
    ['RETURN 1 /* open', null],
  ])('should report an unterminated string or comment in %j', (query, expected) => {
    expect(blankCommentsAndStrings(query)).toBe(expected);
  });

  it.each([
    ['CALL db.labels()', ['db.labels']],
    ['CALL `dbms`.`components`()', ['dbms.components']],
    ['call  apoc . cypher . run("x", {})', ['apoc.cypher.run']],
    ['CALL { MATCH (n) RETURN n } RETURN 1', []],
    ['CALL (x) { RETURN x } RETURN 1', []],
  ])('should find the procedures called in %j', (query, names) => {
    expect(calledProcedures(query)).toEqual(names);
  });

  it.each([
    ['MATCH (p:Person) RETURN p LIMIT 5', true],
    ["RETURN 'LOAD CSV; DROP DATABASE x' AS text", true],
    ['CALL db.index.fulltext.queryNodes("entityNames", "x") YIELD node RETURN node', true],
    ['MATCH (n) RETURN n; MATCH (m) RETURN m', false],
    ['LOAD CSV FROM "file:///etc/passwd" AS l RETURN l', false],
    ['SHOW DATABASES', false],
    ['CALL db.createLabel("X")', false],
    ['x'.repeat(1001), false],
  ])('should judge %j (allowed: %s)', (query, allowed) => {
    expect(guardQuery(query, options).ok).toBe(allowed);
  });
});

describe('lucene', () => {
  it.each([
    ['hasanov', '(hasanov* OR hasanov~1)'],
    ['mamedyarov', '(mamedyarov* OR mamedyarov~2)'],
    ['Zakir  Hasanov', '(zakir* OR zakir~1) AND (hasanov* OR hasanov~1)'],
    ['Mohammad-Reza', '(mohammad* OR mohammad~2) AND (reza* OR reza~1)'],
    ['al', 'al*'],
    ['a:b) OR *', 'a* AND b* AND or*'], // lower-case "or" is a term, not an operator
    ['  ', null],
  ])('should turn %j into %j', (text, expected) => {
    expect(toLuceneQuery(text)).toBe(expected);
  });

  it.each([
    ['Zakir Hasanov', 'prefix', '(zakir OR zakir*) AND (hasanov OR hasanov*)'],
    ['Bench Person 996', 'fuzzy', '(bench* OR bench~1) AND (person* OR person~1) AND 996*'],
    ['Airbus A320', 'fuzzy', '(airbus* OR airbus~1) AND a320*'],
  ])('should turn %j in %s mode into %j (numbers are never fuzzy)', (text, mode, expected) => {
    expect(toLuceneQuery(text, { mode: mode === 'prefix' ? 'prefix' : 'fuzzy' })).toBe(expected);
  });
});
