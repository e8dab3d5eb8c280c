import { describe, expect, it } from 'vitest';
import { findTopics } from '../../src/extract/topics.ts';
import { createTopicModel, loadTopicModel } from '../../src/extract/model/topics.ts';

const model = loadTopicModel();
const names = (text: string): string[] => findTopics(text, model).map((t) => t.name);

describe('topics', () => {
  it.each([
    ['Both called for a peaceful settlement of the Karabakh crisis.', ['Nagorno-Karabakh conflict']],
    ['They agreed to fight terrorism, extremism and the trafficking of illicit drugs.', ['terrorism', 'extremism', 'drug trafficking']],
    ['Omani and Pakistani officials discussed human trafficking and border security.', ['human trafficking', 'border security']],
    ['The Kazakh and Kyrgyz armies will hold joint military drills to boost defence cooperation.', ['joint military exercises', 'defense cooperation']],
    ['Caspian littoral states met in Aktau.', ['Caspian Sea']],
    ['The minister visited a school.', []],
    ['They discussed water sharing on transboundary rivers and the demarcation of the border.', ['water resources', 'border demarcation']],
  ])('should find the topics of "%s"', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('should work with a hand-made topic list', () => {
    const tiny = createTopicModel([{ name: 'water', triggers: ['water (?:sharing|use)'] }]);
    expect(findTopics('A roadmap on water sharing.', tiny)).toEqual([{ id: 'topic:water', name: 'water' }]);
  });
});
