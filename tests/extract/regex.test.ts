import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/extract/regex.ts';

const spans = (ms: RegExpExecArray[]): [number, string][] => ms.map((m) => [m.index, m[0]]);

describe('allMatches', () => {
  const cases: [RegExp, string][] = [
    [/\b(?:met|hosted|visited)\b/g, 'Lopez met Haddad, then hosted the envoy and visited the port.'],
    [/\b(\d{1,2}) (May|June)\b/gi, 'Talks on 4 May and 12 june; none on May 30.'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/\bnowhere\b/g, 'The ministers met in Doha.'],
  ];
  it.each(cases)('should give what matchAll gives for %s', (pattern, text) => {
    expect(spans(allMatches(pattern, text))).toEqual(spans([...text.matchAll(pattern)]));
  });

  it('should start from the beginning whatever a previous call left behind', () => {
    const pattern = /\bDoha\b/g;
    expect(allMatches(pattern, 'Doha and Doha')).toHaveLength(2);
    pattern.lastIndex = 5;
    expect(allMatches(pattern, 'Doha and Doha')).toHaveLength(2);
  });

  it('should refuse a pattern without the global flag', () => {
    expect(() => allMatches(/Doha/, 'Doha')).toThrow(TypeError);
  });
});
