/**
 * Test helpers for the event stage: marked-up text in, events out, with the person stages
 * stood in for by brackets.
 */
import type { EventFact } from '../../src/shared/types.ts';
import { findEvents } from '../../src/extract/events.ts';
import { loadEventModel } from '../../src/extract/model/events.ts';
import { loadGeoModel } from '../../src/extract/model/geo.ts';
import type { PersonMention } from '../../src/extract/persons.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

/**
 * Builds the event stage's input from marked-up text, standing in for the person stages:
 * `[Hakan Fidan]` a name, `[Fidan=Hakan Fidan]` a surname or variant resolved to a person,
 * `{the Omani minister=Badr Albusaidi}` a resolved description, `{his Lebanese counterpart}` an unnamed one.
 */
export function article(marked: string, published: string | null): EventFact[] {
  const mentions: Omit<PersonMention, 'sentence'>[] = [];
  let body = '';
  let last = 0;
  for (const m of marked.matchAll(/([[{])([^\]}=]+)(?:=([^\]}]+))?[\]}]/g)) {
    body += marked.slice(last, m.index);
    const [, bracket = '', surface = '', key] = m;
    const named = bracket === '[';
    const start = body.length;
    body += surface;
    mentions.push({
      person: named ? (key ?? surface) : (key ?? null),
      description: !named && key === undefined ? surface : undefined,
      surface,
      kind: named ? (key === undefined ? 'name' : 'surname') : 'nominal',
      start,
      end: body.length,
    });
    last = m.index + m[0].length;
  }
  body += marked.slice(last);
  const sentences = splitSentences(body);
  const sentenceOf = (offset: number): number =>
    sentences.find((s) => offset >= s.start && offset < s.end)?.index ?? -1;
  return findEvents({
    sentences,
    mentions: mentions.map((m) => ({ ...m, sentence: sentenceOf(m.start) })),
    published,
    geo: loadGeoModel(),
    model: loadEventModel(),
    bodyText: body,
  });
}

/** What a reader checks: type, people, unnamed, date, place, planned. */
export const brief = (e: EventFact) => ({
  type: e.type,
  participants: [...e.participants].sort(),
  unnamed: e.unnamed,
  date: e.date,
  place: e.place,
  planned: e.planned,
});
