/**
 * The production extraction the importer drives: the pipeline of src/extract with the model,
 * the resolver of src/resolve, and country codes from the model's gazetteer.
 */
import { extractArticle, type ExtractOptions } from '../extract/pipeline.ts';
import type { ExtractionModel } from '../extract/model/index.ts';
import { resolvePersons } from '../resolve/persons.ts';
import type { Extractor } from './import-types.ts';

/** An Extractor over the real pipeline; `options.published` dates articles that state no date. */
export function createExtractor(model: ExtractionModel, options: ExtractOptions = {}): Extractor {
  return {
    extract: (source) => extractArticle(source, model, options),
    resolve: (articles, known) => resolvePersons(articles, known),
    countryCode: (name) => {
      const entry = model.geo.countryByWord.get(name.toLowerCase());
      // Only a country's own name or short form counts; a demonym ("Iranian") is not a place name.
      return entry && (entry.name === name || entry.names.includes(name)) ? entry.code : null;
    },
  };
}
