import { describe, expect, it } from 'vitest';
import { nameKey, sameFullName, sameWord } from '../../src/resolve/names.ts';

describe('names', () => {
  it.each([
    ['Aliyev', 'Aliyef'],
    ['Elham', 'Ilham'],
    ['Dehqan', 'Dehghan'],
    ['Raeisi', 'Raisi'],
    ['Rouhani', 'Rohani'],
    ['Mohammad', 'Muhammad'],
    ['Mohammed', 'Mohammad'],
    ['Hussein', 'Hossein'],
    ['Qalibaf', 'Ghalibaf'],
    ['Erdogan', 'Erdoğan'],
    ['Yerlan', 'Erlan'],
    ['Mohammad-Reza', 'Mohammadreza'],
    ['Ahmadinejad', 'Ahmadinezhad'],
  ])('should treat %s and %s as one name', (a, b) => {
    expect(sameWord(a, b)).toBe(true);
  });

  it.each([
    ['Hasani', 'Hosseini'],
    ['Abbiyev', 'Aliyev'],
    ['Farid', 'Ilham'],
    ['Hussein', 'Hasan'],
    ['Karimi', 'Kazemi'],
  ])('should keep %s and %s apart', (a, b) => {
    expect(sameWord(a, b)).toBe(false);
  });

  it('should need both the given name and the surname to match', () => {
    const key = (n: string) => nameKey(n) ?? { given: null, surname: n };
    expect(sameFullName(key('Ilham Aliyev'), key('Elham Aliyef'))).toBe(true);
    expect(sameFullName(key('Farid Aliyef'), key('Ilham Aliyef'))).toBe(false);
    expect(sameFullName(key('Ali Akbar Velayati'), key('Ali Velayati'))).toBe(true);
    expect(sameFullName(key('Mohammad Javad Zarif'), key('Javad Zarif'))).toBe(true);
    expect(sameFullName(key('Mohammad-Reza Ashtiani'), key('Reza Ashtiani'))).toBe(true);
    expect(sameFullName(key('Mohammad Javad Zarif'), key('Hamid Zarif'))).toBe(false);
  });

  it('should ignore honorifics and particles when taking the given name and surname', () => {
    expect(nameKey('Sheikh Khalid bin Saud Al Busaidi')).toEqual({
      given: 'Khalid',
      surname: 'Busaidi',
      givens: ['Khalid', 'Saud'],
    });
    expect(nameKey('Tokayev')).toEqual({ given: null, surname: 'Tokayev' });
  });
});

describe('names: Russian, Georgian and Turkish transliterations, compound names', () => {
  it.each([
    ['Hasanov', 'Gasanov'],
    ['Rahimov', 'Ragimov'],
    ['Huseynov', 'Guseynov'],
    ['Gharibashvili', 'Garibashvili'],
    ['Rowhani', 'Rouhani'],
    ['Davit', 'David'],
    ['Ahmet', 'Ahmed'],
  ])('should treat %s and %s as one name', (a, b) => {
    expect(sameWord(a, b)).toBe(true);
  });

  it.each([
    ['Hakimi', 'Karimi'],
    ['Hamidov', 'Gadimov'],
    ['Guliyev', 'Aliyev'],
  ])('should keep %s and %s apart', (a, b) => {
    expect(sameWord(a, b)).toBe(false);
  });

  it('should match compound surnames written with or without a hyphen, and hyphenated given names', () => {
    const key = (n: string) => nameKey(n) ?? { given: null, surname: n };
    expect(sameFullName(key('Hossein Amir-Abdollahian'), key('Hossein Amir Abdollahian'))).toBe(true);
    expect(sameFullName(key('Ali-Akbar Ahmadian'), key('Ali Akbar Ahmadian'))).toBe(true);
    expect(sameFullName(key('Ali-Akbar Ahmadian'), key('Ali-Reza Ahmadian'))).toBe(false);
    expect(sameFullName(key('Sabah Al-Khalid Al-Sabah'), key('Nawaf Al-Ahmad Al-Sabah'))).toBe(false);
  });
});

describe('names: Turkmen and Polish -ow endings', () => {
  it('should read a final -ow as -ov', () => {
    expect(sameWord('Berdimuhamedow', 'Berdimuhamedov')).toBe(true);
  });
});

describe('names: Azerbaijani and Turkish letters', () => {
  it.each([
    ['Əliyev', 'Aliyev'],
    ['Həsənov', 'Hasanov'],
    ['Yıldırım', 'Yildirim'],
    ['Kılıçdaroğlu', 'Kilicdaroglu'],
  ])('should treat %s and %s as one name', (a, b) => {
    expect(sameWord(a, b)).toBe(true);
  });
});
