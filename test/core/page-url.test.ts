import { expect } from '@open-wc/testing';
import { CifError } from '../../src/core/errors.js';
import { DEFAULT_SANDBOX, fillRoute, pageUrl, sandboxTokens } from '../../src/core/page-url.js';

/** The UNSAFE_URL CifError `run` throws. */
function unsafe(run: () => unknown): CifError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(CifError);
    expect((error as CifError).code).to.equal('UNSAFE_URL');
    return error as CifError;
  }
  throw new Error('expected UNSAFE_URL');
}

const routes = { entityrecord: '/crm/{entityName}/{entityId}', webresource: '/webresources/{webresourceName}', search: '/crm/search?q={searchText}' };

describe('page URLs', () => {
  it('fills a route with percent-encoded parameters', () => {
    expect(fillRoute('/crm/{entityName}/{entityId}', { entityName: 'incident', entityId: 'a/b c' })).to.equal('/crm/incident/a%2Fb%20c');
    expect(pageUrl('entityrecord', { entityName: 'account', entityId: '42' }, routes)).to.equal('/crm/account/42');
    expect(pageUrl('search', { searchText: 'Ann & Bob' }, routes)).to.equal('/crm/search?q=Ann%20%26%20Bob');
  });

  it('passes a web resource its data as ?data=', () => {
    expect(pageUrl('webresource', { webresourceName: 'kb.html', data: 'q=1&x' }, routes)).to.equal('/webresources/kb.html?data=q%3D1%26x');
    expect(pageUrl('webresource', { webresourceName: 'kb.html', data: { a: 1 } }, { webresource: '/w/{webresourceName}?v=2' })).to.equal(
      '/w/kb.html?v=2&data=%7B%22a%22%3A1%7D',
    );
    expect(pageUrl('webresource', { webresourceName: 'kb.html' }, routes)).to.equal('/webresources/kb.html');
  });

  it('appends a website\'s data to its url and applies the URL policy', () => {
    expect(pageUrl('website', { url: 'https://bing.example/search?q=', data: 'CAS-1' }, {})).to.equal('https://bing.example/search?q=CAS-1');
    expect(unsafe(() => pageUrl('website', { url: 'javascript:alert(1)' }, {})).message).to.contain('"javascript:alert(1)"');
    expect(unsafe(() => pageUrl('website', { url: 'http://crm.example/' }, {})).message).to.contain('"http://crm.example/"');
    expect(pageUrl('website', { url: 'http://crm.example/' }, {}, { allowInsecure: true })).to.equal('http://crm.example/');
  });

  it('has no URL for custom pages or unrouted page types', () => {
    expect(pageUrl('custom', { name: 'x-y' }, routes)).to.equal(undefined);
    expect(pageUrl('control', { controlName: 'x-y' }, routes)).to.equal(undefined);
    expect(pageUrl('dashboard', { dashboardId: '1' }, routes)).to.equal(undefined);
  });

  it('narrows the sandbox, never widens it', () => {
    expect(sandboxTokens(undefined)).to.equal(DEFAULT_SANDBOX.join(' '));
    expect(sandboxTokens(null)).to.equal(DEFAULT_SANDBOX.join(' '));
    expect(sandboxTokens('allow-forms allow-top-navigation allow-scripts')).to.equal('allow-scripts allow-forms');
    expect(sandboxTokens('')).to.equal('');
  });
});
