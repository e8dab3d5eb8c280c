/**
 * Expanding command-line inputs (files, folders, URLs) into a flat, sorted list of sources.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { failure, type SourceResult } from './decode.ts';

/** File extensions read from folders; a file named explicitly is read whatever its extension. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'] as const;

/** One input to read: a local file or an http(s) URL. */
export type SourceRef = { kind: 'file'; file: string } | { kind: 'url'; file: string };

/** The expansion of the inputs: what to read, and inputs that could not be listed. */
export interface SourceListing {
  sources: SourceRef[];
  failures: SourceResult[];
}

/** True for http:// and https:// inputs. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** True when the name ends in one of ARTICLE_EXTENSIONS. */
export function hasArticleExtension(file: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());
}

/** Every article file under a folder, recursively, sorted by path; hidden entries are skipped. */
async function walkFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walkFolder(path)));
    // Linked files are followed (a dangling link is reported when read); linked folders are not, to avoid cycles.
    else if ((entry.isFile() || entry.isSymbolicLink()) && hasArticleExtension(entry.name)) files.push(path);
  }
  return files.sort();
}

/** Expands one input; a missing path becomes an `unreadable` failure. */
async function listOne(input: string, listing: SourceListing): Promise<void> {
  if (isUrl(input)) {
    listing.sources.push({ kind: 'url', file: input });
    return;
  }
  try {
    const info = await stat(input);
    if (info.isDirectory()) {
      for (const file of await walkFolder(input)) listing.sources.push({ kind: 'file', file });
    } else {
      listing.sources.push({ kind: 'file', file: input });
    }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    listing.failures.push(
      failure(input, 'unreadable', `${input} cannot be opened (${why}); check the path.`),
    );
  }
}

/** Expands files, folders (recursively: .txt, .html, .htm) and URLs, keeping input order and dropping duplicates. */
export async function listSources(inputs: readonly string[]): Promise<SourceListing> {
  const listing: SourceListing = { sources: [], failures: [] };
  for (const input of inputs) await listOne(input, listing);
  const seen = new Set<string>();
  listing.sources = listing.sources.filter((ref) => !seen.has(ref.file) && seen.add(ref.file) !== undefined);
  return listing;
}
