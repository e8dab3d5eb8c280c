/**
 * Types of the importer's inputs and outputs: the extraction it drives, its options with their
 * defaults, its progress events and its summary.
 */
import { DEFAULT_READ_OPTIONS, type ReadFailureCode, type ReadOptions } from '../sources/read.ts';
import type { ArticleFacts } from '../shared/types.ts';
import type { CountryCodes } from './mappers.ts';

/** A person already in the graph, for the resolver to join new spellings onto. */
export interface KnownPerson {
  id: string;
  name: string;
  aliases: string[];
}

/** The extraction steps the importer drives; built from the extraction model in production. */
export interface Extractor {
  /** Facts of one article (article-local person ids). */
  extract(source: { file: string; text: string }): ArticleFacts;
  /** Gives every person one id across the articles and against people already known. */
  resolve(articles: ArticleFacts[], known: KnownPerson[]): ArticleFacts[];
  /** ISO code of a canonical country name. */
  countryCode: CountryCodes;
  /**
   * Fingerprint of the extraction code and settings: an article counts as unchanged only when its
   * text and this are both as at its last import, so a better extractor re-reads old articles.
   */
  version: string;
}

/** Why a file was not imported: a read failure, or a later stage that refused it. */
export type SkipCode = ReadFailureCode | 'extract' | 'invalid' | 'write';

/** One file left out of the graph, with a message that names it and says what to do. */
export interface SkippedFile {
  file: string;
  code: SkipCode;
  reason: string;
}

/** Progress after each file: how many of how many, and what happened to it. */
export interface ImportProgress {
  done: number;
  total: number;
  file: string;
  outcome: 'imported' | 'replaced' | 'unchanged' | 'skipped';
}

/** Knobs of an import run; see DEFAULT_IMPORT_OPTIONS. */
export interface ImportOptions {
  /** Articles written per transaction: larger is faster, smaller loses less on a crash. */
  batchSize: number;
  /** Size limit and URL timeout for reading inputs. */
  read: ReadOptions;
  /** Called after each file. */
  onProgress?: (progress: ImportProgress) => void;
}

/** 250 articles per transaction (under a megabyte of parameters): measured cheaper for Neo4j than 100 or 500. */
export const DEFAULT_IMPORT_OPTIONS: ImportOptions = { batchSize: 250, read: DEFAULT_READ_OPTIONS };

/** What an import run did. */
export interface ImportSummary {
  /** Inputs found (files, URLs, and paths that could not be listed). */
  files: number;
  /** Articles written for the first time. */
  imported: number;
  /** Articles already in the graph whose text changed: their facts were replaced. */
  replaced: number;
  /** Articles whose content hash was already in the graph: nothing written. */
  unchanged: number;
  skipped: SkippedFile[];
  /** Entities (people, countries, places, organizations, topics) created by this run. */
  created: number;
  /** Entities already in the graph that this run added mentions or aliases to. */
  updated: number;
  /** People created by this run (part of `created`). */
  personsCreated: number;
  /** Distinct events written. */
  events: number;
  /** MET edges written or confirmed. */
  meetings: number;
  durationMs: number;
}

/** A fresh summary with every count at zero. */
export function emptySummary(): ImportSummary {
  return {
    files: 0,
    imported: 0,
    replaced: 0,
    unchanged: 0,
    skipped: [],
    created: 0,
    updated: 0,
    personsCreated: 0,
    events: 0,
    meetings: 0,
    durationMs: 0,
  };
}
