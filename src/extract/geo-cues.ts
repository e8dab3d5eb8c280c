/**
 * Places the gazetteer lacks, found by the words around them: "the province of Zabul", "near
 * Kupiansk", "in Hambantota, Sri Lanka", "in Saravan, Sistan and Baluchestan Province", "Bunagana,
 * a town on the border", "the ferry between Nagapattinam and Kankesanthurai", "the crossing at
 * Horgos", and the city of a dateline ("CHAMAN, Pakistan (Reuters) -"). The gazetteer keeps only big and regional cities, and
 * news of the genre happens in small towns, border crossings and provinces; a locative cue is what
 * makes an unknown capitalised word a place. Common English words never qualify ("near Parliament").
 */
import type { PlaceFact, PlaceKind } from '../shared/types.ts';

/** A place found by its cue, without an id (the geography stage gives ids). */
export type CuedPlaceFact = Omit<PlaceFact, 'id'>;
import type { GeoModel, GeoRef } from './model/geo.ts';
import type { PhraseHit } from './phrase-index.ts';
import { allMatches } from './regex.ts';

/** What is known of a cue-found place before it becomes a fact. */
interface CuedPlace {
  name: string;
  start: number;
  end: number;
  kind: PlaceKind;
  country: string | null;
}

// One to three capitalised words, never cut short inside a longer name or before a possessive.
const NAME = String.raw`(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2})(?![\p{L}'’-]| \p{Lu})`;
const NOUNS = 'town|city|village|port|province|state|region|district|governorate|oblast|county|prefecture';
// "the province of Zabul", "the border town of Torkham", "the port city of Gwadar"
const NOUN_OF = new RegExp(
  String.raw`\b(?:border |port |frontier |coastal |northern |southern |eastern |western )?(${NOUNS}) of ${NAME}`,
  'gu',
);
// "near Kupiansk", "outside Vovchansk"
const NEAR = new RegExp(String.raw`\b(?:near|outside) ${NAME}`, 'gu');
// "in Hambantota, Sri Lanka": a place followed by its country.
const IN_COUNTRY = new RegExp(
  String.raw`\b(?:in|at|near|from|to) ${NAME}, (\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)`,
  'gu',
);
// "Bunagana, a town on the Ugandan border"
const APPOSITION = new RegExp(
  String.raw`${NAME}, an? (?:small |border |frontier |port |coastal |remote |key |strategic |\p{Ll}+ern )?(${NOUNS})\b`,
  'gu',
);
// "the ferry service between Nagapattinam and Kankesanthurai", "flights between Termez and Mazar":
// what a link joins are places (people meet "between", links run between places).
// The link word is checked behind "between" once that matched: the scan looks for one word only.
const LINK_BETWEEN = new RegExp(
  String.raw`between(?<=\b(?:ferry|ferries|rail|railway|road|highway|bus|flights?|routes?|links?|services?|corridor|pipeline|connections?|trains?|shipping line) between) ${NAME} and ${NAME}`,
  'gu',
);
// "the border crossing at Horgos", "the crossing point of Astara"
const CROSSING_AT = new RegExp(String.raw`\bcrossings?(?: points?)? (?:at|of|near) ${NAME}`, 'gu');
// "CHAMAN, Pakistan (Reuters) -", "KUPIANSK, Ukraine, May 3 -": an upper-case city opening a line, then its country.
const DATELINE = /^([A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]{2,}){0,2}), ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/gm;
// "BUNAGANA (Reuters) -", "BUNAGANA, March 3 —": an upper-case city, an optional date or agency, then a dash.
// Five letters at least: shorter upper-case words before a dash are mostly agencies and acronyms ("IRNA -").
const DATELINE_DASH =
  /^([A-Z][A-Z'-]{4,}(?: [A-Z][A-Z'-]{2,}){0,2})(?:,[^\n()]{1,30}?)?\s*(?:\([\w .]{2,30}\))?\s*[-–—]{1,2}\s/gm;

const KIND_OF: Readonly<Record<string, PlaceKind>> = {
  province: 'country_part',
  state: 'country_part',
  governorate: 'country_part',
  district: 'country_part',
  oblast: 'country_part',
  county: 'country_part',
  prefecture: 'country_part',
  region: 'region',
};
// Words a sentence may put after a cue without naming a place ("near The", "outside Europe's").
// prettier-ignore
const NOT_PLACES = new Set([
  'The', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our', 'A', 'An', 'President', 'Prime', 'Minister', 'General',
  'Mr', 'Mrs', 'Ms', 'Dr', 'King', 'Queen', 'Prince', 'Sheikh', 'Emir', 'Sultan',
]);

/** Places named by a locative cue and missing from the gazetteer hits, once each. */
export function cuedPlaces(text: string, geo: GeoModel, hits: readonly PhraseHit<GeoRef>[]): CuedPlaceFact[] {
  const found = [
    ...nounOf(text),
    ...near(text),
    ...inCountry(text, geo, hits),
    ...appositions(text),
    ...datelines(text, geo),
    ...links(text),
    ...allMatches(CROSSING_AT, text).map((m) => cued(m, m[1] ?? '', 'other', null)),
  ];
  const out: CuedPlaceFact[] = [];
  for (const p of found) {
    if (!isNewName(p, geo, hits) || out.some((o) => o.name === p.name)) continue;
    // a small town the gazetteer holds but its gate kept out keeps its gazetteer entry
    const known = geo.placeByName.get(p.name.toLowerCase());
    out.push(
      known === undefined
        ? { name: p.name, kind: p.kind, country: p.country }
        : { name: known.name, kind: known.kind, country: known.country },
    );
  }
  return out;
}

function links(text: string): CuedPlace[] {
  return allMatches(LINK_BETWEEN, text).flatMap((m) => [
    cued(m, m[1] ?? '', 'city', null),
    cuedSecond(m, m[2] ?? ''),
  ]);
}

// The second name of a pair: found after the first, so "between Aden and Aden" cannot misplace it.
function cuedSecond(m: RegExpMatchArray, name: string): CuedPlace {
  const start = (m.index ?? 0) + m[0].lastIndexOf(name);
  return { name, start, end: start + name.length, kind: 'city', country: null };
}

function nounOf(text: string): CuedPlace[] {
  return allMatches(NOUN_OF, text).map((m) => cued(m, m[2] ?? '', KIND_OF[m[1] ?? ''] ?? 'city', null));
}

function near(text: string): CuedPlace[] {
  return allMatches(NEAR, text).map((m) => cued(m, m[1] ?? '', 'city', null));
}

// "in Saravan, Sistan and Baluchestan Province": a known province or region after the comma works as a country does.
function inCountry(text: string, geo: GeoModel, hits: readonly PhraseHit<GeoRef>[]): CuedPlace[] {
  return allMatches(IN_COUNTRY, text).flatMap((m) => {
    const country = geo.countryByWord.get((m[2] ?? '').toLowerCase());
    if (country !== undefined && country.names.includes(m[2] ?? ''))
      return [cued(m, m[1] ?? '', 'city', country.name)];
    const at = (m.index ?? 0) + m[0].length - (m[2] ?? '').length;
    const region = hits.find((h) => h.start === at)?.value;
    if (region?.type !== 'place' || (region.place.kind !== 'country_part' && region.place.kind !== 'region'))
      return [];
    return [cued(m, m[1] ?? '', 'city', region.place.country)];
  });
}

function appositions(text: string): CuedPlace[] {
  return allMatches(APPOSITION, text).map((m) => cued(m, m[1] ?? '', KIND_OF[m[2] ?? ''] ?? 'city', null));
}

function datelines(text: string, geo: GeoModel): CuedPlace[] {
  const head = text.slice(0, 600);
  const withCountry = allMatches(DATELINE, head).flatMap((m) => {
    const country = geo.countryByWord.get((m[2] ?? '').toLowerCase());
    if (country === undefined || !country.names.includes(m[2] ?? '')) return [];
    return [{ ...datelineCity(m), country: country.name }];
  });
  return [...withCountry, ...allMatches(DATELINE_DASH, head).map(datelineCity)];
}

function datelineCity(m: RegExpMatchArray): CuedPlace {
  const caps = m[1] ?? '';
  const name = caps
    .toLowerCase()
    .replace(/(^|[ '-])(\p{L})/gu, (_x, sep: string, c: string) => sep + c.toUpperCase());
  return { name, start: m.index ?? 0, end: (m.index ?? 0) + caps.length, kind: 'city', country: null };
}

function cued(m: RegExpMatchArray, name: string, kind: PlaceKind, country: string | null): CuedPlace {
  const start = (m.index ?? 0) + m[0].indexOf(name);
  return { name, start, end: start + name.length, kind, country };
}

// Known places keep their gazetteer entry; countries, demonyms and English words are no new place.
function isNewName(p: CuedPlace, geo: GeoModel, hits: readonly PhraseHit<GeoRef>[]): boolean {
  if (/['’]s$/.test(p.name)) return false; // "near Ahmed Khan's farm"
  const lower = p.name.toLowerCase();
  const first = p.name.split(' ')[0] ?? '';
  if (NOT_PLACES.has(first) || geo.countryByWord.has(lower) || geo.countryByWord.has(first.toLowerCase()))
    return false;
  if (hits.some((h) => h.start < p.end && p.start < h.end)) return false;
  const known = geo.placeByName.get(lower);
  if (known !== undefined && known.gated !== true) return false;
  return !p.name.split(' ').every((w) => geo.commonWords?.has(w.toLowerCase()) === true);
}
