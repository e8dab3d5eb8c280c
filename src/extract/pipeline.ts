/**
 * The extraction pipeline: one article's text in, its typed facts out. Each line below is one
 * pure stage; the order matters because later stages read what earlier ones found.
 */
import { createHash } from 'node:crypto';
import type { ArticleFacts, PartialDate } from '../shared/types.ts';
import { removePageChrome } from './clean.ts';
import { linkSurnames, resolveReferences } from './coref.ts';
import { findCountries, findPlaces } from './geo.ts';
import { readMetadata } from './metadata.ts';
import type { ExtractionModel } from './model/index.ts';
import { assemblePersons } from './person-facts.ts';
import { findNames } from './persons.ts';
import { findRoles } from './roles.ts';
import { splitSentences } from './sentences.ts';
import { tokenizeSentences } from './tokens.ts';

/** Per-article options. */
export interface ExtractOptions {
  /** Article date to use when the text gives none (the `--date` flag). */
  published?: PartialDate | null;
}

/** Defaults: no override date. */
export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = { published: null };

/** Extracts the facts of one article. Pure: same text and model, same facts. */
export function extractArticle(source: { file: string; text: string }, model: ExtractionModel, options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS): ArticleFacts {
  const meta = readMetadata(source.text); // title, outlet, date; read before cleaning (outlets hide in chrome)
  const body = removePageChrome(meta.body, model.chrome); // drop menus, share lines, "most read" lists
  const sentences = tokenizeSentences(splitSentences(body)); // sentences with offsets, tokenized once
  const names = findNames(sentences, model); // "Brigadier General Hossein Dehqan", "President Erdogan"
  const linked = linkSurnames(sentences, names, model); // "Dehqan" -> Hossein Dehqan
  const roles = findRoles({ sentences, names: linked.names, mentions: linked.mentions }, model); // offices, ranks, countries
  const mentions = resolveReferences({ sentences, mentions: linked.mentions, roles }, model); // "the Iranian minister", "he"
  void mentions;
  return {
    file: source.file,
    id: articleId(source.file),
    title: meta.title,
    outlet: meta.outlet,
    published: meta.published ?? options.published ?? null,
    text: body,
    persons: assemblePersons(linked.mentions, roles),
    countries: findCountries(body, model.geo),
    places: findPlaces(body, model.geo),
    organizations: [],
    topics: [],
    events: [],
  };
}

/** Stable article id: a hash of the source name. */
export function articleId(file: string): string {
  return `article:${createHash('sha256').update(file).digest('hex').slice(0, 16)}`;
}
