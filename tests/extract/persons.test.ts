import { describe, expect, it } from 'vitest';
import { canonicalParts, findNames } from '../../src/extract/persons.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { tokenizeSentences } from '../../src/extract/tokens.ts';
import { model } from './person-helpers.ts';

const names = (text: string): string[] =>
  findNames(tokenizeSentences(splitSentences(text)), model).map((n) => n.person);

describe('persons', () => {
  it.each([
    [
      'Kazakh Foreign Minister Daulet Serikbayev held talks with Lebanese Prime Minister Najib Haddad in Astana on Monday.',
      ['Daulet Serikbayev', 'Najib Haddad'],
    ],
    [
      'Sheikh Khalid bin Saud Al-Busaidi, the Omani envoy, told reporters the talks were useful.',
      ['Khalid bin Saud Al-Busaidi'],
    ],
    ['Rear Admiral Emre Yildiz said the drills would continue until Friday.', ['Emre Yildiz']],
    ['Iraqi Prime Minister Mohammed Shia al-Sudani met with the delegation.', ['Mohammed Shia al-Sudani']],
    [
      'Judiciary chief Gholam-Hossein Mohseni-Ejei received the visiting Pakistani minister.',
      ['Gholam-Hossein Mohseni-Ejei'],
    ],
    ['President Tokayev said the corridor would open next year.', ['Tokayev']],
    ['Dr. Amina Farooqui, an adviser to the Pakistani cabinet, also attended.', ['Amina Farooqui']],
    ['The Turkish minister met Colonel General Viktor Sobolenko of Belarus.', ['Viktor Sobolenko']],
    ['Indonesian Defence Minister Sari Wibowo flew to Manila.', ['Sari Wibowo']],
    ['Militant leader Abu Hamza al-Masri was named in the report.', ['Abu Hamza al-Masri']],
    ['The deal was welcome, Bill Burns said after the talks.', ['Bill Burns']],
    ['The talks were chaired by Farid Ahmadov – Deputy Minister of Economy – in Baku.', ['Farid Ahmadov']],
    ['He also met Vice Chairman of the Central Military Commission General He Wei on Friday.', ['He Wei']],
    ['Former Prime Minister Nouri al-Tamimi Slams Deal', ['Nouri al-Tamimi']],
    ["The envoy came at Vladimir Orlov's invitation.", ['Vladimir Orlov']],
    ['Senior Analyst Daniel Okafor Explains What It Means', ['Daniel Okafor']],
    ['A ceremony marked the anniversary of the death of Martyr Mehdi Bakeri.', ['Mehdi Bakeri']],
    ['Transport Minister Israel Shapiro said the rail link was ready.', ['Israel Shapiro']],
  ])('should find the people in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['The Shanghai Cooperation Organisation summit opened in Tashkent on Monday.'],
    ['Officials from the Non-Aligned Movement and the Joint Commission met in Muscat.'],
    ['Experts discussed water sharing in the Kura Araz lowland on Tuesday.'],
    ['Associated Press writer Daniel Brookes contributed to this report.'],
    ['By Ahmed Raza Qadri'],
    ['Turkish troops joined Operation Olive Branch near the border on Monday.'],
    ['Talks on a Hormuz Peace Endeavor continued, officials said.'],
    ['Khor Zubair waterway talks stalled on Monday.'],
    ['Amnesty International and Human Rights Watch criticised the plan.'],
    ['Abraham Accords partners met on Friday.'],
    ['Reporting by Asif Shahbaz in Islamabad; additional reporting by Ece Toksoy in Ankara'],
    [
      'In March, Pakistan and Turkey signed a deal in Islamabad under the Islamic Republic of Pakistan banner.',
    ],
    ['Both Azerbaijan and Armenia claim the Caspian Sea shelf, the Foreign Ministry said on Wednesday.'],
    ['Read more: Gulf Cooperation Council ministers gather in Riyadh'],
    ['The summit in Sharm el-Sheikh and a forum in Abu Dhabi drew Al Jazeera crews.'],
    ['Five soldiers were killed by Jaish al-Muhajireen terrorists near the border town of Saravan.'],
    ['Ansar al-Furqan militants claimed the attack on the police station.'],
    ['Ganja. Leyla Mammadli – APA. The governor opened the new bridge on Friday.'],
    ['The plane landed at Imam Reza International Airport in Mashhad on Monday.'],
    ['Crowds gathered at Allama Iqbal International Airport in Lahore.'],
    ['By Orkhan Jafarli – Report: The ministers signed the protocol in Baku.'],
  ])('should find nobody in %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    [
      ['Mammadli', 'Kamran', 'Rasim'],
      ['Mammadli', 'Kamran', 'Rasim'],
    ],
    [
      ['Karimov', 'Rustam', 'Ilhom', 'oglu'],
      ['Rustam', 'Karimov'],
    ],
    [
      ['Petrov', 'Sergei', 'Ivanovich'],
      ['Sergei', 'Petrov'],
    ],
    [
      ['Sergei', 'Ivanovich', 'Petrov'],
      ['Sergei', 'Ivanovich', 'Petrov'],
    ],
    [
      ['Ali', 'Akbar', 'Velayati'],
      ['Ali', 'Akbar', 'Velayati'],
    ],
  ])('should put %j in canonical order %j', (words, expected) => {
    expect(canonicalParts(words, model.people)).toEqual(expected);
  });

  it('should keep the surname-first surface and give the canonical key', () => {
    const [found] = findNames(
      tokenizeSentences(
        splitSentences(
          'Uzbek Deputy Interior Minister Major General Karimov Rustam Ilhom oglu arrived in Baku.',
        ),
      ),
      model,
    );
    expect(found?.person).toBe('Rustam Karimov');
    expect(found?.surface).toBe('Karimov Rustam Ilhom oglu');
  });

  it('should report offsets that point at the name in the text', () => {
    const text = 'Talks ended.\nOmani Foreign Minister Badr Al-Hinai flew to Doha.';
    const [found] = findNames(tokenizeSentences(splitSentences(text)), model);
    expect(found && text.slice(found.start, found.end)).toBe('Badr Al-Hinai');
    expect(found?.sentence).toBe(1);
  });
});

describe('persons: initials, demonyms and places shaped like names', () => {
  it.each([
    ['Dr. R. Krishnaswamy, the health secretary, opened the clinic.', ['R. Krishnaswamy']],
    ['Talks were chaired by P. N. Iyer and later joined by M. Okonjo.', ['P. N. Iyer', 'M. Okonjo']],
    ['T. Walsh said the port deal would be signed in June.', ['T. Walsh']],
    ['Minister A.K. Bhatt arrived in Colombo on Monday.', ['A.K. Bhatt']],
  ])('should find names written with initials in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['The Sri Lankan delegation arrived in Dhaka on Monday.'],
    ['Sri Lankan and Maldivian coast guards met near the port.'],
    ['Officials said New Zealand and Costa Rican diplomats had signed the memorandum.'],
    ['North Macedonian officers and South Sudanese troops trained together.'],
    ['A Saudi delegation and the South Korean team met in Seoul.'],
    ['Flights to Ho Chi Minh City resumed on Friday.'],
    ['Ho Chi Minh City officials said flooding had eased.'],
    ['Crowds gathered on Nelson Mandela Square and outside Jomo Kenyatta Airport.'],
    ['Students of Ahmadu Bello University staged a protest.'],
    ['Coast guard boats shadowed ships near Second Thomas Shoal and Mischief Reef.'],
    ['The navy sent BRP Andres Bonifacio and the frigate Almirante Grau to Subic Bay.'],
    ['Traffic on King Hamad Causeway and at Sultan Qaboos Stadium was halted.'],
  ])('should find nobody in %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('should keep a title word after "Abdul" inside the given name', () => {
    expect(names('Interior Minister Abdul Amir al-Rubaie met the governor.')).toEqual([
      'Abdul Amir al-Rubaie',
    ]);
  });

  it('should read "Un" in title case as a name syllable, not the UN', () => {
    expect(names('North Korean leader Kim Jong Un inspected the missile unit.')).toEqual(['Kim Jong Un']);
  });

  it('should take no photographer from a photo credit', () => {
    expect(names('The ministers shake hands in Male on Friday. (AP Photo/Ahmed Shurau)')).toEqual([]);
  });

  it('should open a name with a city that is also a given name', () => {
    expect(names('Former minister Aden Mohamud Farah said the deal was fair.')).toEqual([
      'Aden Mohamud Farah',
    ]);
  });

  it('should keep a person named after a multi-word demonym', () => {
    expect(names('Sri Lankan Foreign Minister Nimal Jayasuriya met the envoy.')).toEqual([
      'Nimal Jayasuriya',
    ]);
  });
});

describe('persons: places where a name could stand', () => {
  it.each([
    ['The Sri Lankan minister will visit Andhra Pradesh on Friday.', []],
    ['The Mexican envoy will travel to Baja California next week.', []],
    ['The governor toured Rio Negro after the floods.', []],
    ['The minister flew to the southern state of Nuevo Leon.', []],
    ['Trade with Andhra Pradesh officials was discussed by Foreign Minister Ruwan Silva.', ['Ruwan Silva']],
    ['Defence Minister Ruwan Silva will visit Kerala on Friday.', ['Ruwan Silva']],
  ])('should take no person from a destination or region in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('persons: South Asian rank abbreviations and title words used as given names', () => {
  it.each([
    ['Army chief Gen Asim Raza met the visiting delegation in Rawalpindi.', ['Asim Raza']],
    ['Lt Gen Nadeem Anjum and Maj Gen Faisal Naseer attended the ceremony.', ['Nadeem Anjum', 'Faisal Naseer']],
    ['The corps commander, Brig Tariq Saeed, briefed the minister.', ['Tariq Saeed']],
    ['Col Rafiq Ahmed said the patrols would continue.', ['Rafiq Ahmed']],
  ])('should leave an undotted rank out of the name in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Defense Minister Brigadier General Amir Nasirzadeh inspected the new drones.', ['Amir Nasirzadeh']],
    ['Army commander Major General Amir Hossein Mousavi addressed the cadets.', ['Amir Hossein Mousavi']],
    ['Foreign Minister Hossein Amir Tabatabaei met the envoy in Tehran.', ['Hossein Amir Tabatabaei']],
  ])('should keep "Amir" as a given name after a rank or inside a name in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Kuwaiti Amir Sheikh Nawaf Al-Sabah received the minister.', ['Nawaf Al-Sabah']],
    ["Qatar's Amir Tamim bin Hamad thanked the guests.", ['Tamim bin Hamad']],
  ])('should still read "Amir" after a country as the ruler\'s title in %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
