import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CifError } from '../../src/core/errors.js';
import { checkUrl, isUrlAllowed, type UrlPolicy } from '../../src/core/url-policy.js';

/** The CifError `checkUrl` throws, or a failure when it does not throw one. */
function refusal(url: string, policy: UrlPolicy = {}): CifError {
  try {
    checkUrl(url, policy);
  } catch (error) {
    expect(error).to.be.instanceOf(CifError);
    return error as CifError;
  }
  throw new Error(`expected ${JSON.stringify(url)} to be refused`);
}

const base = 'https://crm.example/app/index.html';

describe('checkUrl', () => {
  describe('https:', () => {
    it('is allowed and returned normalised', () => {
      expect(checkUrl('https://kb.example/search?q=a%20b')).to.equal('https://kb.example/search?q=a%20b');
      expect(checkUrl('HTTPS://KB.example')).to.equal('https://kb.example/');
      expect(checkUrl('  https://kb.example/x  ')).to.equal('https://kb.example/x');
      expect(checkUrl('https://kb.example/x', { baseUrl: base })).to.equal('https://kb.example/x');
    });
  });

  describe('same-origin relative URLs', () => {
    it('are returned unchanged without a baseUrl', () => {
      for (const url of ['/kb?q=1', 'kb.html', './kb.html', '../up/kb.html', '?q=1', '#top', '', 'kb/javascript:alert(1)']) {
        expect(checkUrl(url), url).to.equal(url);
      }
    });

    it('are resolved against the baseUrl when one is given', () => {
      expect(checkUrl('/kb?q=1', { baseUrl: base })).to.equal('https://crm.example/kb?q=1');
      expect(checkUrl('kb.html', { baseUrl: base })).to.equal('https://crm.example/app/kb.html');
    });

    it('are allowed on an http: page, being same-origin', () => {
      expect(checkUrl('/kb', { baseUrl: 'http://intranet.example/' })).to.equal('http://intranet.example/kb');
      expect(checkUrl('http://intranet.example/kb', { baseUrl: 'http://intranet.example/' })).to.equal('http://intranet.example/kb');
    });

    it('do not include protocol-relative or backslash URLs naming another host', () => {
      expect(checkUrl('//kb.example/x')).to.equal('https://kb.example/x');
      expect(checkUrl('//kb.example/x', { baseUrl: base })).to.equal('https://kb.example/x');
      expect(checkUrl('/\\kb.example/x', { baseUrl: base })).to.equal('https://kb.example/x');
      expect(refusal('//evil.example/x', { baseUrl: 'http://intranet.example/' }).code).to.equal('UNSAFE_URL');
      expect(checkUrl('//crm.example/x', { baseUrl: base })).to.equal('https://crm.example/x');
    });
  });

  describe('http:', () => {
    it('is refused for other hosts', () => {
      const error = refusal('http://kb.example/x');
      expect(error.code).to.equal('UNSAFE_URL');
      expect(error.errorCode).to.equal(10);
      expect(error.message).to.contain('"http:"').and.to.contain('"http://kb.example/x"');
    });

    it('is allowed with allowInsecure', () => {
      expect(checkUrl('http://kb.example/x', { allowInsecure: true })).to.equal('http://kb.example/x');
      expect(isUrlAllowed('http://kb.example/x', { allowInsecure: false })).to.equal(false);
    });

    it('is allowed for loopback hosts', () => {
      for (const url of [
        'http://localhost:8000/x',
        'http://LOCALHOST/',
        'http://app.localhost/',
        'http://127.0.0.1:9/',
        'http://127.255.0.9/',
        'http://127.1/',
        'http://0x7f.0.0.1/',
        'http://[::1]:8080/',
      ]) {
        expect(isUrlAllowed(url), url).to.equal(true);
      }
      expect(checkUrl('http://127.1/x')).to.equal('http://127.0.0.1/x');
    });

    it('is refused for hosts that only look like loopback', () => {
      for (const url of [
        'http://localhost.evil.example/',
        'http://evillocalhost/',
        'http://128.0.0.1/',
        'http://127.0.0.1.evil.example/',
        'http://[::2]/',
        'http://localhost@evil.example/',
      ]) {
        expect(isUrlAllowed(url), url).to.equal(false);
      }
    });
  });

  describe('other schemes and tricks', () => {
    const refused: [string, string][] = [
      ['javascript:alert(1)', 'javascript:'],
      ['JAVASCRIPT:alert(1)', 'javascript:'],
      [' javascript:alert(1)', 'javascript:'],
      ['javascript:alert(1) ', 'javascript:'],
      ['\u0000javascript:alert(1)', 'javascript:'],
      ['\u001fjavascript:alert(1)', 'javascript:'],
      ['java\tscript:alert(1)', 'javascript:'],
      ['java\nscript:alert(1)', 'javascript:'],
      ['java\r\nscript:alert(1)', 'javascript:'],
      ['jAvAsCrIpT:alert(1)', 'javascript:'],
      ['data:text/html,<script>alert(1)</script>', 'data:'],
      ['DATA:text/html;base64,PHNjcmlwdD4=', 'data:'],
      ['blob:https://crm.example/0f2c1a5e-0000-4000-8000-000000000000', 'blob:'],
      ['vbscript:msgbox(1)', 'vbscript:'],
      ['file:///etc/passwd', 'file:'],
      ['ftp://files.example/x', 'ftp:'],
      ['mailto:a@example.com', 'mailto:'],
      ['about:blank', 'about:'],
      ['ws://example.com/', 'ws:'],
      ['localhost:8080/x', 'localhost:'],
    ];

    for (const [url, scheme] of refused) {
      it(`refuses ${JSON.stringify(url)}`, () => {
        for (const policy of [{}, { baseUrl: base }, { allowInsecure: true }]) {
          const error = refusal(url, policy);
          expect(error.code).to.equal('UNSAFE_URL');
          expect(error.message).to.contain(`"${scheme}"`);
          expect(error.message).to.contain(JSON.stringify(url));
        }
      });
    }

    it('refuses same-origin blob: URLs too', () => {
      expect(isUrlAllowed('blob:https://crm.example/abc', { baseUrl: base })).to.equal(false);
    });

    it('refuses unparsable URLs', () => {
      for (const url of ['http://[bad', 'https://host:99999/', 'https://a:b:c/', 'http://']) {
        const error = refusal(url);
        expect(error.code, url).to.equal('UNSAFE_URL');
        expect(error.message).to.contain('cannot be parsed');
      }
    });

    it('refuses relative URLs that cannot be resolved against the baseUrl', () => {
      expect(refusal('kb.html', { baseUrl: 'about:blank' }).message).to.contain('cannot be parsed');
      expect(refusal('kb.html', { baseUrl: 'data:text/html,x' }).code).to.equal('UNSAFE_URL');
    });

    it('refuses everything when the baseUrl is not absolute', () => {
      const error = refusal('https://kb.example/', { baseUrl: '/app/' });
      expect(error.code).to.equal('UNSAFE_URL');
      expect(error.message).to.contain('base URL "/app/"');
    });

    it('refuses values that are not strings', () => {
      expect(refusal(42 as unknown as string).code).to.equal('UNSAFE_URL');
      expect(isUrlAllowed(undefined as unknown as string)).to.equal(false);
    });

    it('shortens long URLs in the message', () => {
      const url = `javascript:${'a'.repeat(500)}`;
      const error = refusal(url);
      expect(error.message.length).to.be.lessThan(250);
      expect(error.message).to.contain(`"${url.slice(0, 100)}…"`);
    });
  });
});

describe('isUrlAllowed', () => {
  it('says yes or no as checkUrl would', () => {
    expect(isUrlAllowed('https://kb.example/')).to.equal(true);
    expect(isUrlAllowed('/kb')).to.equal(true);
    expect(isUrlAllowed('javascript:alert(1)')).to.equal(false);
  });
});

describe('checkUrl (properties)', () => {
  const RUNS = { numRuns: 1000 };
  const BAD_SCHEMES = ['javascript', 'data', 'blob', 'vbscript', 'file', 'ftp', 'about', 'mailto', 'ws', 'chrome'] as const;
  /** What the URL parser strips from both ends (C0 controls and space) and removes anywhere (tab, LF, CR). */
  const edgeJunk = fc.string({ unit: fc.integer({ min: 0, max: 0x20 }).map((c) => String.fromCharCode(c)), maxLength: 3 });
  const innerJunk = fc.constantFrom('', '', '', '\t', '\n', '\r');
  const policies = fc.record(
    { allowInsecure: fc.boolean(), baseUrl: fc.constantFrom(base, 'http://intranet.example/', 'http://localhost:8000/app/') },
    { requiredKeys: [] },
  );

  it('refuses dangerous schemes however they are disguised', () => {
    const disguised = fc
      .tuple(fc.constantFrom(...BAD_SCHEMES), fc.array(fc.tuple(fc.boolean(), innerJunk), { maxLength: 12 }), edgeJunk, edgeJunk, fc.string())
      .map(([scheme, noise, before, after, rest]) => {
        const letters = [...scheme].map((char, i) => {
          const [upper, junk] = noise[i] ?? [false, ''];
          return (upper ? char.toUpperCase() : char) + junk;
        });
        return `${before}${letters.join('')}:${rest}${after}`;
      });
    fc.assert(
      fc.property(disguised, policies, (url, policy) => {
        expect(isUrlAllowed(url, policy), JSON.stringify(url)).to.equal(false);
      }),
      RUNS,
    );
  });

  it('only ever returns https:, allowed http: or same-origin relative URLs', () => {
    const urlish = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.webUrl({ validSchemes: ['http', 'https'] }),
      fc.string({ unit: fc.constantFrom('/', '\\', ':', '.', 'a', 'h', 't', 'p', 's', '?', '#', '@', ' ', '\t', '[', ']', '1'), maxLength: 16 }),
    );
    fc.assert(
      fc.property(urlish, policies, (url, policy) => {
        let out: string;
        try {
          out = checkUrl(url, policy);
        } catch (error) {
          expect((error as CifError).code).to.equal('UNSAFE_URL');
          return;
        }
        const pageBase = new URL(policy.baseUrl ?? 'https://page.example/');
        const loaded = new URL(out, pageBase);
        if (loaded.origin === pageBase.origin) return; // same origin: fine whatever the scheme of the page
        expect(['https:', 'http:']).to.include(loaded.protocol);
        if (loaded.protocol === 'http:') {
          const loopback = /^(localhost|.*\.localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(loaded.hostname);
          expect(policy.allowInsecure === true || loopback, out).to.equal(true);
        }
      }),
      RUNS,
    );
  });

  it('accepts every https: URL, returning its normalised form', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }), policies, (url, policy) => {
        expect(checkUrl(url, policy)).to.equal(new URL(url).href);
      }),
      RUNS,
    );
  });
});
