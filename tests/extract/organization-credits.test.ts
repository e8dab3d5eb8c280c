import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { loadModel } from '../../src/extract/model/index.ts';
import { pageCredits } from '../../src/extract/organizations.ts';
import { loadOrganizationModel } from '../../src/extract/model/organizations.ts';

const model = loadModel();
const story = [
  'Armenia, Georgia discuss transit',
  'Armenian Foreign Minister Ararat Mirzoyan met his Georgian counterpart in Tbilisi on Friday.',
  'The ministers discussed rail transit and energy links.',
].join('\n');
const organizations = (text: string): string[] =>
  extractArticle({ file: 'credit.txt', text }, model).organizations.map((o) => o.name);

describe('organization credits', () => {
  it.each([
    // the outlet credited for a picture is an organization of the story, once
    [`${story}\n(Photo: Press TV)`, ['Press TV']],
    [`${story}\n[Photo: IRNA]`, ['IRNA']],
    [`${story}\nPhoto credit: Fars News Agency`, ['Fars News Agency']],
    [`${story} (Photo by Vahan Stepanyan/AFP)`, ['AFP']],
    [`${story}\nFile photo: Reuters`, ['Reuters']],
    [`${story}\n(Tasnim photo)`, ['Tasnim']],
    [`Press TV reported the talks.\n${story}\n(Photo: Press TV)`, ['Press TV']],
    // an outlet named in the page's footer or header lines is the story's source
    [`${story}\nFollow Press TV on Instagram`, ['Press TV']],
    [`${story}\nAll rights reserved for Tasnim News Agency`, ['Tasnim News Agency']],
    [`IRNA English\n${story}`, ['IRNA']],
    // a body that is no outlet, named in a footer, is no source
    [`${story}\nNATO chief visits Baku`, []],
    // a photographer or an unknown name credited for a picture is no organization
    [`${story}\n(Photo: Ani Hovhannisyan)`, []],
  ])('should list the outlet a credit names in "%s"', (text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });

  it('should read only known outlets from credits', () => {
    const orgs = loadOrganizationModel();
    expect(
      pageCredits(
        'The talks ended on Monday, officials said.\nPhoto: Reuters / Getty Images. (Photo by Jane Roe)',
        '',
        orgs,
      ),
    ).toEqual(['Reuters']);
    expect(pageCredits('The photo exhibition opened in Baku on Monday, organisers said.', '', orgs)).toEqual(
      [],
    );
  });
});
