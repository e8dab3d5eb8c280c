/**
 * The extraction pipeline: one article's text in, its typed facts out. Each line of
 * `extractArticle` is one pure stage; the order matters because later stages read what earlier
 * ones found.
 */
import { createHash } from 'node:crypto';
import type { ArticleFacts, EventFact, PartialDate } from '../shared/types.ts';
import { removePageChrome } from './clean.ts';
import { linkSurnames, resolveReferences } from './coref.ts';
import { findEvents } from './events.ts';
import { findCountries, findPlaces, placeCountry } from './geo.ts';
import { readMetadata } from './metadata.ts';
import type { ExtractionModel } from './model/index.ts';
import { findOrganizations, pageCredits, withCredits, withOutlet } from './organizations.ts';
import { assemblePersons, personId } from './person-facts.ts';
import { findNames } from './persons.ts';
import { findRoles } from './roles.ts';
import { splitSentences } from './sentences.ts';
import { tokenizeSentences } from './tokens.ts';
import { findTopics } from './topics.ts';

/** Per-article options. */
export interface ExtractOptions {
  /** Article date to use when the text gives none (the `--date` flag). */
  published?: PartialDate | null;
}

/** Defaults: no override date. */
export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = { published: null };

/** Extracts the facts of one article. Pure: same text and model, same facts. */
export function extractArticle(
  source: { file: string; text: string },
  model: ExtractionModel,
  options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS,
): ArticleFacts {
  const meta = readMetadata(source.text); // title, outlet, date; read before cleaning (outlets hide in chrome)
  const published = meta.published ?? options.published ?? null; // the text's date wins over the override
  const body = removePageChrome(meta.body, model.chrome); // drop menus, share lines, "most read" lists
  const sentences = tokenizeSentences(splitSentences(body)); // sentences with offsets, tokenized once
  const names = findNames(sentences, model); // "Brigadier General Hossein Dehqan", "President Erdogan"
  const linked = linkSurnames(sentences, names, model); // "Dehqan" -> Hossein Dehqan
  const homeCountry = datelineCountry(meta.datelinePlace, body, model);
  const roles = findRoles({ sentences, names: linked.names, mentions: linked.mentions, homeCountry }, model); // offices, ranks, countries
  const mentions = resolveReferences({ sentences, mentions: linked.mentions, roles, homeCountry }, model); // "the Iranian minister", "he"
  const events = findEvents({
    sentences,
    mentions,
    published,
    geo: model.geo,
    model: model.events,
    bodyText: body,
  }); // meetings, calls, visits ...
  const titled = withTitle(meta.title, body); // one string for the four gazetteer stages (the geo scan is cached by it)
  return {
    file: source.file,
    id: articleId(source.file),
    title: meta.title,
    outlet: meta.outlet,
    published,
    text: body,
    persons: assemblePersons(linked.mentions, roles),
    countries: findCountries(titled, model.geo), // the headline names countries too ("Turkish, Pakistani ministers ...")
    places: findPlaces(titled, model.geo),
    organizations: withOutlet(
      withCredits(
        findOrganizations(titled, model.organizations),
        [...meta.credited, ...pageCredits(meta.body, titled, model.organizations)], // "(Photo: Press TV)", footers: cut as chrome
        model.organizations,
      ),
      meta.outlet,
      model.organizations,
    ), // a known outlet ("© MOLDPRES 2022") is the story's source
    topics: findTopics(titled, model.topics),
    events: events.map(withPersonIds),
  };
}

// "ISLAMABAD: ..." also counts as a dateline; its country is where the story is told from.
const CAPS_DATELINE = /^\s*([A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)?)\s*[:,(—–-]/m;

function datelineCountry(place: string | null, body: string, model: ExtractionModel): string | null {
  const city = place ?? CAPS_DATELINE.exec(body.slice(0, 400))?.[1] ?? null;
  return city === null ? null : placeCountry(city.toLowerCase(), model.geo);
}

// Entity lists read the headline with the body; evidence offsets still use the body alone.
function withTitle(title: string | null, body: string): string {
  return title === null ? body : `${title}\n${body}`;
}

/** Stable article id: a hash of the source name. */
export function articleId(file: string): string {
  return `article:${createHash('sha256').update(file).digest('hex').slice(0, 16)}`;
}

// Events name participants by article-local key ("Hossein Dehqan"); facts use person ids.
function withPersonIds(event: EventFact): EventFact {
  return { ...event, participants: event.participants.map(personId) };
}
