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

  it.each([
    ['Armenia and Iran agreed to expand naval ties and army relations.', ['defense cooperation']],
    ['The generals praised cooperation between the two armed forces.', ['defense cooperation']],
    ['They agreed on army-to-army talks and more exchanges of military cadets.', ['defense cooperation']],
    ['The ministers called for stronger defence and security ties.', ['defense cooperation']],
    ['Both sides want to expand cooperation in the defence sector.', ['defense cooperation']],
    ['Troops of Uzbekistan and Tajikistan will hold a joint mountain rifle exercise in October.', ['joint military exercises']],
    ['Sailors from Oman and India took part in the multinational Sea Shield-2024 exercise.', ['joint military exercises']],
    ['The frigates carried out a joint patrol in the Gulf of Oman last week.', ['joint military exercises']],
    ['Italian officers will train in peacekeeping operations in Lebanon.', ['peacekeeping']],
    ['Poland will buy two air and missile defence batteries.', ['air defense']],
    ['The sides signed an agreement on their maritime border in the Gulf.', ['maritime boundary']],
    ['They reviewed the delimitation of the sea boundary.', ['maritime boundary', 'border demarcation']],
    ['Ankara and Baku pledged to protect the gas pipelines crossing the region.', ['energy security']],
    ['Tehran and Yerevan discussed electricity exports and a new power line.', ['energy']],
    ['The ministers discussed the Middle Corridor and new rail links through Kazakhstan.', ['transport corridors']],
    ['Azerbaijan and Uzbekistan discussed the International North-South Transport Corridor.', ['International North-South Transport Corridor']],
    ['A ferry service between Bandar Abbas and Sharjah will resume in May.', ['transport corridors']],
    ['The envoys discussed shipping lines and ports.', ['shipping', 'ports']],
    ['Customs officers seized fuel bound for smuggling across the river.', ['smuggling']],
    ['Police arrested a gang involved in arms smuggling and cattle rustling.', ['arms smuggling', 'cattle rustling']],
    ['Militants attacked an army post in the mountains.', ['terrorism']],
    ['The two ministers agreed to double bilateral trade by 2027.', ['trade']],
    ['They talked about the return of refugees to their homes.', ['refugees']],
    ['The two coast guards set up a hotline to avoid incidents at sea and keep sea lanes open.', ['maritime security']],
    ['Ankara and Islamabad agreed to jointly build frigates and armed drones.', ['defense industry']],
  ])('should name the subject of "%s"', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['They discussed the reopening of border crossings for trucks.', []],
    ['The Pakistan Navy frigate joined a maritime patrol aircraft in a search.', []],
    ['Drug smuggling and the smuggling of migrants worry both police forces.', ['drug trafficking', 'human trafficking']],
    ['Leaders met at the summit of the Shanghai Cooperation Organization in Astana.', []],
    ['Goods will be shipped from Iranian ports to India.', []],
    // a pledge in passing is no subject of the story
    ['Baku will maintain security along its common borders with Iran.', []],
  ])('should not invent a topic from "%s"', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Baku accused Yerevan of shelling villages along the line of contact in Nagorno-Karabakh.', ['Nagorno-Karabakh conflict']],
    ['Lavrov and Shoukry discussed the crisis in Syria and the next round of the Astana peace process.', ['Syrian conflict']],
    ['Islamabad thanked Riyadh for its principled stance on the Kashmir issue.', ['Kashmir conflict']],
    ['Units from six countries will join the Vostok-2022 large-scale strategic exercise.', ['joint military exercises']],
    ['The three ministers pledged to expand cooperation in energy, trade and defence.', ['defense cooperation', 'energy', 'trade']],
    ['Two soldiers were killed when gunmen attacked an outpost in the Panjgur border district.', ['border security']],
    ['Militants ambushed a convoy near the border with Tajikistan.', ['terrorism', 'border security']],
    ['They signed a declaration on regional energy and transport projects, including the Kars-Nakhchivan railway.', ['energy', 'transport corridors']],
    ['Tehran attaches importance to Caspian Sea cooperation.', ['Caspian Sea']],
    ['The generals discussed training and defence production.', ['defense industry']],
    ['China will join the trilateral Northern Sea Interaction 2024 exercise with Russia.', ['joint military exercises']],
    ['They discussed the unblocking of regional communications.', ['transport corridors']],
    ['Kabul and Tashkent agreed to open border markets and expand barter trade.', ['trade']],
    ['They aim to double cargo turnover this year.', ['trade']],
    ['He visited the liberated territories after the 44-day war.', ['Nagorno-Karabakh conflict']],
    ['Counterterrorism units held wargames near airports and seaports.', ['terrorism', 'joint military exercises', 'ports']],
    ['They signed a deal on the joint management of the Amu Darya and Zeravshan rivers.', ['water resources']],
    ['The Rogun hydropower plant will export electricity to Afghanistan.', ['energy']],
    ['A new cargo rail service between Termez and Mazar-i-Sharif was launched.', ['transport corridors']],
  ])('should find the subject of "%s" in any order', (text, expected) => {
    expect(names(text).sort()).toEqual([...expected].sort());
  });

  describe('topics of the lead', () => {
    it('should read joint drills announced by a defence ministry as defense cooperation', () => {
      const text = "Armenian and Indian troops began joint drills near Yerevan, Armenia's defence ministry said.";
      expect(names(text).sort()).toEqual(['defense cooperation', 'joint military exercises']);
    });

    it('should read cooperation to secure a border as border security, not defence cooperation', () => {
      const text = 'The Chief of Army Staff of Tajikistan met his Afghan counterpart.\nThey called for closer cooperation to secure the common border.';
      expect(names(text)).toEqual(['border security']);
    });

    it('should read cooperation between defence ministers as defense cooperation', () => {
      const text = 'Kyrgyz Defence Minister Ruslan Bekov met his Turkmen counterpart in Bishkek.\nBekov said their cooperation was growing.';
      expect(names(text)).toContain('defense cooperation');
    });

    it('should read a plan to train officers as defense cooperation when chiefs of staff meet', () => {
      const text = 'The Chief of the General Staff of Georgia received his Polish counterpart.\nPoland will help with the training of Georgian artillery officers.';
      expect(names(text)).toContain('defense cooperation');
    });

    it('should not call cooperation defence cooperation when foreign ministers meet', () => {
      const text = 'Foreign Minister Ali Rahimov met his Kazakh counterpart in Astana.\nThey praised their cooperation in education.';
      expect(names(text)).not.toContain('defense cooperation');
    });

    it('should not look for the lead cue in the body far below', () => {
      const filler = 'The talks covered many issues of culture and sport between the two capitals. '.repeat(15);
      const text = `Foreign ministers met in Baku.\n${filler}\nThey praised their cooperation.\nA defence ministry official attended.`;
      expect(names(text)).not.toContain('defense cooperation');
    });
  });

  it('should work with a hand-made topic list', () => {
    const tiny = createTopicModel([{ name: 'water', triggers: ['water (?:sharing|use)'] }]);
    expect(findTopics('A roadmap on water sharing.', tiny)).toEqual([{ id: 'topic:water', name: 'water' }]);
  });

  it('should drop a broad topic when a narrower one that covers it is found', () => {
    const tiny = createTopicModel([
      { name: 'energy', triggers: ['gas'] },
      { name: 'energy security', triggers: ['gas pipeline security'], overrides: ['energy'] },
    ]);
    expect(findTopics('Talks on gas pipeline security.', tiny).map((t) => t.name)).toEqual(['energy security']);
  });
});
