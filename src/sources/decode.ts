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

/** The encoding named by a UTF-16 byte order mark, or null. UTF-16 text is full of NUL bytes, so it is recognised first. */
function utf16Label(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Strict decoding: an invalid byte sequence throws instead of becoming U+FFFD; a leading BOM is dropped. */
function strictDecode(bytes: Uint8Array, label: string): string {
  return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
}

/**
 * Decodes bytes with LF line ends; fails on NUL bytes, bad encoding or blank content. Text is UTF-8
 * unless a UTF-16 byte order mark or a declared `charset` (HTTP header, HTML meta tag) says otherwise;
 * the encoding is never guessed.
 */
export function decodeText(file: string, bytes: Uint8Array, charset = 'utf-8'): SourceResult {
  if (bytes.length === 0)
    return failure(file, 'empty', `${file} is empty; remove it or add the article text.`);
  const utf16 = utf16Label(bytes);
  if (utf16 === null && bytes.includes(0)) {
    return failure(
      file,
      'binary',
      `${file} contains NUL bytes (binary data); give a .txt or .html article instead.`,
    );
  }
  const label = utf16 ?? charset;
  let text: string;
  try {
    text = strictDecode(bytes, label);
  } catch {
    return failure(
      file,
      'encoding',
      `${file} is not valid ${label}; re-save it as UTF-8 (e.g. iconv -t UTF-8).`,
    );
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '')
    return failure(file, 'empty', `${file} holds only whitespace; add the article text.`);
  return { ok: true, file, text };
}

/** The charset an HTML page declares in its first 2 KB (`<meta charset>` or http-equiv), or null. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  // Meta tags are ASCII, so latin1 reads them whatever the real encoding is.
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

/** The charset of an HTTP content-type header ("text/html; charset=windows-1251"), or null. */
export function headerCharset(contentType: string | null): string | null {
  return /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? null;
}
