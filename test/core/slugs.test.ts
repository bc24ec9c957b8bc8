import { expect } from '@open-wc/testing';
import type { JsonValue } from '../../src/core/json.js';
import {
  parseTemplate,
  resolveParameter,
  resolveText,
  resolveTitle,
  slugNames,
  type SlugLookup,
} from '../../src/core/slugs.js';

interface ODataCall {
  entity: string;
  attribute: string;
  query: string;
}

/** A lookup over fixed values that records the OData queries it was asked. */
function lookupOf(values: Record<string, JsonValue>, odata: Record<string, JsonValue> = {}): SlugLookup & { calls: ODataCall[] } {
  const calls: ODataCall[] = [];
  return {
    calls,
    value: (name) => (Object.hasOwn(values, name) ? values[name] : undefined),
    odata(entity, attribute, query) {
      calls.push({ entity, attribute, query });
      const key = `${entity}.${attribute}`;
      return Object.hasOwn(odata, key) ? odata[key] : undefined;
    },
  };
}

const caseFilter = "{$odata.incident.title.?$filter=incidentid eq '{caseId}'&$select=title}";

describe('parseTemplate', () => {
  it('splits text into literals and {name} slugs', () => {
    expect(parseTemplate('Chat with {customerName} ({queueId})')).to.deep.equal([
      { kind: 'literal', text: 'Chat with ' },
      { kind: 'slug', name: 'customerName' },
      { kind: 'literal', text: ' (' },
      { kind: 'slug', name: 'queueId' },
      { kind: 'literal', text: ')' },
    ]);
  });

  it('returns nothing for empty text and one literal for text without slugs', () => {
    expect(parseTemplate('')).to.deep.equal([]);
    expect(parseTemplate('plain')).to.deep.equal([{ kind: 'literal', text: 'plain' }]);
  });

  it('accepts anchor attributes and Web API annotation names', () => {
    expect(parseTemplate('{anchor.title}')).to.deep.equal([{ kind: 'slug', name: 'anchor.title' }]);
    const formatted = 'anchor._customerid_value@OData.Community.Display.V1.FormattedValue';
    expect(parseTemplate(`{${formatted}}`)).to.deep.equal([{ kind: 'slug', name: formatted }]);
    expect(parseTemplate('{$x-1}{_a$b}')).to.deep.equal([
      { kind: 'slug', name: '$x-1' },
      { kind: 'slug', name: '_a$b' },
    ]);
  });

  it('keeps any other brace text literal', () => {
    for (const text of [
      '{"a":1}',
      '{ spaced }',
      '{1abc}',
      '{}',
      '{',
      '}',
      'a { b',
      '{name',
      'name}',
      '{na me}',
      '{-x}',
      '{.x}',
      '{a/b}',
    ]) {
      expect(parseTemplate(text), text).to.deep.equal([{ kind: 'literal', text }]);
    }
  });

  it('finds slugs next to stray braces', () => {
    expect(parseTemplate('{{name}}')).to.deep.equal([
      { kind: 'literal', text: '{' },
      { kind: 'slug', name: 'name' },
      { kind: 'literal', text: '}' },
    ]);
    expect(parseTemplate('{"a":"{x}"}')).to.deep.equal([
      { kind: 'literal', text: '{"a":"' },
      { kind: 'slug', name: 'x' },
      { kind: 'literal', text: '"}' },
    ]);
  });

  it('parses an OData slug without a query', () => {
    expect(parseTemplate('{$odata.account.name}')).to.deep.equal([
      { kind: 'odata', entity: 'account', attribute: 'name', query: [] },
    ]);
  });

  it('parses an OData slug whose query nests a slug, braces matched', () => {
    expect(parseTemplate(`Case: ${caseFilter}!`)).to.deep.equal([
      { kind: 'literal', text: 'Case: ' },
      {
        kind: 'odata',
        entity: 'incident',
        attribute: 'title',
        query: [
          { kind: 'literal', text: "$filter=incidentid eq '" },
          { kind: 'slug', name: 'caseId' },
          { kind: 'literal', text: "'&$select=title" },
        ],
      },
      { kind: 'literal', text: '!' },
    ]);
  });

  it('takes the $odata prefix in any case', () => {
    for (const prefix of ['$odata', '$Odata', '$ODATA']) {
      const [part] = parseTemplate(`{${prefix}.contact.fullname.?$top=1}`);
      expect(part, prefix).to.deep.equal({
        kind: 'odata',
        entity: 'contact',
        attribute: 'fullname',
        query: [{ kind: 'literal', text: '$top=1' }],
      });
    }
  });

  it('accepts an annotated attribute', () => {
    const [part] = parseTemplate('{$odata.incident._customerid_value@OData.Community.Display.V1.FormattedValue.?$top=1}');
    expect(part).to.deep.include({ entity: 'incident', attribute: '_customerid_value@OData.Community.Display.V1.FormattedValue' });
  });

  it('counts other braces in the query so they do not end the slug early', () => {
    const [part] = parseTemplate("{$odata.a.b.?x={lit eral}&y='{id}'}");
    expect(part).to.deep.equal({
      kind: 'odata',
      entity: 'a',
      attribute: 'b',
      query: [
        { kind: 'literal', text: 'x={lit eral}&y=\'' },
        { kind: 'slug', name: 'id' },
        { kind: 'literal', text: "'" },
      ],
    });
  });

  it('does not nest OData slugs: an inner {$odata…} is literal brace text', () => {
    const [part] = parseTemplate('{$odata.a.b.?q={$odata.c.d}}');
    expect(part).to.deep.equal({ kind: 'odata', entity: 'a', attribute: 'b', query: [{ kind: 'literal', text: 'q={$odata.c.d}' }] });
  });

  it('keeps malformed OData slugs literal, but still finds slugs inside them', () => {
    for (const text of ['{$odata.incident}', '{$odata.}', '{$odata.a.b.}', '{$odata.a.b?x}', '{$odata.1a.b}', '{$odata.a.b.?x']) {
      expect(parseTemplate(text), text).to.deep.equal([{ kind: 'literal', text }]);
    }
    expect(parseTemplate("{$odata.a.b.?id eq '{id}'")).to.deep.equal([
      { kind: 'literal', text: "{$odata.a.b.?id eq '" },
      { kind: 'slug', name: 'id' },
      { kind: 'literal', text: "'" },
    ]);
  });
});

describe('slugNames', () => {
  it('lists each {name} slug once, in order, nested ones included', () => {
    expect(slugNames(`{b} {a} {b} ${caseFilter} {$odata.x.y}`)).to.deep.equal(['b', 'a', 'caseId']);
    expect(slugNames('{"json":true} { no }')).to.deep.equal([]);
  });
});

describe('resolveText', () => {
  const lookup = lookupOf({
    customerName: 'Ana',
    count: 3,
    vip: true,
    nothing: null,
    data: { a: [1, 'x'] },
    list: [1, 2],
    caseId: "O'Brien's case",
    tricky: 'a/b?c=d&e=f g#h',
    quote: 'say "hi"\\\n',
  });

  it('substitutes strings as they are and other values as text', () => {
    expect(resolveText('Chat with {customerName}', lookup)).to.equal('Chat with Ana');
    expect(resolveText('{count}|{vip}|{nothing}|{missing}', lookup)).to.equal('3|true||');
    expect(resolveText('{data} {list}', lookup)).to.equal('{"a":[1,"x"]} [1,2]');
  });

  it('leaves literal braces alone', () => {
    expect(resolveText('{"a":1} { customerName } {customerName', lookup)).to.equal('{"a":1} { customerName } {customerName');
  });

  it('percent-encodes substituted values, and only them, in url context', () => {
    expect(resolveText('https://kb.example/search?q={tricky}&n={count}', lookup, 'url')).to.equal(
      'https://kb.example/search?q=a%2Fb%3Fc%3Dd%26e%3Df%20g%23h&n=3',
    );
    expect(resolveText('/x/{data}', lookup, 'url')).to.equal(`/x/${encodeURIComponent('{"a":[1,"x"]}')}`);
  });

  it('encodes lone surrogates as U+FFFD instead of throwing in url context', () => {
    expect(resolveText('{bad}', lookupOf({ bad: 'a\uD800b\uDC00' }), 'url')).to.equal('a%EF%BF%BDb%EF%BF%BD');
    expect(resolveText('{ok}', lookupOf({ ok: '\uD83D\uDE00' }), 'url')).to.equal('%F0%9F%98%80');
  });

  it('JSON-escapes substituted values in json context', () => {
    const out = resolveText('{"q":"{quote}","n":"{count}"}', lookup, 'json');
    expect(out).to.equal('{"q":"say \\"hi\\"\\\\\\n","n":"3"}');
    expect(JSON.parse(out)).to.deep.equal({ q: 'say "hi"\\\n', n: '3' });
  });

  it('asks the lookup for OData values with nested slugs substituted and quotes doubled', () => {
    const odata = lookupOf({ caseId: "O'Brien" }, { 'incident.title': 'Broken printer' });
    expect(resolveText(`Case: ${caseFilter}`, odata)).to.equal('Case: Broken printer');
    expect(odata.calls).to.deep.equal([
      { entity: 'incident', attribute: 'title', query: "$filter=incidentid eq 'O''Brien'&$select=title" },
    ]);
  });

  it('passes an empty query for an OData slug without one, and an unknown answer is empty', () => {
    const odata = lookupOf({}, {});
    expect(resolveText('[{$ODATA.account.name}]', odata)).to.equal('[]');
    expect(odata.calls).to.deep.equal([{ entity: 'account', attribute: 'name', query: '' }]);
  });

  it('substitutes unresolved nested slugs as empty and structures as JSON in OData queries', () => {
    const odata = lookupOf({ obj: { k: "it's" } });
    resolveText("{$odata.a.b.?x='{missing}'&y='{obj}'}", odata);
    expect(odata.calls[0]!.query).to.equal(`x=''&y='{"k":"it''s"}'`);
  });

  it('never re-resolves a substituted value', () => {
    const injecting = lookupOf({ name: '{secret}', secret: 'leaked', odd: "{$odata.a.b.?x='{secret}'}" });
    expect(resolveText('Hi {name}', injecting)).to.equal('Hi {secret}');
    expect(resolveText('{odd}', injecting)).to.equal("{$odata.a.b.?x='{secret}'}");
    expect(injecting.calls).to.deep.equal([]);
  });
});

describe('resolveTitle', () => {
  const lookup = lookupOf({ customerName: '  Ana  ', blank: '   ' });

  it('resolves as text and trims', () => {
    expect(resolveTitle('  Chat with {customerName} ', lookup, 'Chat')).to.equal('Chat with   Ana');
    expect(resolveTitle('<b>{customerName}</b>', lookup, 'Chat')).to.equal('<b>  Ana  </b>');
  });

  it("falls back to the template's name when nothing is left", () => {
    expect(resolveTitle('{missing}', lookup, 'Chat session')).to.equal('Chat session');
    expect(resolveTitle(' {blank} ', lookup, 'Chat session')).to.equal('Chat session');
    expect(resolveTitle('', lookup, 'Chat session')).to.equal('Chat session');
  });
});

describe('resolveParameter', () => {
  const lookup = lookupOf(
    {
      entityId: 'fac04293-0000-4000-8000-000000000001',
      count: 7,
      flag: false,
      nothing: null,
      data: { a: 1, nested: ['x', { b: null }] },
      customerName: 'Ana "the \\ best"\nline2\ttab',
      caseId: "O'Brien",
      url: 'javascript:alert(1)',
      injected: '{entityId}',
      path: 'a b/c',
    },
    { 'incident.title': 'Printer', 'incident.data': { deep: true } },
  );

  describe('(a) a string that is exactly one slug', () => {
    it('takes the raw value, of any JSON type', () => {
      expect(resolveParameter('{entityId}', lookup)).to.equal('fac04293-0000-4000-8000-000000000001');
      expect(resolveParameter('{count}', lookup)).to.equal(7);
      expect(resolveParameter('{flag}', lookup)).to.equal(false);
      expect(resolveParameter('{nothing}', lookup)).to.equal(null);
      expect(resolveParameter('{data}', lookup)).to.deep.equal({ a: 1, nested: ['x', { b: null }] });
    });

    it('is empty when unresolved', () => {
      expect(resolveParameter('{missing}', lookup)).to.equal('');
      expect(resolveParameter('{$odata.account.name}', lookup)).to.equal('');
    });

    it('works for one OData slug too', () => {
      expect(resolveParameter(caseFilter, lookup)).to.equal('Printer');
      expect(resolveParameter('{$odata.incident.data}', lookup)).to.deep.equal({ deep: true });
    });

    it('is raw even in url context, leaving the URL policy to the caller', () => {
      expect(resolveParameter('{url}', lookup, { url: true })).to.equal('javascript:alert(1)');
    });
  });

  describe('(b) a JSON string parameter', () => {
    it('substitutes in string leaves and stays valid JSON whatever the values hold', () => {
      const out = resolveParameter('{"name":"{customerName}","greeting":"Hi {customerName}!"}', lookup);
      expect(out).to.be.a('string');
      expect(JSON.parse(out as string)).to.deep.equal({
        name: 'Ana "the \\ best"\nline2\ttab',
        greeting: 'Hi Ana "the \\ best"\nline2\ttab!',
      });
    });

    it('puts raw values in place of whole-leaf slugs, unresolved ones as empty strings', () => {
      const out = resolveParameter('[ "{count}", "{data}", "{missing}", "{nothing}", 5, true, null, {"k": ["{flag}"]} ]', lookup);
      expect(out).to.equal('[7,{"a":1,"nested":["x",{"b":null}]},"",null,5,true,null,{"k":[false]}]');
    });

    it('leaves keys alone', () => {
      expect(resolveParameter('{"{entityId}":"{entityId}"}', lookup)).to.equal(
        '{"{entityId}":"fac04293-0000-4000-8000-000000000001"}',
      );
    });

    it('keeps a __proto__ key as a plain key', () => {
      const out = resolveParameter('{"__proto__":{"polluted":"{count}"}}', lookup) as string;
      expect(out).to.equal('{"__proto__":{"polluted":7}}');
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    it('does not treat invalid JSON or JSON primitives as JSON string parameters', () => {
      expect(resolveParameter('{"a":"{customerName}"', lookup)).to.equal('{"a":"Ana "the \\ best"\nline2\ttab"');
      expect(resolveParameter('"{count}"', lookup)).to.equal('"7"');
      expect(resolveParameter('  [1, "{count}"]', lookup)).to.equal('[1,7]');
    });

    it('does not percent-encode inside JSON, even for URL parameters', () => {
      expect(resolveParameter('{"p":"x {path}"}', lookup, { url: true })).to.equal('{"p":"x a b/c"}');
    });
  });

  describe('(c) other strings', () => {
    it('are text', () => {
      expect(resolveParameter('Case {caseId} ({count})', lookup)).to.equal("Case O'Brien (7)");
      expect(resolveParameter('no slugs', lookup)).to.equal('no slugs');
      expect(resolveParameter('', lookup)).to.equal('');
    });

    it('are URLs with percent-encoded values when options.url', () => {
      expect(resolveParameter('https://kb.example/{path}?id={entityId}', lookup, { url: true })).to.equal(
        'https://kb.example/a%20b%2Fc?id=fac04293-0000-4000-8000-000000000001',
      );
      expect(resolveParameter('https://kb.example/{path}', lookup, { url: false })).to.equal('https://kb.example/a b/c');
    });
  });

  describe('(d) arrays and objects', () => {
    it('resolve their string leaves and keep their keys', () => {
      expect(
        resolveParameter({ id: '{entityId}', text: 'n={count}', list: ['{data}', 1, null], '{count}': true }, lookup),
      ).to.deep.equal({
        id: 'fac04293-0000-4000-8000-000000000001',
        text: 'n=7',
        list: [{ a: 1, nested: ['x', { b: null }] }, 1, null],
        '{count}': true,
      });
    });

    it('apply url context to their leaves when options.url', () => {
      expect(resolveParameter(['/p/{path}'], lookup, { url: true })).to.deep.equal(['/p/a%20b%2Fc']);
    });

    it('do not change the input', () => {
      const input = { a: ['{count}'] };
      resolveParameter(input, lookup);
      expect(input).to.deep.equal({ a: ['{count}'] });
    });
  });

  describe('(e) numbers, booleans and null', () => {
    it('are unchanged', () => {
      expect(resolveParameter(42, lookup)).to.equal(42);
      expect(resolveParameter(true, lookup)).to.equal(true);
      expect(resolveParameter(null, lookup)).to.equal(null);
    });
  });

  it('never expands a slug found in a substituted value', () => {
    expect(resolveParameter('{injected}', lookup)).to.equal('{entityId}');
    expect(resolveParameter('id={injected}', lookup)).to.equal('id={entityId}');
    expect(resolveParameter('{"id":"{injected}","t":"x{injected}"}', lookup)).to.equal('{"id":"{entityId}","t":"x{entityId}"}');
    expect(resolveParameter('/{injected}', lookup, { url: true })).to.equal('/%7BentityId%7D');
  });
});
