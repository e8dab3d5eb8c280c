/**
 * Organizations stage: known bodies by name or short form ("CSTO", "Tasnim News Agency"), state
 * bodies named after their country ("Iran's Armed Forces" -> "Iranian Armed Forces"), other
 * capitalised phrases headed by an organization word ("Iran-Azerbaijan Joint Economic
 * Commission", "Ministry of Foreign Affairs of Oman"), and transliterated party and group names
 * ("Pakistan Tehreek-i-Insaf", "Jaish al-Adl"). A short phrase whose words all appear in a longer
 * one found in the same text ("the Joint Commission") is the same body and is dropped. A known body
 * keeps the article's spelling unless the article spells an acronym out ("Collective Security
 * Treaty Organization (CSTO)", or the full name anywhere), the form is one the reference writes
 * otherwise ("MNA", "UN", "Nato") or the article defines the acronym for another body ("Pakistan
 * Tehreek-e-Insaf (PTI)"). "Nato-led X" names two bodies; a row of section names is a menu.
 */
import type { NamedFact } from '../shared/types.ts';
import { findPhrases, type PhraseHit } from './phrase-index.ts';
import type { OrganizationEntry, OrganizationModel } from './model/organizations.ts';
import { slugify } from '../shared/slug.ts';

interface Token {
  text: string;
  start: number;
  end: number;
}

const CONNECTORS = new Set(['and', '&', 'for', 'on']);
// Tokens of a capitalised run: words (with inner hyphens and apostrophes) separated by single spaces.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|&/gu;

// Known bodies keep the form the article uses ("AP", "ISIS": what a reader and the reference
// expect) under the canonical id, so articles that spell one body differently still share a node;
// an acronym the article spells out ("the Collective Security Treaty Organization (CSTO)") is named in full.
/** Organizations named in the text, once each, in order of first mention; id = "org:" + slug. */
export function findOrganizations(text: string, model: OrganizationModel): NamedFact[] {
  const ids = new Map<string, string>();
  const names: string[] = [];
  const hits = findPhrases(text, model.index);
  const spelledOut = expansions(text, hits);
  const patterned = patternOrganizations(text, model);
  const defined = definedAcronyms(text, [...hits.map(displayForm), ...patterned]);
  for (const hit of hits) {
    if (afterParticle(text, hit.start, model) || isStateReading(text, hit, patterned, model)) continue;
    // "Pakistan Tehreek-e-Insaf (PTI)": the article's own definition beats the model's "PTI"
    const definition = defined.get(hit.text);
    if (definition !== undefined) {
      names.push(definition);
      continue;
    }
    const surface = spelledOut.get(hit.value) ?? displayForm(hit);
    ids.set(surface.toLowerCase(), organizationId(hit.value.name));
    names.push(surface);
  }
  const knownSpans = hits.map((hit) => hit.text.toLowerCase());
  names.push(
    ...patterned.filter((name) => !insideKnown(name, knownSpans, ids) && !pastKnown(name, knownSpans, model)),
  );
  const kept = dropSubsumed(officialStateForms(uniqueNames(names), model), (name) =>
    ids.has(name.toLowerCase()),
  );
  return uniqueBy(kept.map((name) => ({ id: ids.get(name.toLowerCase()) ?? organizationId(name), name })));
}

// "Armenia's Security Council", "the Security Council of Kazakhstan": a known body's bare name
// with a country is that country's body, which the pattern stage named.
function isStateReading(
  text: string,
  hit: PhraseHit<OrganizationEntry>,
  patterned: string[],
  model: OrganizationModel,
): boolean {
  const unit = model.stateUnits.get(hit.text.toLowerCase());
  if (unit === undefined) return false;
  const before = /(\p{L}+)(?:['’]s)?\s+$/u.exec(text.slice(Math.max(0, hit.start - 40), hit.start))?.[1];
  const after = /^\s+of\s+(?:the\s+)?(\p{Lu}\p{L}+)/u.exec(text.slice(hit.end, hit.end + 40))?.[1];
  return [before, after].some((word) => {
    const adjective = word === undefined ? undefined : model.adjectives.get(word.toLowerCase());
    return (
      adjective !== undefined &&
      (patterned.includes(`${adjective} ${unit}`) || patterned.includes(`${word} ${unit}`))
    );
  });
}

// "Tehrik-i-Taliban": a known name joined by a particle is a word of a longer transliterated name.
function afterParticle(text: string, at: number, model: OrganizationModel): boolean {
  if (text.charAt(at - 1) !== '-') return false;
  const m = /[-\s]([a-z]{1,3})-$/.exec(text.slice(Math.max(0, at - 5), at));
  return m !== null && model.groupParticles.has(m[1] ?? '');
}

// "TASS Russian News Agency" is TASS: a pattern name read inside a known body's words is no second body.
function insideKnown(name: string, knownSpans: string[], ids: Map<string, string>): boolean {
  const lower = name.toLowerCase();
  return !ids.has(lower) && knownSpans.some((span) => span.includes(lower));
}

// "the Council of Europe Alain Berset": words after a known body that hold no head word are a
// person; "KABAR International News Agency" is the agency describing itself.
function pastKnown(name: string, knownSpans: string[], model: OrganizationModel): boolean {
  const lower = name.toLowerCase();
  return knownSpans.some((span) => {
    if (!lower.startsWith(`${span} `)) return false;
    const rest = name.slice(span.length + 1).split(' ');
    return !rest.some((w) => isHead(w, model)) || rest.every((w) => model.agencyDescriptors.has(w));
  });
}

// "MNA" in a dateline is the outlet's own shorthand: readers name the Mehr News Agency.
function displayForm(hit: PhraseHit<OrganizationEntry>): string {
  if (isHouseForm(hit)) return hit.value.name;
  return hit.text.replace(/[’]/g, "'");
}

// "the Russian news agency TASS" is the house form "Russian News Agency TASS" in small letters.
function isHouseForm(hit: PhraseHit<OrganizationEntry>): boolean {
  const forms = hit.value.houseForms;
  if (forms === undefined) return false;
  const lower = hit.text.toLowerCase();
  return forms.some((form) => form.toLowerCase() === lower);
}

// "(PTI)", "(JeM)", "(PML-N)": an acronym in brackets, as an article defines one.
const BRACKETED_ACRONYM = /\(\s*(\p{Lu}[\p{L}]*\p{Lu}(?:-\p{Lu}+)?)\s*\)/gu;

/**
 * Acronyms the text defines right after a name found as an organization ("the Justice and
 * Development Party (AKP)", "Jaish al-Adl (JAA)"): acronym -> that name.
 */
function definedAcronyms(text: string, found: string[]): Map<string, string> {
  const defined = new Map<string, string>();
  BRACKETED_ACRONYM.lastIndex = 0;
  for (let m = BRACKETED_ACRONYM.exec(text); m !== null; m = BRACKETED_ACRONYM.exec(text)) {
    const acronym = m[1] ?? '';
    const before = text.slice(Math.max(0, m.index - 120), m.index).trimEnd();
    const name = found.find(
      (n) => n !== acronym && before.endsWith(n) && !isWordChar(before, before.length - n.length - 1),
    );
    if (name !== undefined && !defined.has(acronym)) defined.set(acronym, name);
  }
  return defined;
}

function isWordChar(text: string, at: number): boolean {
  return at >= 0 && /[\p{L}\p{N}]/u.test(text.charAt(at));
}

// "Anadolu Agency (AA)", "the IAEA (International Atomic Energy Agency)": the longer form names
// the body; so does a spelled-out form anywhere in the text ("the IAEA ... the International Atomic
// Energy Agency").
function expansions(text: string, hits: PhraseHit<OrganizationEntry>[]): Map<OrganizationEntry, string> {
  const full = adjacentExpansions(text, hits);
  // the longest spelled-out form of each body, the first of equal length
  const longest = new Map<OrganizationEntry, string>();
  for (const hit of hits) {
    if (!hit.text.includes(' ') || isHouseForm(hit)) continue;
    const form = displayForm(hit);
    if (form.length > (longest.get(hit.value)?.length ?? 0)) longest.set(hit.value, form);
  }
  for (const hit of hits) {
    const form = longest.get(hit.value);
    if (form !== undefined && !full.has(hit.value) && isAcronym(hit.text) && !isHouseForm(hit))
      full.set(hit.value, form);
  }
  return full;
}

// "IAEA", "U.N.", "IsDB": capitals (and dots) with no space.
function isAcronym(text: string): boolean {
  return !text.includes(' ') && /^\p{Lu}[\p{L}.]*\p{Lu}\.?$/u.test(text);
}

function adjacentExpansions(
  text: string,
  hits: PhraseHit<OrganizationEntry>[],
): Map<OrganizationEntry, string> {
  const full = new Map<OrganizationEntry, string>();
  hits.forEach((hit, i) => {
    const next = hits[i + 1];
    if (next === undefined || next.value !== hit.value) return;
    if (
      !/^\s*\(\s*$/.test(text.slice(hit.end, next.start)) ||
      !/^\s*\)/.test(text.slice(next.end, next.end + 3))
    )
      return;
    const longer = next.text.length > hit.text.length ? next.text : hit.text;
    if (!full.has(hit.value)) full.set(hit.value, longer.replace(/[’]/g, "'"));
  });
  return full;
}

function uniqueBy(facts: NamedFact[]): NamedFact[] {
  const seen = new Set<string>();
  return facts.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}

/**
 * Adds the organizations a page credits (`ArticleMetadata.credited`: "Press TV", "AFP") to those
 * found in the text, under their canonical names ("Tasnim" -> "Tasnim News Agency"), once each.
 */
export function withCredits(found: NamedFact[], credited: string[], model: OrganizationModel): NamedFact[] {
  const credits = credited.flatMap((name) => {
    // "DAILY SABAH WITH AA" credits the Daily Sabah: a known body inside a credit names it
    const known = findPhrases(name, model.index)[0];
    if (known !== undefined) return [{ id: organizationId(known.value.name), name: displayForm(known) }];
    // "News ID 84512": a page's story number, not an outlet
    return /\d{3}/.test(name) ? [] : [{ id: organizationId(name), name }];
  });
  return uniqueBy([...found, ...credits]);
}

// "(Photo: Press TV)", "Photo by Jane Roe/AFP", "File photo: Reuters", "[Image: IRNA]": the credited
// name runs to the end of the bracket or line.
const PHOTO_CREDIT =
  /\b(?:(?:file )?photos?|images?|pictures?|photo credit|credit|courtesy)\s*(?:by|:|-|–)\s*([^\n)\]]{2,80})/gi;
// "(Tasnim photo)", "(AFP file photo)": the outlet before the word.
const OUTLET_PHOTO = /[([]([^()[\]\n]{2,40}?)\s+(?:file\s+)?photo[)\]]/gi;

// Substrings without which no credit can match: a few string searches, no case-insensitive regex.
const CREDIT_WORDS = 'hoto HOTO mage MAGE icture ICTURE redit REDIT ourtesy OURTESY'.split(' ');

/**
 * Known outlets the page credits outside its story: for a picture ("(Photo: Press TV)") or in its
 * first and last short lines ("Follow Press TV on Instagram", "IRNA English"), once each. `kept`
 * is the cleaned text the organizations stage reads: a line still in it needs no second look.
 */
export function pageCredits(text: string, kept: string, model: OrganizationModel): string[] {
  return [...new Set([...photoCredits(text, model), ...edgeOutlets(text, kept, model)])];
}

// Header and footer lines: menus, mastheads, copyright and "follow us" lines.
const HEAD_LINES = 6;
const FOOT_LINES = 20;
const EDGE_LINE_CHARS = 120;

function edgeOutlets(text: string, kept: string, model: OrganizationModel): string[] {
  const lines: string[] = [];
  for (const line of edgeLines(text)) {
    const trimmed = line.trim();
    if (trimmed.length > 0 && trimmed.length <= EDGE_LINE_CHARS && !kept.includes(trimmed))
      lines.push(trimmed);
  }
  // one scan of the lines joined: no phrase spans a line break
  if (lines.length === 0) return [];
  return findPhrases(lines.join('\n'), model.index).flatMap((hit) =>
    model.outlets.has(hit.value) ? [hit.text] : [],
  );
}

// The first and last lines, found from both ends without splitting the whole text.
function edgeLines(text: string): string[] {
  const head: string[] = [];
  let from = 0;
  while (head.length < HEAD_LINES && from < text.length) {
    const nl = text.indexOf('\n', from);
    const to = nl === -1 ? text.length : nl;
    head.push(text.slice(from, to));
    from = to + 1;
  }
  const foot: string[] = [];
  let to = text.length;
  while (foot.length < FOOT_LINES && to > from) {
    const nl = text.lastIndexOf('\n', to - 1);
    const start = Math.max(nl + 1, from);
    foot.push(text.slice(start, to));
    to = nl;
  }
  return [...head, ...foot];
}

/**
 * Known outlets credited for a picture ("(Photo: Press TV)", "Photo by X/AFP"), read before the page
 * chrome that holds them is removed: the outlet is a source of the story. Unknown names (a
 * photographer) are left out.
 */
function photoCredits(text: string, model: OrganizationModel): string[] {
  if (!CREDIT_WORDS.some((w) => text.includes(w))) return [];
  const out: string[] = [];
  for (const re of [PHOTO_CREDIT, OUTLET_PHOTO]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
      for (const hit of findPhrases(m[1] ?? '', model.index)) out.push(hit.text);
  }
  return out;
}

/**
 * Adds the page's outlet ("© MOLDPRES 2022", a "Dawn" footer) when it is a known body: an unknown
 * outlet string may be a site's slogan or a portal, a known one is the source of the story.
 */
export function withOutlet(found: NamedFact[], outlet: string | null, model: OrganizationModel): NamedFact[] {
  const known = outlet === null ? undefined : findPhrases(outlet, model.index)[0];
  if (known === undefined) return found;
  return uniqueBy([...found, { id: organizationId(known.value.name), name: displayForm(known) }]);
}

/** Stable id of an organization fact: "org:" + slug, without a leading "the" ("org:iranian-armed-forces"). */
export function organizationId(name: string): string {
  return `org:${slugify(name.replace(/^the\s+/i, ''))}`;
}

// Splits the text into runs of tokens joined by single spaces; punctuation ends a run.
function capitalisedRuns(text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const token = { text: m[0], start: m.index, end: m.index + m[0].length };
    const prev = run[run.length - 1];
    if (prev !== undefined && !/^\s$/.test(text.slice(prev.end, token.start))) {
      runs.push(run);
      run = [];
    }
    run.push(token);
  }
  runs.push(run);
  return runs.filter((r) => r.some((t) => isCapitalised(t.text)));
}

// Only the few places where a head word occurs are tokenised: a window of the line around it.
function patternOrganizations(text: string, model: OrganizationModel): string[] {
  const out: string[] = [];
  const heads = model.headPattern;
  heads.lastIndex = 0;
  for (let m = heads.exec(text); m !== null; m = heads.exec(text)) {
    const from = windowStart(text, m.index);
    const to = windowEnd(text, m.index + m[0].length);
    const at = m.index - from;
    for (const run of capitalisedRuns(text.slice(from, to))) {
      const i = run.findIndex((t) => t.start === at);
      if (i !== -1) out.push(...tokenOrganizations(run, i, model));
    }
  }
  return out;
}

const WINDOW = 160;

function windowStart(text: string, at: number): number {
  const line = text.lastIndexOf('\n', at) + 1;
  if (at - line <= WINDOW) return line;
  const space = text.indexOf(' ', at - WINDOW);
  return space === -1 || space >= at ? at : space + 1;
}

function windowEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  const lineEnd = nl === -1 ? text.length : nl;
  return Math.min(lineEnd, at + WINDOW);
}

function tokenOrganizations(run: Token[], i: number, model: OrganizationModel): string[] {
  const out: string[] = [];
  const token = run[i];
  if (token === undefined) return out;
  // "the Omani Ministry of Defence" is one name: the opening reading wins over "Omani Ministry"
  const initial =
    model.openingWords.has(token.text) && run[i + 1]?.text === 'of' && !endsStateName(run, i, model)
      ? headInitial(run, i, model)
      : null;
  const final = initial === null && isHead(token.text, model) ? headFinal(run, i, model) : null;
  for (const name of [final, initial]) if (name !== null) out.push(name);
  const group = groupName(run, i, model);
  if (group !== null) out.push(group);
  return out;
}

// "the Security Council of Kazakhstan": the opening word ends a name that "of <country>" completes,
// and no "Council of Kazakhstan" stands alone.
function endsStateName(run: Token[], i: number, model: OrganizationModel): boolean {
  const prev = run[i - 1]?.text ?? '';
  return isCapitalised(prev) && !model.stopWords.has(prev) && ofCountry(run, i + 1, model).length > 0;
}

// "League", or "League-Nawaz" and "Movement-Pakistan": a party's wing after the hyphen.
function isHead(token: string, model: OrganizationModel): boolean {
  // "the Pakistan Army's role": the possessive ends the name
  const word = token.replace(/['’]s$/, '');
  if (model.headWords.has(word)) return true;
  const dash = word.indexOf('-');
  return dash > 0 && model.headWords.has(word.slice(0, dash)) && isCapitalised(word.slice(dash + 1));
}

/**
 * "Pakistan Tehreek-i-Insaf", "Jaish al-Adl", "Hizb ut-Tahrir", "Tehrik-i-Taliban Pakistan": a
 * group word joined to a particle starts a transliterated name, which runs on over particle-joined
 * words and country names. Without a particle ("Ansar Abbasi") the word is a given name.
 */
function groupName(run: Token[], i: number, model: OrganizationModel): string | null {
  const token = run[i];
  if (token === undefined) return null;
  const parts = token.text.split(/[-'’]/);
  if (!model.groupWords.has(parts[0] ?? '')) return null;
  const joined = parts.length >= 3 && model.groupParticles.has((parts[1] ?? '').toLowerCase());
  if (!joined && !hasParticle(run[i + 1], model)) return null;
  let first = i;
  while (first > 0 && isGroupLead(run[first - 1]?.text ?? '', model)) first--;
  let last = i;
  while (last + 1 < run.length && last - i < 3) {
    const next = run[last + 1];
    if (next === undefined || !(hasParticle(next, model) || isCountryName(next.text, model))) break;
    last++;
  }
  return run
    .slice(first, last + 1)
    .map((t) => t.text.replace(/[’]/g, "'"))
    .join(' ');
}

// "al-Adl", "ut-Tahrir", "Ulema-e-Islam": a word with a particle at its start or inside.
function hasParticle(token: Token | undefined, model: OrganizationModel): boolean {
  if (token === undefined) return false;
  const parts = token.text.toLowerCase().split(/[-'’]/);
  if (parts.length < 2) return false;
  return (
    model.groupParticles.has(parts[0] ?? '') ||
    (parts.length >= 3 && model.groupParticles.has(parts[1] ?? ''))
  );
}

// "Pakistan Tehreek-i-Insaf", "Muttahida Majlis-e-Amal": a country or a transliterated qualifier.
function isGroupLead(word: string, model: OrganizationModel): boolean {
  return model.groupQualifiers.has(word) || isCountryName(word, model);
}

// "Pakistan" belongs to "Pakistan Tehreek-i-Insaf"; a demonym ("the Afghan Hezb-e-Islami") does not.
function isCountryName(word: string, model: OrganizationModel): boolean {
  const adjective = model.adjectives.get(word.toLowerCase());
  return isCapitalised(word) && adjective !== undefined && adjective !== word;
}

// "Iran-Azerbaijan Joint Economic Commission": extend left over capitalised words and "and".
function headFinal(run: Token[], head: number, model: OrganizationModel): string | null {
  const { first, possessor } = nameStart(run, head, model);
  if (isPortfolio(run, first, head)) return null;
  const owned = /['’]s$/.test(run[head]?.text ?? '');
  const words = run.slice(first, head + 1).map((t) => t.text.replace(/[’]/g, "'"));
  if (owned) words[words.length - 1] = (words[words.length - 1] ?? '').replace(/'s$/, '');
  // "Iran's Armed Forces" -> "Iranian Armed Forces": a country possessor makes a state body.
  const state = possessor === null ? null : stateBody([possessor, ...words], model);
  if (state !== null) return state;
  if (owned || words.length < 2) return nameFromWords(words, model);
  const purpose = forPurpose(run, head + 1, model);
  return nameFromWords(
    [...words, ...(purpose.length > 0 ? purpose : ofCountry(run, head + 1, model))],
    model,
  );
}

// "Saudi Arabia's", "Sri Lanka's": a possessor of two or three words is read whole.
function countryPossessor(run: Token[], at: number, model: OrganizationModel): string {
  const own = (run[at]?.text ?? '').replace(/[’]/g, "'");
  for (let k = Math.max(0, at - 2); k < at; k++) {
    const words = run.slice(k, at + 1).map((t) => t.text.replace(/[’]/g, "'"));
    const phrase = words.join(' ');
    if (words.every(isCapitalised) && model.adjectives.has(phrase.replace(/'s$/, '').toLowerCase()))
      return phrase;
  }
  return own;
}

// "Agency for Mine Action", "Institute for Peace and Democracy", "Commission on Trade": the remit.
function forPurpose(run: Token[], at: number, model: OrganizationModel): string[] {
  const word = run[at]?.text ?? '';
  if (word !== 'for' && word !== 'on') return [];
  const words = [word];
  let j = at + 1;
  if (run[j]?.text === 'the') {
    words.push('the');
    j++;
  }
  for (; j < run.length; j++) {
    const t = run[j]?.text ?? '';
    if (t === 'and' && isCapitalised(run[j + 1]?.text ?? '')) words.push(t);
    else if (isCapitalised(t) && !model.stopWords.has(t) && !/['’]s$/.test(t)) words.push(t);
    else break;
  }
  return isCapitalised(words.at(-1) ?? '') ? words : [];
}

// "Minister of Defence and Armed Forces Logistics": words joined by "and" right after "<Title> of"
// are the title's portfolio, not a body.
function isPortfolio(run: Token[], first: number, head: number): boolean {
  if (run[first - 1]?.text !== 'of' || !isCapitalised(run[first - 2]?.text ?? '')) return false;
  return run.slice(first, head).some((t) => t.text === 'and') && TITLE_WORDS.has(run[first - 2]?.text ?? '');
}

// Titles whose "of ..." names a portfolio.
const TITLE_WORDS = new Set(['Minister', 'Ministers', 'Secretary', 'Commissioner']);

// Where a name ending at `head` starts, over capitalised words and inner "and"/"of", and the
// country possessive before it ("Iran's"), if any.
function nameStart(
  run: Token[],
  head: number,
  model: OrganizationModel,
): { first: number; possessor: string | null } {
  let first = head;
  let possessor: string | null = null;
  for (let j = head - 1; j >= 0; j--) {
    const t = run[j]?.text ?? '';
    // "Argentine Navy and Chilean Navy": a head word before "and" ends another body; the list is two.
    // "Uzbekistan Railways JSC and ...", "Majlis-e-Amal and ...": a legal form or group name ends the other body too.
    const prev = run[j - 1]?.text ?? '';
    if (
      CONNECTORS.has(t) &&
      j > 0 &&
      isCapitalised(prev) &&
      !model.headWords.has(prev) &&
      !model.legalForms.has(prev) &&
      !model.groupWords.has(prev.split(/[-'’]/)[0] ?? '')
    )
      continue;
    // "Joint Chiefs of Staff Committee": "of" between two name words, not after a title ("Chief of Staff").
    if (
      t === 'of' &&
      j > 0 &&
      isCapitalised(run[j - 1]?.text ?? '') &&
      !model.stopWords.has(run[j - 1]?.text ?? '')
    )
      continue;
    // "Prime Minister's Office": a title in the possessive still stops the name; "Nato-led ..." names
    // the leader, another body.
    if (!isNameWord(t) || model.stopWords.has(t.replace(/['’]s$/, '')) || model.leaderWord.test(t)) break;
    // "Iran's Supreme National Security Council": the possessor is not part of the name, but
    // "Republican People's Party" is one name.
    if (/['’]s$/.test(t) && !innerPossessive(run, j, model)) {
      possessor = countryPossessor(run, j, model);
      break;
    }
    first = j;
  }
  while (first < head && CONNECTORS.has(run[first]?.text ?? '')) first++;
  return { first, possessor };
}

// "People's" after a name word, not a country's possessive: the possessive is inside the name.
function innerPossessive(run: Token[], at: number, model: OrganizationModel): boolean {
  const word = run[at]?.text.replace(/['’]s$/, '') ?? '';
  const before = run[at - 1]?.text ?? '';
  return (
    !model.adjectives.has(word.toLowerCase()) &&
    isCapitalised(before) &&
    !model.stopWords.has(before) &&
    !model.adjectives.has(before.toLowerCase())
  );
}

// "Ministry of Foreign Affairs", "Council of Europe": opening word, "of", capitalised words.
function headInitial(run: Token[], open: number, model: OrganizationModel): string | null {
  const words = [run[open]?.text ?? '', 'of'];
  let j = open + 2;
  if (run[j]?.text === 'the') {
    words.push('the');
    j++;
  }
  for (; j < run.length; j++) {
    const t = run[j]?.text ?? '';
    if (CONNECTORS.has(t) && isCapitalised(run[j + 1]?.text ?? '')) words.push(t);
    else if (isCapitalised(t) && !model.stopWords.has(t)) words.push(t);
    else break;
  }
  if (words.length <= 2 || !isCapitalised(words[words.length - 1] ?? '')) return null;
  // "Jordan's Ministry of ...", "the Supreme Council of ...": the words before belong to the name
  const { first, possessor } = nameStart(run, open, model);
  const lead = run.slice(first, open).map((t) => t.text.replace(/[’]/g, "'"));
  const all = [...lead, ...words, ...ofCountry(run, j, model)];
  const state = possessor === null ? null : stateBody([possessor, ...all], model);
  return state ?? nameFromWords(all, model);
}

// "... Navy of Oman", "... Foreign Affairs of Lebanon": a trailing "of <country>" belongs to the name.
// "... of the Republic of Kazakhstan", "... of the United Arab Emirates": the state's full name too.
function ofCountry(run: Token[], at: number, model: OrganizationModel): string[] {
  if (run[at]?.text !== 'of') return [];
  const the = run[at + 1]?.text === 'the' ? 1 : 0;
  const from = at + 1 + the;
  for (let end = Math.min(run.length, from + MAX_STATE_WORDS); end > from; end--) {
    const words = run.slice(from, end).map((t) => t.text);
    // "of the Iranian Armed Forces" goes on: the country's name must end the name.
    if (isCapitalised(run[end]?.text ?? '') || !isCapitalised(words[0] ?? '')) continue;
    const adjective = model.adjectives.get(words.join(' ').toLowerCase());
    if (adjective === undefined) continue;
    return ['of', ...(the ? ['the'] : []), ...words];
  }
  return [];
}

// "the Islamic Republic of Afghanistan" is the longest state name worth reading.
const MAX_STATE_WORDS = 5;

// Normalises state bodies to "<Adjective> <Unit>" and rejects names too generic to identify a body.
function nameFromWords(words: string[], model: OrganizationModel): string | null {
  const state = stateBody(words, model);
  if (state !== null) return state;
  if (model.notOrganizations.has(words.join(' ').toLowerCase())) return null;
  // "Politics Economy Military Society", "Economy Society": a site's menu, not a body
  const menu = words.filter((w) => model.menuWords.has(w)).length;
  if (menu >= 3 || (menu >= 2 && menu === words.length)) return null;
  const content = words.filter((w) => !CONNECTORS.has(w) && w !== 'of' && w !== 'the');
  // "the Majlis", "State Duma": a parliament's own name needs no modifier.
  if (model.properHeads.has(content.at(-1) ?? '')) return words.join(' ');
  if (content.length < 2) return null;
  if (content.length === 2 && model.genericModifiers.has(content[0] ?? '')) return null;
  return words.join(' ');
}

// "Iran's Armed Forces", "Iranian Navy", "Armed Forces of Iran", "Ministry of Defense of Azerbaijan".
function stateBody(words: string[], model: OrganizationModel): string | null {
  const phrase = words.join(' ');
  // "Saudi Arabia's Foreign Ministry": the country may be more than one word.
  for (let at = phrase.indexOf(' '); at !== -1; at = phrase.indexOf(' ', at + 1)) {
    const owned = phrase.slice(0, at);
    const word = owned.replace(/'s$/, '');
    const adjective = model.adjectives.get(word.toLowerCase());
    const unit = model.stateUnits.get(phrase.slice(at + 1).toLowerCase());
    // "Pakistan Navy" is an official name and stays; "Pakistan's navy" and "Pakistani Navy" become "Pakistani Navy".
    if (adjective !== undefined && unit !== undefined)
      return owned === word && word !== adjective ? `${word} ${unit}` : `${adjective} ${unit}`;
  }
  // "Ministry of Defence of the Republic of Kazakhstan": any " of " may split unit from state.
  for (let at = phrase.indexOf(' of '); at !== -1; at = phrase.indexOf(' of ', at + 1)) {
    const unit = model.stateUnits.get(phrase.slice(0, at).toLowerCase());
    const adjective = model.adjectives.get(
      phrase
        .slice(at + 4)
        .replace(/^the /, '')
        .toLowerCase(),
    );
    if (adjective !== undefined && unit !== undefined) return `${adjective} ${unit}`;
  }
  return null;
}

// "Pakistani Army" (a headline) and "Pakistan Army" (the story) are one body: the official form,
// a country's name before the unit, is kept in the place of the first mention.
function officialStateForms(names: string[], model: OrganizationModel): string[] {
  const byState = new Map<string, string>();
  for (const name of names) {
    const key = stateKey(name, model);
    if (key === null) continue;
    const seen = byState.get(key);
    if (seen === undefined || (isAdjectiveForm(seen, model) && !isAdjectiveForm(name, model)))
      byState.set(key, name);
  }
  const out: string[] = [];
  const done = new Set<string>();
  for (const name of names) {
    const key = stateKey(name, model);
    if (key === null) out.push(name);
    else if (!done.has(key)) {
      done.add(key);
      out.push(byState.get(key) ?? name);
    }
  }
  return out;
}

// "Pakistan Army" and "Pakistani Army" -> "Pakistani Army"; null for any other name.
function stateKey(name: string, model: OrganizationModel): string | null {
  const space = name.indexOf(' ');
  if (space === -1) return null;
  const adjective = model.adjectives.get(name.slice(0, space).toLowerCase());
  const unit = model.stateUnits.get(name.slice(space + 1).toLowerCase());
  return adjective === undefined || unit === undefined ? null : `${adjective} ${unit}`;
}

function isAdjectiveForm(name: string, model: OrganizationModel): boolean {
  const first = name.slice(0, name.indexOf(' '));
  return model.adjectives.get(first.toLowerCase()) === first;
}

// A known body ("Security Council") is never folded into a longer pattern-found name.
function dropSubsumed(names: string[], isKnown: (name: string) => boolean): string[] {
  const wordSets = names.map((n) => new Set(n.toLowerCase().split(/[\s-]+/)));
  return names.filter((name, i) => {
    if (isKnown(name)) return true;
    const mine = wordSets[i] ?? new Set<string>();
    return !wordSets.some(
      (other, j) => j !== i && other.size > mine.size && [...mine].every((w) => other.has(w)),
    );
  });
}

function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => (seen.has(n.toLowerCase()) ? false : (seen.add(n.toLowerCase()), true)));
}

// "al-Quds Brigades": a name word may open with a small-letter article.
function isNameWord(word: string): boolean {
  return isCapitalised(word) || /^(?:al|el|an|ash|as|ad|az|ar)-\p{Lu}/u.test(word);
}

function isCapitalised(word: string): boolean {
  const ch = word.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
