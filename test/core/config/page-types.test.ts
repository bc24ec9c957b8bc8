import { expect } from '@open-wc/testing';
import { overridableParameters, PAGE_TYPE_RULES, PAGE_TYPES } from '../../../src/core/config/index.js';

describe('page types', () => {
  it('have rules for every page type, each requiring the contract\'s parameter', () => {
    expect(Object.keys(PAGE_TYPE_RULES)).to.have.members([...PAGE_TYPES]);
    const required = Object.fromEntries(PAGE_TYPES.map((pageType) => [pageType, PAGE_TYPE_RULES[pageType].required]));
    expect(required).to.deep.equal({
      website: ['url'],
      webresource: ['webresourceName'],
      entityrecord: ['entityName'],
      entitylist: ['entityName'],
      dashboard: ['dashboardId'],
      search: ['searchText'],
      custom: ['name'],
      control: ['controlName'],
    });
  });

  it('let run-time parameters set the page type\'s and the template\'s own names, minus config-only ones', () => {
    const names = overridableParameters('custom', { name: 'contoso-orders', accent: 'blue' });
    expect([...names]).to.have.members(['data', 'entityName', 'recordId', 'accent']);
    expect(names.has('name')).to.equal(false);
    expect([...overridableParameters('control', {})]).to.deep.equal(['data']);
    expect([...overridableParameters('website', { url: 'https://x.example' })]).to.have.members(['url', 'data']);
  });
});
