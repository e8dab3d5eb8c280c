/**
 * The production extraction the importer drives: the pipeline of src/extract with the model,
 * the resolver of src/resolve, and country codes from the model's gazetteer.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../config.ts';
import { extractArticle, type ExtractOptions } from '../extract/pipeline.ts';
import type { ExtractionModel } from '../extract/model/index.ts';
import { resolvePersons } from '../resolve/persons.ts';
import { shortHash } from './ids.ts';
import type { Extractor } from './import-types.ts';

/** An Extractor over the real pipeline; `options.published` dates articles that state no date. */
export function createExtractor(model: ExtractionModel, options: ExtractOptions = {}): Extractor {
  return {
    extract: (source) => extractArticle(source, model, options),
    resolve: (articles, known) => resolvePersons(articles, known),
    countryCode: (name) => {
      const entry = model.geo.countryByWord.get(name.toLowerCase());
      // Only a country's own name or short form counts; a demonym ("Iranian") is not a place name.
      return entry && (entry.name === name || entry.names.includes(name)) ? entry.code : null;
    },
    version: extractorVersion(options),
  };
}

// What decides the facts of a text: the stages and models, the shared types, the libraries they
// load (package.json's versions) and the options. Any change re-extracts every article once.
const FINGERPRINTED = ['src/extract', 'src/resolve', 'src/shared', 'package.json'];

let codeHash: string | undefined;

/** Fingerprint of the extraction code, its libraries and `options` (16 hex digits). */
export function extractorVersion(options: ExtractOptions = {}): string {
  codeHash ??= shortHash(
    FINGERPRINTED.flatMap((path) => filesOf(join(REPO_ROOT, path)))
      .map(readFile)
      .join('\0'),
  );
  return shortHash(`${codeHash}|${JSON.stringify(options)}`);
}

function filesOf(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

function readFile(path: string): string {
  return `${path.slice(REPO_ROOT.length)}\n${readFileSync(path, 'utf8')}`;
}
