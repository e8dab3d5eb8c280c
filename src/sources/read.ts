/**
 * Reading articles from files, folders and URLs into text the extraction pipeline can take.
 * Every input ends as a typed result: its text, or a failure code with a reason naming the file.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { declaredHtmlCharset, decodeText, failure, headerCharset, type SourceResult } from './decode.ts';
import { htmlToText } from './html.ts';
import { listSources, type SourceRef } from './list.ts';

export { READ_FAILURE_CODES, type ReadFailureCode, type SourceResult } from './decode.ts';
export { listSources, isUrl, ARTICLE_EXTENSIONS, type SourceRef, type SourceListing } from './list.ts';

/** Limits for reading; see DEFAULT_READ_OPTIONS. */
export interface ReadOptions {
  /** Largest input accepted, in bytes (files and downloads). */
  maxBytes: number;
  /** How long a URL may take to answer, in milliseconds. */
  fetchTimeoutMs: number;
}

/** 5 MB is far above any news article; anything larger is a dump or a mistake. */
export const DEFAULT_READ_OPTIONS: ReadOptions = { maxBytes: 5 * 1024 * 1024, fetchTimeoutMs: 20_000 };

const USER_AGENT = 'Mozilla/5.0 (compatible; newsgraph/0.1)';

/** True when the file name or the start of the text says it is an HTML page. */
function looksLikeHtml(file: string, text: string): boolean {
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return true;
  return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 512));
}

/** Decodes bytes (declared charset first: HTTP header, then HTML meta) and, for HTML, keeps the main content. */
function toArticleText(
  file: string,
  bytes: Uint8Array,
  html: boolean,
  headerLabel: string | null = null,
): SourceResult {
  const isHtml = html || looksLikeHtml(file, Buffer.from(bytes.subarray(0, 512)).toString('latin1'));
  const charset = headerLabel ?? (isHtml ? declaredHtmlCharset(bytes) : null) ?? 'utf-8';
  const decoded = decodeText(file, bytes, charset);
  if (!decoded.ok || !isHtml) return decoded;
  const text = htmlToText(decoded.text);
  if (text.trim() === '') return failure(file, 'empty', `${file} is an HTML page with no readable text.`);
  return { ok: true, file, text };
}

function tooLarge(file: string, size: number, options: ReadOptions): SourceResult {
  const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
  return failure(
    file,
    'too_large',
    `${file} is ${mb(size)} MB, above the ${mb(options.maxBytes)} MB limit; split it or raise the limit.`,
  );
}

/** A failure for a path that is no regular file or is too large, or null when it may be read. */
function unfit(file: string, info: Stats, options: ReadOptions): SourceResult | null {
  if (!info.isFile()) return failure(file, 'unreadable', `${file} is not a regular file.`);
  return info.size > options.maxBytes ? tooLarge(file, info.size, options) : null;
}

function unreadable(file: string, error: unknown): SourceResult {
  const why = error instanceof Error ? error.message : String(error);
  return failure(file, 'unreadable', `${file} cannot be read (${why}); check the path and permissions.`);
}

/** Reads one local file. */
async function readLocal(file: string, options: ReadOptions): Promise<SourceResult> {
  try {
    return unfit(file, await stat(file), options) ?? toArticleText(file, await readFile(file), false);
  } catch (error) {
    return unreadable(file, error);
  }
}

/**
 * Reads one local file on this thread, same result as `readSource`. For a loop that extracts file after
 * file: a synchronous read of a small article costs a fraction of an async one (no thread-pool round trip).
 */
export function readLocalSourceSync(file: string, options: ReadOptions = DEFAULT_READ_OPTIONS): SourceResult {
  try {
    return unfit(file, statSync(file), options) ?? toArticleText(file, readFileSync(file), false);
  } catch (error) {
    return unreadable(file, error);
  }
}

/** Downloads one URL (following redirects) and reads it. */
async function readUrl(url: string, options: ReadOptions): Promise<SourceResult> {
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(options.fetchTimeoutMs),
      redirect: 'follow',
      // Some news sites refuse requests without a browser-like user agent.
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,text/plain;q=0.9,*/*;q=0.5' },
    });
    if (!response.ok) {
      return failure(
        url,
        'fetch',
        `${url} answered HTTP ${response.status}; check the address or save the page.`,
      );
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > options.maxBytes) return tooLarge(url, declared, options);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > options.maxBytes) return tooLarge(url, bytes.length, options);
    const contentType = response.headers.get('content-type');
    return toArticleText(url, bytes, (contentType ?? '').includes('html'), headerCharset(contentType));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return failure(
      url,
      'fetch',
      `${url} could not be downloaded (${why}); check the network or save the page as a file.`,
    );
  }
}

/** Reads one listed source (file or URL). */
export function readSource(
  ref: SourceRef,
  options: ReadOptions = DEFAULT_READ_OPTIONS,
): Promise<SourceResult> {
  return ref.kind === 'url' ? readUrl(ref.file, options) : readLocal(ref.file, options);
}

/** Lists and reads every input, in order; failures (missing paths included) come back as results, never throws. */
export async function readSources(
  inputs: readonly string[],
  options: ReadOptions = DEFAULT_READ_OPTIONS,
): Promise<SourceResult[]> {
  const listing = await listSources(inputs);
  const results: SourceResult[] = [...listing.failures];
  for (const ref of listing.sources) results.push(await readSource(ref, options));
  return results;
}
