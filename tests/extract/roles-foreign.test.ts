import { describe, expect, it } from 'vitest';
import type { RoleFact } from '../../src/shared/types.ts';
import { runPersonStages } from './person-helpers.ts';

type Expected = Pick<RoleFact, 'title' | 'country' | 'rank'>;

const rolesOf = (text: string, person: string, home: string | null = null): Expected[] =>
  (runPersonStages(text, home).roles.get(person) ?? []).map(({ title, country, rank }) => ({
    title,
    country,
    rank,
  }));

describe('roles: a foreign official keeps their own country, not the dateline’s', () => {
  it.each<[string, string, string, Expected]>([
    [
      'Mehmet Yilmaz, the visiting Turkish Minister of Trade, met the Azerbaijani economy minister. Yilmaz praised the ties.',
      'Mehmet Yilmaz',
      'Azerbaijan',
      { title: 'Minister of Trade', country: 'Turkey', rank: null },
    ],
    [
      'Visiting Chinese Foreign Minister Li Wenhai called on the prime minister on Friday.',
      'Li Wenhai',
      'Pakistan',
      { title: 'Minister of Foreign Affairs', country: 'China', rank: null },
    ],
    [
      'Outgoing Kyrgyz Defence Minister Bakyt Asanov met the chief of general staff.',
      'Bakyt Asanov',
      'Kazakhstan',
      { title: 'Minister of Defense', country: 'Kyrgyzstan', rank: null },
    ],
    [
      "Uzbekistan's Prime Minister Farid Tashev arrived on Sunday. Prime Minister Tashev met the president. Mr Tashev said trade should grow.",
      'Farid Tashev',
      'Tajikistan',
      { title: 'Prime Minister', country: 'Uzbekistan', rank: null },
    ],
  ])('should read %s', (text, person, home, expected) => {
    expect(rolesOf(text, person, home)).toEqual([expected]);
  });

  it('should give no country to a visitor seen only "visiting" a country', () => {
    expect(rolesOf('Omar Haddad, visiting Jordan, said the border was calm.', 'Omar Haddad')).toEqual([]);
  });
});

describe('roles: advisers, chiefs of staff and the offices a possessive office owns', () => {
  it.each<[string, string, string | null, Expected]>([
    [
      'Khalid Al-Mansoori, diplomatic adviser to the UAE President, met the Qatari envoy.',
      'Khalid Al-Mansoori',
      null,
      { title: 'Diplomatic Adviser to the President', country: 'United Arab Emirates', rank: null },
    ],
    [
      "Reza Karimi, the Iranian president's chief of staff, received the delegation.",
      'Reza Karimi',
      'Iraq',
      { title: 'Chief of Staff of the President', country: 'Iran', rank: null },
    ],
    [
      'Deputy Foreign Minister for Political Affairs Saeed Mohebbi met the Omani envoy.',
      'Saeed Mohebbi',
      'Iran',
      { title: 'Deputy Minister of Foreign Affairs for Political Affairs', country: 'Iran', rank: null },
    ],
  ])('should read %s', (text, person, home, expected) => {
    expect(rolesOf(text, person, home)).toEqual([expected]);
  });
});

describe('roles: American officers', () => {
  it.each<[string, string, string | null, Expected]>([
    [
      'US Gen Robert Hale, chairman of the Joint Chiefs of Staff, called his Pakistani counterpart.',
      'Robert Hale',
      'Pakistan',
      { title: 'Chairman of the Joint Chiefs of Staff', country: 'United States', rank: 'General' },
    ],
    [
      'US Gen Daniel Brooks toured the border posts with Pakistani officers.',
      'Daniel Brooks',
      'Pakistan',
      { title: null, country: 'United States', rank: 'General' },
    ],
  ])('should read %s', (text, person, home, expected) => {
    expect(rolesOf(text, person, home)).toEqual([expected]);
  });
});
