import { describe, expect, it } from 'vitest';
import { pickBySalience } from '../../src/extract/coref.ts';
import type { PersonMention } from '../../src/extract/persons.ts';
import { runPersonStages } from './person-helpers.ts';

/** The person each mention of `surface` (in text order) was resolved to. */
const referents = (text: string, surface: string, home: string | null = null): (string | null)[] =>
  runPersonStages(text, home)
    .mentions.filter((m) => m.surface.toLowerCase() === surface.toLowerCase())
    .map((m) => m.person);

describe('coref', () => {
  it('should link a lone surname to the full name', () => {
    const text =
      'Turkish Foreign Minister Hakan Demir met his Omani counterpart Badr Al-Hinai in Muscat. Demir said the talks were fruitful.';
    expect(referents(text, 'Demir')).toEqual(['Hakan Demir']);
  });

  it('should link a titled surname to the full name given later', () => {
    const text =
      'President Tokayev opened the forum. Kazakh President Kassym Tokayev then met the Uzbek delegation.';
    expect(runPersonStages(text).names).toEqual(['Kassym Tokayev']);
  });

  it('should link "Mr" and a given name to the one person with that given name', () => {
    const text =
      'Indonesian Defence Minister Agus Wirawan signed the deal in Jakarta. Mr Agus said patrols would begin in May.';
    expect(runPersonStages(text).names).toEqual(['Agus Wirawan']);
  });

  it('should resolve a shared surname to the person already introduced', () => {
    const text = [
      'Major General Rauf Guliyev of Azerbaijan met Brigadier General Omid Karimi in Tehran on Monday.',
      'Guliyev said the drills showed mutual trust.',
      'Azeri President Anar Guliyev visited Tehran in May.',
    ].join(' ');
    expect(referents(text, 'Guliyev')).toEqual(['Rauf Guliyev']);
  });

  it.each([
    [
      'the Kazakh minister',
      'Kazakh Foreign Minister Daulet Serikbayev met Lebanese President Michel Aoun. The Kazakh minister praised the ties.',
      'Daulet Serikbayev',
    ],
    [
      'the president',
      'Kazakh Foreign Minister Daulet Serikbayev met Lebanese President Michel Aoun. Later the president hosted a dinner.',
      'Michel Aoun',
    ],
    [
      'the Lebanese official',
      'Kazakh Foreign Minister Daulet Serikbayev met Lebanese President Michel Aoun. The Lebanese official thanked Astana.',
      'Michel Aoun',
    ],
    [
      'his visiting Pakistani counterpart',
      "Turkey's defence minister held talks with his visiting Pakistani counterpart. Pakistani Defence Minister Tariq Masood and Turkish Defence Minister Hulusi Aydin signed a deal.",
      'Tariq Masood',
    ],
  ])('should resolve the nominal "%s"', (surface, text, person) => {
    expect(referents(text, surface)).toEqual([person]);
  });

  it('should take "the visiting minister" to be the one from abroad', () => {
    const text =
      'Turkish Defence Minister Hulusi Yaman met Foreign Minister Shah Qadir in Islamabad. The visiting minister laid a wreath.';
    expect(referents(text, 'The visiting minister', 'Pakistan')).toEqual(['Hulusi Yaman']);
  });

  it('should not take a title chain before a name for a reference', () => {
    const text = "Pakistan's Chief of Army Staff General Qamar Latif met the envoy.";
    const nominals = runPersonStages(text).mentions.filter((m) => m.kind === 'nominal');
    expect(nominals.map((m) => [m.surface, m.person])).toEqual([['the envoy', null]]);
  });

  it('should not take "the head of a delegation" for a reference', () => {
    const text =
      'Omani Foreign Minister Badr Al-Hinai arrived in Tehran at the head of a political delegation.';
    expect(runPersonStages(text).mentions.filter((m) => m.kind === 'nominal')).toEqual([]);
  });

  it('should keep an unnamed counterpart unnamed, with its description', () => {
    const text = 'Omani Foreign Minister Badr Al-Hinai met his Lebanese counterpart in Muscat on Sunday.';
    const nominal = runPersonStages(text).mentions.find((m) => m.kind === 'nominal');
    expect(nominal).toMatchObject({ person: null, description: 'his Lebanese counterpart' });
  });

  it('should resolve pronouns to the last subject, and "for his part" to the name after it', () => {
    const text = [
      'Kazakh Foreign Minister Daulet Serikbayev met Kyrgyz Foreign Minister Ruslan Kazakbaev.',
      'He said the border talks would resume.',
      'For his part, Kazakbaev thanked Astana.',
      'He invited the minister to Bishkek.',
    ].join(' ');
    const pronouns = runPersonStages(text)
      .mentions.filter((m) => m.kind === 'pronoun')
      .map((m) => m.person);
    expect(pronouns).toEqual(['Daulet Serikbayev', 'Ruslan Kazakbaev', 'Ruslan Kazakbaev']);
  });

  it('should prefer the person named most often so far when two share a surname', () => {
    const mention = (person: string, start: number): PersonMention => ({
      person,
      surface: person,
      kind: 'name',
      sentence: 0,
      start,
      end: start + 5,
    });
    const names = [mention('Rauf Guliyev', 0), mention('Anar Guliyev', 10), mention('Rauf Guliyev', 20)];
    expect(pickBySalience(['Rauf Guliyev', 'Anar Guliyev'], names, 30)).toBe('Rauf Guliyev');
    expect(pickBySalience(['Rauf Guliyev', 'Anar Guliyev'], names.slice(0, 2), 15)).toBe('Anar Guliyev');
  });
});

describe('coref: respelt surnames', () => {
  it.each([
    [
      'Armenian envoy Ararat Mirzoyan arrived on Monday. Mirzoian later met the mayor.',
      'Mirzoian',
      ['Ararat Mirzoyan'],
    ],
    [
      'Deputy Minister Aram Hovhannisyan spoke first. Minister Hovhanissian then signed the protocol.',
      'Hovhanissian',
      ['Aram Hovhannisyan'],
    ],
    [
      'Kazakh envoy Yerlan Abdrakhmanov met reporters. Abdrahmanov said talks went well.',
      'Abdrahmanov',
      ['Yerlan Abdrakhmanov'],
    ],
  ])('should join a respelt lone surname to the one person it fits in %s', (text, surface, expected) => {
    expect(referents(text, surface)).toEqual(expected);
  });

  it('should join a titled first surname to the one person whose middle name it is', () => {
    const text = 'Defence Minister Pedro Ruiz Calderón met the envoy. Later, Minister Ruiz signed the deal.';
    expect(runPersonStages(text).names).toEqual(['Pedro Ruiz Calderón']);
  });

  it('should not join a respelling two people fit', () => {
    const text = 'Envoys Reza Hosseini and Ali Hoseini met. Husseini said the talks were useful.';
    expect(referents(text, 'Husseini')).toEqual([]);
  });

  it('should not join a different surname with the same consonants', () => {
    const text = 'Minister Omar Hassani arrived on Monday. Hosseini said the talks were useful.';
    expect(runPersonStages(text).mentions.some((m) => m.surface === 'Hosseini')).toBe(false);
  });
});

describe('coref: family name first', () => {
  it.each([
    [
      'South Korean Defence Minister Park Min-ho met the Mongolian envoy. Park said the talks were useful.',
      'Park',
      'Park Min-ho',
    ],
    [
      "Taiwan's Foreign Minister Wang Chih-ming met Paraguayan officials. Wang thanked his hosts.",
      'Wang',
      'Wang Chih-ming',
    ],
    ['French envoy Jean-Pierre Martin met the minister. Martin said little.', 'Martin', 'Jean-Pierre Martin'],
  ])('should link a lone family name to the full name in %s', (text, surface, person) => {
    expect(referents(text, surface)).toEqual([person]);
  });
});

describe('coref: a counterpart is someone else', () => {
  it('should resolve "his counterpart" to the other minister, not to the one "his" refers to', () => {
    const text =
      'Mongolian Defence Minister Bat Gansukh met South Korean Defence Minister Kim Do-hyun in Seoul. Gansukh invited his counterpart to visit Mongolia.';
    expect(referents(text, 'his counterpart')).toEqual(['Kim Do-hyun']);
  });
});

describe('coref: two-word demonyms in a description', () => {
  it.each([
    [
      'Mongolian Defence Minister Bat Gansukh met South Korean Defence Minister Kim Do-hyun. The South Korean minister thanked him.',
      'The South Korean minister',
      'Kim Do-hyun',
    ],
    [
      'Indian Foreign Minister Arjun Mehta met Sri Lankan Foreign Minister Ruwan Silva. The Sri Lankan minister spoke first.',
      'The Sri Lankan minister',
      'Ruwan Silva',
    ],
  ])('should resolve the description in %s', (text, surface, person) => {
    expect(referents(text, surface)).toEqual([person]);
  });
});

describe('coref: more nominal references of the genre', () => {
  it.each([
    [
      'Georgian Defence Minister Juansher Burchuladze met Azerbaijani Foreign Minister Jeyhun Bayramov. The Georgian defence chief said ties were strong.',
      'The Georgian defence chief',
      'Juansher Burchuladze',
    ],
    [
      'Kyrgyz President Sadyr Japarov received Turkish Foreign Minister Hakan Fidan. The Kyrgyz head of state praised the visit.',
      'The Kyrgyz head of state',
      'Sadyr Japarov',
    ],
    [
      'Omani Ambassador to Iran Ibrahim Al-Rahbi met Iranian Deputy Foreign Minister Ali Bagheri. Muscat’s envoy said ties were strong.',
      'Muscat’s envoy',
      'Ibrahim Al-Rahbi',
    ],
    [
      'Kuwaiti FM Salem Al-Sabah met his Iraqi counterpart Fuad Hussein. The Kuwaiti FM said talks were useful.',
      'The Kuwaiti FM',
      'Salem Al-Sabah',
    ],
  ])('should resolve the reference in %s', (text, surface, person) => {
    expect(referents(text, surface)).toEqual([person]);
  });

  it('should not give a defence chief reference to a foreign minister of the same country', () => {
    const text =
      'Georgian Foreign Minister Ilia Darchiashvili met Azerbaijani Defence Minister Zakir Hasanov. The Georgian defence chief was absent.';
    expect(referents(text, 'The Georgian defence chief')).toEqual([null]);
  });
});

describe('coref: a reference that is the object of another office', () => {
  it('should not resolve "the president" in "an aide to the president" to the aide', () => {
    const text = 'Gulnara Ismayilova, an aide to the president, met the delegation. The president later received the envoy.';
    expect(referents(text, 'the president')[0]).toBeNull();
  });
});
