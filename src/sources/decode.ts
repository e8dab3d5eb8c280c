/**
 * Turning the raw bytes of one input into clean text, or saying precisely why it cannot be read.
 * Strict on purpose: a half-decoded article would feed mojibake names into the graph.
 */

/** Why an input could not be read; stable ids that the import summary and tests rely on. */
export const READ_FAILURE_CODES = [
  'empty',
  'binary',
  'encoding',
  'too_large',
  'unreadable',
  'fetch',
] as const;
export type ReadFailureCode = (typeof READ_FAILURE_CODES)[number];

/** The outcome of reading one input: its text, or a failure code with a message that says what to do. */
export type SourceResult =
  | { ok: true; file: string; text: string }
  | { ok: false; file: string; code: ReadFailureCode; reason: string };

/** Builds a failure result. */
export function failure(file: string, code: ReadFailureCode, reason: string): SourceResult {
  return { ok: false, file, code, reason };
}

// fatal: invalid UTF-8 throws instead of becoming U+FFFD; ignoreBOM false: a leading BOM is dropped.
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes bytes as strict UTF-8 with LF line ends; fails on NUL bytes, bad encoding or blank content. */
export function decodeText(file: string, bytes: Uint8Array): SourceResult {
  if (bytes.length === 0)
    return failure(file, 'empty', `${file} is empty; remove it or add the article text.`);
  if (bytes.includes(0)) {
    return failure(
      file,
      'binary',
      `${file} contains NUL bytes (binary data); give a .txt or .html article instead.`,
    );
  }
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    return failure(
      file,
      'encoding',
      `${file} is not valid UTF-8; re-save it as UTF-8 (e.g. iconv -t UTF-8).`,
    );
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '')
    return failure(file, 'empty', `${file} holds only whitespace; add the article text.`);
  return { ok: true, file, text };
}
