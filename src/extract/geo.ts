/**
 * Geography stage: countries named or implied by a demonym ("Azeri counterpart" -> Azerbaijan),
 * and places below country level (cities, regions, seas). Capitals used for their governments
 * ("Baku and Yerevan agreed") are places, never country mentions.
 */
import type { NamedFact, PlaceFact, PlaceKind } from '../shared/types.ts';
import { cuedPlaces } from './geo-cues.ts';
import { findWaterNames, type WaterName } from './water-names.ts';
import { findPhrases, type PhraseHit } from './phrase-index.ts';
import { AMBIGUOUS_COUNTRY_NAMES, GIVEN_NAME_CITIES } from './model/geo-data.ts';
import type { CountryEntry, GeoModel, GeoRef } from './model/geo.ts';
import { slugify } from '../shared/slug.ts';

// Other states styled "Islamic Republic"; when one is named, the bare epithet is not Iran.
const OTHER_ISLAMIC_REPUBLICS = new Set(['PK', 'AF', 'MR']);
const AMBIGUOUS_NAMES = new Set([...AMBIGUOUS_COUNTRY_NAMES, ...GIVEN_NAME_CITIES]);
// "Shanghai Cooperation Organization", "Tehran Times", "Caucasus Herald": the place names a body, not a location.
// "the Astana peace process", "the Minsk format": the city names a negotiation, not where it is.
const NAMES_A_BODY =
  /^ (Cooperation|Times|Herald|Daily|News|Post|Gazette|Tribune|Bulletin|Review|University|Declaration|Format|Process|Group|Agency|Pact|Treaty|Protocol|Stock|Airport|Fleet|Flotilla|peace process|peace talks|process|format)\b/;

/** The country a single word or short phrase names: "Iranian" -> Iran, "Azeri" -> Azerbaijan, "US" -> United States. */
export function countryFromWord(word: string, geo: GeoModel): CountryEntry | null {
  const cleaned = word
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/, '');
  if (cleaned === 'us') return null;
  return geo.countryByWord.get(cleaned.toLowerCase()) ?? null;
}

/** Every geographic phrase in the text, in order, with offsets; the stage's finder step. */
export function findGeoMentions(text: string, geo: GeoModel): readonly PhraseHit<GeoRef>[] {
  const cached = recent.get(text);
  if (cached !== undefined && cached.geo === geo) return cached.hits;
  const all = findPhrases(text, geo.index);
  // "President Roberto Lima ... Lima said": once a name is a person's surname, it is one throughout.
  const surnames = new Set(all.filter((hit) => isSurnameAfterTitle(text, hit, geo)).map((hit) => hit.text));
  const hits = all.filter(
    (hit) => !surnames.has(hit.text) && !isPartOfLongerName(text, hit) && passesGate(text, hit),
  );
  if (recent.size >= RECENT_SCANS) recent.delete(recent.keys().next().value ?? '');
  recent.set(text, { geo, hits });
  return hits;
}

// The pipeline asks for countries, then places, of the same body, and the events stage asks
// again for each sentence of each event: the last few scans are kept (texts are compared by
// value, so a rebuilt copy of the same text hits too). Results are shared: callers never mutate.
const RECENT_SCANS = 32;
const recent = new Map<string, { geo: GeoModel; hits: readonly PhraseHit<GeoRef>[] }>();

/** Countries named in the text, once each, in order of first mention; id = ISO code. */
export function findCountries(text: string, geo: GeoModel): NamedFact[] {
  const hits = findGeoMentions(text, geo);
  const countries: CountryEntry[] = [];
  for (const hit of hits)
    if (hit.value.type === 'country' && hit.value.via !== 'epithet') countries.push(hit.value.country);
  for (const hit of hits) {
    const actor = capitalAsActor(text, hit, geo);
    if (actor !== null) countries.push(actor);
  }
  const otherIslamic = countries.some((c) => OTHER_ISLAMIC_REPUBLICS.has(c.code));
  for (const hit of hits) {
    if (hit.value.type === 'country' && hit.value.via === 'epithet' && !otherIslamic)
      countries.push(hit.value.country);
  }
  return uniqueBy(countries, (c) => c.code).map((c) => ({ id: c.code, name: c.name }));
}

/** Places below country level named in the text, once each; id = slug of the canonical name. */
export function findPlaces(text: string, geo: GeoModel): PlaceFact[] {
  const all = findGeoMentions(text, geo).filter(
    (hit) => !NAMES_A_BODY.test(text.slice(hit.end, hit.end + 14)) && !inRouteName(text, hit),
  );
  const water = newWaterNames(findWaterNames(text), all);
  // "Manila Bay", "Gulf of Guayaquil": a city inside a body of water's name is not a place of the story.
  const hits =
    water.length === 0 ? all : all.filter((h) => !water.some((w) => h.start < w.end && w.start < h.end));
  const places = hits.flatMap((hit) => (hit.value.type === 'place' ? [hit.value.place] : []));
  const facts = places.map((p) => ({ id: placeId(p.name), name: p.name, kind: p.kind, country: p.country }));
  const waters = water.map((w) => ({
    id: placeId(w.name),
    name: w.name,
    kind: 'sea' as const,
    country: null,
  }));
  const cued = cuedPlaces(text, geo, all).map((p) => ({ ...p, id: placeId(p.name) }));
  return uniqueBy([...facts, ...waters, ...namedFeatures(text, geo, all), ...cued], (p) => p.id);
}

/** Water names the gazetteer does not already know as one place ("Persian Gulf", "Strait of Malacca" are known). */
export function newWaterNames(water: readonly WaterName[], hits: readonly PhraseHit<GeoRef>[]): WaterName[] {
  return water.filter(
    (w) => !hits.some((h) => h.value.type === 'place' && h.start <= w.start && h.end >= w.end),
  );
}

const INFRASTRUCTURE =
  /^ (line|railway|railroad|rail link|road|highway|motorway|pipeline|corridor|route|bridge|gas pipeline)\b/;

// "Baku-Tbilisi-Ceyhan pipeline", "Kars-Tbilisi-Baku railway": three or more places joined by
// hyphens name a route, not places of the story ("Tehran-Baku ties" with two still counts).
function inRouteName(text: string, hit: PhraseHit<GeoRef>): boolean {
  let from = hit.start;
  while (from > 0 && /[\p{L}-]/u.test(text.charAt(from - 1))) from--;
  let to = hit.end;
  while (to < text.length && /[\p{L}-]/u.test(text.charAt(to))) to++;
  const places = text
    .slice(from, to)
    .split('-')
    .filter((part) => /^\p{Lu}/u.test(part)).length;
  // Two are enough when the chain names infrastructure: "the Turkmenabat-Farap line".
  return places >= 3 || (places === 2 && INFRASTRUCTURE.test(text.slice(to, to + 16)));
}

// "the Khor Abdullah waterway", "Idlib province", "the Panjshir valley": a proper name before a
// small-letter geographic noun names a place the gazetteer may lack. The nouns are rare, so the
// scan looks for them first and only then reads the words before each.
const FEATURE_NOUN =
  /\b(waterway|river|strait|valley|province|governorate|district|region|mountains|lake|island|islands|peninsula|gorge|pass|border crossing|crossing|county|Province|Governorate|County|Oblast|Prefecture)\b/g;
// "the Tovuz border district": a describing word may stand between the name and the noun.
const NAME_BEFORE =
  /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}) (?:(?:border|frontier|coastal|mountainous|mountain|rural|northern|southern|eastern|western|central) )?$/u;
const FEATURE_KIND: Readonly<Record<string, PlaceKind>> = {
  waterway: 'sea',
  strait: 'sea',
  river: 'other',
  lake: 'other',
  'border crossing': 'other',
  crossing: 'other',
  pass: 'other',
  province: 'country_part',
  governorate: 'country_part',
  district: 'country_part',
  county: 'country_part',
  Province: 'country_part',
  Governorate: 'country_part',
  County: 'country_part',
  Oblast: 'country_part',
  Prefecture: 'country_part',
};
// Words that may open a sentence before a feature noun without naming it ("The region", "Each province").
const NOT_A_NAME = new Set([
  'The',
  'This',
  'That',
  'These',
  'Those',
  'Each',
  'Every',
  'Whole',
  'Entire',
  'Our',
  'Their',
  'Its',
  'His',
  'Her',
  'A',
  'An',
  'Border',
  'Southern',
  'Northern',
  'Eastern',
  'Western',
  'Central',
]);

function namedFeatures(text: string, geo: GeoModel, hits: readonly PhraseHit<GeoRef>[]): PlaceFact[] {
  const out: PlaceFact[] = [];
  FEATURE_NOUN.lastIndex = 0;
  for (let m = FEATURE_NOUN.exec(text); m !== null; m = FEATURE_NOUN.exec(text)) {
    const from = Math.max(0, m.index - 60);
    const before = NAME_BEFORE.exec(text.slice(from, m.index));
    if (before === null) continue;
    const name = (before[1] ?? '').replace(/['’]s$/, '');
    const first = name.split(' ')[0] ?? '';
    if (
      NOT_A_NAME.has(first) ||
      geo.countryByWord.has(name.toLowerCase()) ||
      geo.countryByWord.has(first.toLowerCase()) ||
      // "the Armenian-Azerbaijani border region" names a border, not a place
      name.split(/[- ]/).some((part) => geo.countryByWord.has(part.toLowerCase()))
    )
      continue;
    const at = from + before.index + before[0].indexOf(before[1] ?? '');
    const end = m.index + m[0].length;
    // Already found by the gazetteer under its canonical name ("Kurdistan region" -> "Kurdistan Region").
    if (hits.some((h) => h.start < end && at < h.end)) continue;
    // "Marsabit County": a gated town the gate kept out (a capital follows it) is named by its feature noun.
    const known = geo.placeByName.get(name.toLowerCase());
    if (known !== undefined && known.gated !== true) continue;
    const kind = FEATURE_KIND[m[1] ?? ''] ?? 'region';
    out.push({
      id: placeId(known?.name ?? name),
      name: known?.name ?? name,
      kind: known?.kind ?? kind,
      country: known?.country ?? null,
    });
  }
  return out;
}

/** The country a place lies in: "Baku" -> "Azerbaijan"; a country name returns itself; null when unknown. */
export function placeCountry(placeName: string, geo: GeoModel): string | null {
  const key = placeName.trim().toLowerCase();
  const place = geo.placeByName.get(key);
  if (place !== undefined) return place.country;
  return geo.countryByWord.get(key)?.name ?? null;
}

/** Stable id of a place fact: "place:" + slug ("place:nagorno-karabakh"). */
export function placeId(name: string): string {
  return `place:${slugify(name)}`;
}

// A capital standing for its government ("Baku and Yerevan should remain committed", "Moscow
// rejected the offer") names its country; a capital as a location ("talks in Baku", "visit to
// Tehran", "the Azeri capital city of Baku") or a dateline ("TEHRAN -") does not.
const LOCATIVE =
  /\b(in|at|to|from|into|near|outside|inside|around|of|via|visits?|visited|visiting|toward|towards|reached|left|arrived|capital|city|over|across|through|for|on|between)\s+(the\s+)?$/i;
// Earlier members of a list share the first member's status: "in Baku, Ganja and Shusha".
const LIST_TAIL = /(?:\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*\s*(?:,|and|&)\s*)+$/u;

function capitalAsActor(text: string, hit: PhraseHit<GeoRef>, geo: GeoModel): CountryEntry | null {
  if (hit.value.type !== 'place' || hit.value.place.capital !== true || hit.value.place.country === null)
    return null;
  if (NAMES_A_BODY.test(text.slice(hit.end, hit.end + 14))) return null;
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, hit.start - 80), hit.start);
  if (before.trim().length === 0 && /^\s*[-–—,(]/.test(text.slice(hit.end, hit.end + 3))) return null;
  // The list pattern is costly; only a text ending in "," / "and" / "&" can hold a list tail.
  const head = /(,|\band|&)\s*$/.test(before) ? before.replace(LIST_TAIL, '') : before;
  if (LOCATIVE.test(head) || (head !== before && LOCATIVE.test(head.trimEnd() + ' '))) return null;
  return geo.countryByWord.get(hit.value.place.country.toLowerCase()) ?? null;
}

// A small town's name is also often a surname or a word: it counts only right after a locative
// cue and when no capitalised word follows ("in Chaman", "near the town of Gabala").
const GATE_BEFORE =
  /\b(?:in|at|near|outside|from|to|into|towards?|(?:town|city|village|port|district|province|region|crossing) of)\s+(?:the\s+)?(?:(?:border|frontier|northern|southern|eastern|western|central|\p{Ll}+ern)\s+)?(?:(?:town|city|village|port)\s+(?:of\s+)?)?$/u;

function passesGate(text: string, hit: PhraseHit<GeoRef>): boolean {
  if (hit.value.type !== 'place' || hit.value.place.gated !== true) return true;
  if (isDateline(text, hit)) return true;
  if (/^ \p{Lu}/u.test(text.slice(hit.end, hit.end + 2))) return false;
  return GATE_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start));
}

// "CHAMAN, Pakistan (Reuters) -", "Chaman (AFP) -": a town opening a line before a comma, an agency or a dash.
function isDateline(text: string, hit: PhraseHit<GeoRef>): boolean {
  return (
    (hit.start === 0 || text.charAt(hit.start - 1) === '\n') &&
    /^(?:, \p{Lu}| \(| [-–—])/u.test(text.slice(hit.end, hit.end + 3))
  );
}

// "Chad Smith", "Jordan Peterson", "Sofia Rossi": a country or city name that is also a given
// name counts only when no capitalised word follows it.
function isPartOfLongerName(text: string, hit: PhraseHit<GeoRef>): boolean {
  if (!AMBIGUOUS_NAMES.has(hit.text)) return false;
  return /^ [A-Z][a-z]/.test(text.slice(hit.end, hit.end + 3));
}

// "President Roberto Lima", "Finance Minister Carlos Lima": after an office and a given name, a
// place name is the person's surname. Not in a title-case headline: "Defence Minister Visits Baku".
// Read backwards character by character: this runs for every gazetteer hit.
const SMALL_WORD = /\s\p{Ll}{4,}/u;

function isSurnameAfterTitle(text: string, hit: PhraseHit<GeoRef>, geo: GeoModel): boolean {
  if (geo.personTitles === undefined || text.charAt(hit.start - 1) !== ' ') return false;
  if (hit.value.type === 'country' && hit.value.via !== 'name') return false;
  const given = wordBefore(text, hit.start - 1);
  if (given === null || !isCapital(text.charAt(given))) return false;
  const title = wordBefore(text, given - 1, true);
  if (title === null || !geo.personTitles.has(text.slice(title, given - 1).replace(/\.$/, '').toLowerCase())) return false;
  const lineStart = text.lastIndexOf('\n', hit.start) + 1;
  const lineEnd = text.indexOf('\n', hit.end);
  return SMALL_WORD.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd));
}

// Start of the word that ends just before `space` (a space), or null; a title may end in a dot ("Dr.").
function wordBefore(text: string, space: number, dot = false): number | null {
  if (text.charAt(space) !== ' ') return null;
  let i = space - 1;
  if (dot && text.charAt(i) === '.') i--;
  while (i >= 0 && /[\p{L}'’-]/u.test(text.charAt(i))) i--;
  return i + 1 < space - (dot && text.charAt(space - 1) === '.' ? 1 : 0) ? i + 1 : null;
}

function isCapital(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}
