/**
 * Geography stage: countries named or implied by a demonym ("Azeri counterpart" -> Azerbaijan),
 * and places below country level (cities, regions, seas). Capitals used for their governments
 * ("Baku and Yerevan agreed") are places, never country mentions.
 */
import type { NamedFact, PlaceFact } from '../shared/types.ts';
import { findPhrases, type PhraseHit } from './phrase-index.ts';
import { AMBIGUOUS_COUNTRY_NAMES } from './model/geo-data.ts';
import type { CountryEntry, GeoModel, GeoRef } from './model/geo.ts';

// Other states styled "Islamic Republic"; when one is named, the bare epithet is not Iran.
const OTHER_ISLAMIC_REPUBLICS = new Set(['PK', 'AF', 'MR']);
const AMBIGUOUS_NAMES = new Set(AMBIGUOUS_COUNTRY_NAMES);

/** The country a single word or short phrase names: "Iranian" -> Iran, "Azeri" -> Azerbaijan, "US" -> United States. */
export function countryFromWord(word: string, geo: GeoModel): CountryEntry | null {
  const cleaned = word.trim().replace(/^the\s+/i, '').replace(/['’]s$/, '');
  if (cleaned === 'us') return null;
  return geo.countryByWord.get(cleaned.toLowerCase()) ?? null;
}

/** Every geographic phrase in the text, in order, with offsets; the stage's finder step. */
export function findGeoMentions(text: string, geo: GeoModel): PhraseHit<GeoRef>[] {
  return findPhrases(text, geo.index).filter((hit) => !isPartOfLongerName(text, hit));
}

/** Countries named in the text, once each, in order of first mention; id = ISO code. */
export function findCountries(text: string, geo: GeoModel): NamedFact[] {
  const hits = findGeoMentions(text, geo);
  const countries: CountryEntry[] = [];
  for (const hit of hits) if (hit.value.type === 'country' && hit.value.via !== 'epithet') countries.push(hit.value.country);
  const otherIslamic = countries.some((c) => OTHER_ISLAMIC_REPUBLICS.has(c.code));
  for (const hit of hits) {
    if (hit.value.type === 'country' && hit.value.via === 'epithet' && !otherIslamic) countries.push(hit.value.country);
  }
  return uniqueBy(countries, (c) => c.code).map((c) => ({ id: c.code, name: c.name }));
}

/** Places below country level named in the text, once each; id = slug of the canonical name. */
export function findPlaces(text: string, geo: GeoModel): PlaceFact[] {
  const places = findGeoMentions(text, geo).flatMap((hit) => (hit.value.type === 'place' ? [hit.value.place] : []));
  return uniqueBy(places, (p) => p.name).map((p) => ({ id: placeId(p.name), name: p.name, kind: p.kind, country: p.country }));
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
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `place:${slug}`;
}

// "Chad Smith", "Jordan Peterson": a country name that is also a given name counts only when
// no capitalised word follows it.
function isPartOfLongerName(text: string, hit: PhraseHit<GeoRef>): boolean {
  if (hit.value.type !== 'country' || !AMBIGUOUS_NAMES.has(hit.text)) return false;
  return /^ [A-Z][a-z]/.test(text.slice(hit.end, hit.end + 3));
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}
