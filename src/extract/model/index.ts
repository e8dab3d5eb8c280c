/**
 * The whole extraction model: every stage's reference data, built once and handed to
 * `extractArticle`. Tests build smaller models by hand; the CLI calls `loadModel()`.
 */
import { loadChromeModel, type ChromeModel } from './chrome.ts';
import { loadEventModel, type EventModel } from './events.ts';
import { loadGeoModel, type GeoModel } from './geo.ts';
import { loadOrganizationModel, type OrganizationModel } from './organizations.ts';
import { loadPeopleModel, type PeopleModel } from './people.ts';
import { loadTopicModel, type TopicModel } from './topics.ts';

/** Reference data for every extraction stage. */
export interface ExtractionModel {
  chrome: ChromeModel;
  geo: GeoModel;
  people: PeopleModel;
  organizations: OrganizationModel;
  topics: TopicModel;
  events: EventModel;
}

let memo: ExtractionModel | null = null;

/** The default model, built on first call (geography takes about 0.3 s) and memoised. */
export function loadModel(): ExtractionModel {
  memo ??= {
    chrome: loadChromeModel(),
    geo: loadGeoModel(),
    people: loadPeopleModel(),
    organizations: loadOrganizationModel(),
    topics: loadTopicModel(),
    events: loadEventModel(),
  };
  return memo;
}
