import { describe, expect, it } from 'vitest';
import type { RoleFact } from '../../src/shared/types.ts';
import { rolesOf, runPersonStages, type Expected } from './person-helpers.ts';

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

  it.each<[string, string, string, Expected]>([
    [
      'Kazakh Defence Minister Nurlan Ospanov and Chief of General Staff Gen Marat Abenov arrived in Tashkent on Monday.',
      'Marat Abenov',
      'Uzbekistan',
      { title: 'Chief of the General Staff', country: 'Kazakhstan', rank: 'General' },
    ],
    [
      'The Saudi foreign minister, accompanied by Deputy Foreign Minister Waleed Al-Khereiji, met the Iraqi president.',
      'Waleed Al-Khereiji',
      'Iraq',
      { title: 'Deputy Minister of Foreign Affairs', country: 'Saudi Arabia', rank: null },
    ],
    [
      "Kyrgyzstan's Prime Minister Adylbek Kasymov arrived on Sunday. Prime Minister Nurlan Adylbek Kasymov then met the Tajik president.",
      'Adylbek Kasymov',
      'Tajikistan',
      { title: 'Prime Minister', country: 'Kyrgyzstan', rank: null },
    ],
  ])('should read the country of a fellow traveller in %s', (text, person, home, expected) => {
    expect(rolesOf(text, person, home)).toEqual([expected]);
  });

  it("should not take a dateline's country before a dash for the holder's", () => {
    const text =
      'TASHKENT, Uzbekistan - Prime Minister Akylbek Japarov met Kyrgyz traders. Japarov said Kyrgyzstan wants open borders.';
    expect(rolesOf(text, 'Akylbek Japarov')).toEqual([
      { title: 'Prime Minister', country: 'Kyrgyzstan', rank: null },
    ]);
  });

  it('should keep the country before two offices joined by a dash', () => {
    const text =
      'Russian First Deputy Defence Minister – Chief of the General Staff Oleg Belov met the envoy.';
    expect(rolesOf(text, 'Oleg Belov')).toContainEqual({
      title: 'Chief of the General Staff',
      country: 'Russia',
      rank: null,
    });
  });

  it.each([
    'Deputy Interior Minister Nodir Karimov, who is part of the Uzbek delegation, also attended the talks.',
    'Deputy Interior Minister Nodir Karimov, a member of the Uzbek delegation, also attended the talks.',
  ])('should give a member of a side its country in %s', (text) => {
    expect(rolesOf(text, 'Nodir Karimov', 'Turkmenistan')).toEqual([
      { title: 'Deputy Minister of Interior', country: 'Uzbekistan', rank: null },
    ]);
  });

  it('should take the country of a later description of a person given no country', () => {
    const text =
      'Prime Minister Nikol Avetisyan held talks with President Irakli Beridze on Friday. The Armenian premier said the border would reopen.';
    expect(rolesOf(text, 'Nikol Avetisyan', 'Georgia')).toEqual([
      { title: 'Prime Minister', country: 'Armenia', rank: null },
    ]);
    expect(rolesOf(text, 'Irakli Beridze', 'Georgia')).toEqual([
      { title: 'President', country: 'Georgia', rank: null },
    ]);
  });

  it('should not take the country of a description that may mean an unnamed counterpart', () => {
    const text =
      'Foreign Minister Arman Petrosyan met his counterpart in Yerevan on Monday. The Cypriot minister said the ties were strong.';
    expect(rolesOf(text, 'Arman Petrosyan', 'Armenia')).toEqual([
      { title: 'Minister of Foreign Affairs', country: 'Armenia', rank: null },
    ]);
  });

  it('should not take the country of a description that may mean an unnamed guest', () => {
    const text =
      'Interior Minister Vilayat Guliyev received an Uzbek delegation on Monday. The Uzbek minister said the talks were useful.';
    expect(rolesOf(text, 'Vilayat Guliyev', 'Azerbaijan')).toEqual([
      { title: 'Minister of Interior', country: 'Azerbaijan', rank: null },
    ]);
  });

  it.each([
    'Defence Minister Arif Mammadli arrived in Ganja on Monday to inspect the units.',
    'Defence Minister Arif Mammadli arrived in Baku after a visit to Georgia.',
  ])('should keep the home country of a minister travelling at home or back home: %s', (text) => {
    expect(rolesOf(text, 'Arif Mammadli', 'Azerbaijan')).toEqual([
      { title: 'Minister of Defense', country: 'Azerbaijan', rank: null },
    ]);
  });

  it('should keep the home country of a host who receives a delegation that arrived', () => {
    const text =
      'Defence Minister Arif Mammadli received the Georgian delegation that arrived in Baku on Monday.';
    expect(rolesOf(text, 'Arif Mammadli', 'Azerbaijan')).toEqual([
      { title: 'Minister of Defense', country: 'Azerbaijan', rank: null },
    ]);
  });

  it('should treat a longer form of a name as the same person', () => {
    const text =
      "Kyrgyzstan's Prime Minister Adylbek Kasymov arrived on Sunday. Prime Minister Nurlan Adylbek Kasymov then met the Tajik president.";
    expect(runPersonStages(text, 'Tajikistan').names).toEqual(['Adylbek Kasymov']);
  });

  it('should keep the fuller name when it comes first', () => {
    const text =
      'Nurlan Adylbek Kasymov, the Kyrgyz premier, arrived on Sunday. Adylbek Kasymov met the Tajik president.';
    expect(runPersonStages(text, 'Tajikistan').names).toEqual(['Nurlan Adylbek Kasymov']);
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
      "Yusuf Rahimi, senior adviser to Afghanistan's Chief Executive, met the envoy in Kabul.",
      'Yusuf Rahimi',
      null,
      { title: 'Senior Adviser to the Chief Executive', country: 'Afghanistan', rank: null },
    ],
    [
      'Chief of Staff of the Kazakh President Murat Seitov received the delegation.',
      'Murat Seitov',
      null,
      { title: 'Chief of Staff of the President', country: 'Kazakhstan', rank: null },
    ],
    [
      "The Omani Sultan's special adviser Salim Al-Busaidi arrived in Tehran.",
      'Salim Al-Busaidi',
      'Iran',
      { title: 'Special Adviser to the Sultan', country: 'Oman', rank: null },
    ],
    [
      'Deputy Foreign Minister for Economic Diplomacy Reza Najafi met the Chinese envoy.',
      'Reza Najafi',
      'Iran',
      { title: 'Deputy Minister of Foreign Affairs for Economic Diplomacy', country: 'Iran', rank: null },
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

describe('roles: an aide and the office holder they serve', () => {
  it('should give the aide the serving office and the holder named after it their own', () => {
    const text = 'Karim Nazari, an aide to President Ashraf Rahmani, attended the talks in Dushanbe.';
    expect(rolesOf(text, 'Karim Nazari', 'Tajikistan')).toEqual([
      { title: 'Aide to President', country: 'Tajikistan', rank: null },
    ]);
    expect(rolesOf(text, 'Ashraf Rahmani', 'Tajikistan')).toEqual([
      { title: 'President', country: 'Tajikistan', rank: null },
    ]);
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
      'US Special Representative for Afghanistan Reconciliation Thomas Walker met the Qatari envoy.',
      'Thomas Walker',
      'Qatar',
      {
        title: 'Special Representative for Afghanistan Reconciliation',
        country: 'United States',
        rank: null,
      },
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

type WithBody = Pick<RoleFact, 'title' | 'country' | 'organization' | 'rank'>;

const rolesWithBody = (text: string, person: string, home: string | null): WithBody[] =>
  (runPersonStages(text, home).roles.get(person) ?? []).map(({ title, country, organization, rank }) => ({
    title,
    country,
    organization,
    rank,
  }));

describe('roles: offices of parties and international bodies have no country', () => {
  it.each<[string, string, string | null, WithBody]>([
    [
      'Chairman of Pakistan Tehreek-i-Insaf Asad Mahmood addressed the rally in Peshawar.',
      'Asad Mahmood',
      'Pakistan',
      { title: 'Chairman of Pakistan Tehreek-i-Insaf', country: null, organization: null, rank: null },
    ],
    [
      'Selim Aydin, chairman of the Democratic Left Party, criticised the budget.',
      'Selim Aydin',
      'Turkey',
      { title: 'Chairman of the Democratic Left Party', country: null, organization: null, rank: null },
    ],
    [
      "Ahmet Kaya, leader of the Republican People's Party, called for early elections.",
      'Ahmet Kaya',
      'Turkey',
      { title: "Leader of the Republican People's Party", country: null, organization: null, rank: null },
    ],
    [
      'UN Secretary General Maria Lindqvist arrived in Tehran for talks.',
      'Maria Lindqvist',
      'Iran',
      { title: 'Secretary General', country: null, organization: 'United Nations', rank: null },
    ],
    [
      'Gen Peter Hollis, the NATO commander in Afghanistan, said the bases would close.',
      'Peter Hollis',
      'Afghanistan',
      { title: 'Commander', country: null, organization: 'NATO', rank: 'General' },
    ],
    [
      'ISAF commander Gen Marco Bellini visited the troops in Herat.',
      'Marco Bellini',
      'Afghanistan',
      { title: 'Commander', country: null, organization: 'ISAF', rank: 'General' },
    ],
    [
      'US Gen Thomas Reed, the ISAF commander, met the Afghan defence minister.',
      'Thomas Reed',
      'Afghanistan',
      { title: 'Commander', country: 'United States', organization: 'ISAF', rank: 'General' },
    ],
    [
      'US Africa Command chief Gen Daniel Hollis met the Kenyan defence secretary in Nairobi.',
      'Daniel Hollis',
      'Kenya',
      { title: 'Chief', country: 'United States', organization: 'Africa Command', rank: 'General' },
    ],
  ])('should read %s', (text, person, home, expected) => {
    expect(rolesWithBody(text, person, home)).toEqual([expected]);
  });

  it.each<[string, string, WithBody]>([
    [
      'UN chief Elena Marchetti urged restraint in a call with the Iranian president.',
      'Elena Marchetti',
      { title: 'Secretary General', country: null, organization: 'United Nations', rank: null },
    ],
    [
      'Secretary-General of the Collective Security Treaty Organization Imangali Tasmagambetov met the Armenian premier.',
      'Imangali Tasmagambetov',
      {
        title: 'Secretary-General of the Collective Security Treaty Organization',
        country: null,
        organization: null,
        rank: null,
      },
    ],
    [
      'Ali Erdem, leader of the Great Unity Party (BBP), backed the operation.',
      'Ali Erdem',
      { title: 'Leader of the Great Unity Party', country: null, organization: null, rank: null },
    ],
  ])('should read the office of a body in %s', (text, person, expected) => {
    expect(rolesWithBody(text, person, 'Armenia')).toEqual([expected]);
  });

  it.each<[string, string, string]>([
    [
      'Lebanese Foreign Minister Nabil Saad received the Ambassador of the Kingdom of Bahrain to the Republic of Lebanon, Khalid Al-Mansour.',
      'Khalid Al-Mansour',
      'Bahrain',
    ],
    ['The Ambassador of Jordan to Iraq, Samer Haddad, met the speaker.', 'Samer Haddad', 'Jordan'],
  ])("should read an ambassador's own state, not the one of the post, in %s", (text, person, country) => {
    expect(rolesOf(text, person)).toEqual([{ title: 'Ambassador', country, rank: null }]);
  });

  it.each<[string, string, WithBody]>([
    [
      'Awami National Party (ANP) leaders met on Sunday. ANP President Asfandyar Khan addressed them.',
      'Asfandyar Khan',
      { title: 'President', country: null, organization: 'Awami National Party', rank: null },
    ],
    [
      'The Good Party (IYI) called for elections. IYI leader Selma Aksoy spoke in Ankara.',
      'Selma Aksoy',
      { title: 'Leader', country: null, organization: 'IYI', rank: null },
    ],
    [
      'The Collective Security Treaty Organization (CSTO) met in Minsk. CSTO chief Marat Zhanov attended.',
      'Marat Zhanov',
      {
        title: 'Secretary General',
        country: null,
        organization: 'Collective Security Treaty Organization',
        rank: null,
      },
    ],
  ])('should spell out the acronym of an office holder’s body in %s', (text, person, expected) => {
    expect(rolesWithBody(text, person, 'Pakistan')).toEqual([expected]);
  });

  it("should keep a state body's country in its head's title", () => {
    const text = "Mohammad Eslami, head of Iran's Atomic Energy Organization, met the IAEA chief.";
    expect(rolesOf(text, 'Mohammad Eslami').map((r) => r.country)).toEqual(['Iran']);
  });

  it('should keep the country of a state office named beside a party office', () => {
    const text =
      'Prime Minister Farooq Anwar, chairman of the Awami Unity Party, met the Chinese envoy in Islamabad.';
    expect(rolesOf(text, 'Farooq Anwar', 'Pakistan')).toContainEqual({
      title: 'Prime Minister',
      country: 'Pakistan',
      rank: null,
    });
  });
});
