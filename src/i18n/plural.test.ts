import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage, translate } from './index';

describe('counts in English take the form for their number', () => {
  beforeAll(() => loadLanguage('en'));

  it.each<[string, Parameters<typeof translate>[1], Record<string, string | number>, string]>([
    ['one shelter', 'headline.open', { n: 1 }, '1 shelter open'],
    ['shelters', 'headline.open', { n: '1,024' }, '1,024 shelters open'],
    ['no shelters', 'headline.open', { n: 0 }, '0 shelters open'],
    ['a formatted one', 'headline.evacuees', { n: '1' }, '1 evacuee'],
    ['verb agreement', 'brief.ops.households', { n: 1 }, '1 household has evacuated'],
    ['verb agreement, many', 'brief.ops.households', { n: 3 }, '3 households have evacuated'],
    ['two counts', 'pf.block.publishes', { n: 1, records: '2' }, 'Publishes 1 type, 2 records'],
    [
      'a flow',
      'legend.unplacedFlows',
      { n: 1 },
      '1 flow from somewhere in Nagasaki (municipality not given; no line)',
    ],
  ])('%s', (_label, key, params, expected) => {
    expect(translate('en', key, params)).toBe(expected);
  });

  it('leaves Japanese as written and an unknown count visible', () => {
    expect(translate('ja', 'headline.open', { n: 1 })).not.toMatch(/[|{}]/);
    expect(translate('en', 'headline.open', {})).toBe('{n} {n|shelter|shelters} open');
  });
});
