import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.ts';

describe('sentences', () => {
  it.each([
    ['Gen. Asim Khan met Lt. Col. Omar Ali in Muscat. They discussed U.S. sanctions.', ['Gen. Asim Khan met Lt. Col. Omar Ali in Muscat.', 'They discussed U.S. sanctions.']],
    ['"We agree," he said. "The talks went well." Officials nodded.', ['"We agree," he said.', '"The talks went well."', 'Officials nodded.']],
    ['Title without a stop\nBody sentence one. Body sentence two!', ['Title without a stop', 'Body sentence one.', 'Body sentence two!']],
    ['Is it over? Yes. It went on until Monday.', ['Is it over?', 'Yes.', 'It went on until Monday.']],
  ])('should split %j', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('should give offsets that slice back to each sentence', () => {
    const text = '  First one here.  Second one.\n\nThird  ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it('should return nothing for blank text', () => {
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});
