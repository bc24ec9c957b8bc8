/**
 * Property-based tests of slug resolution. Runs: 9 properties × 1000 = 9000 generated cases.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { JsonValue } from '../../src/core/json.js';
import { parseTemplate, resolveParameter, resolveText, resolveTitle, slugNames, type SlugLookup } from '../../src/core/slugs.js';

const RUNS = { numRuns: 1000 };

/** Slug names the generators use: plain, dotted, `$`, `-`, and an annotation. */
const NAMES = ['a', 'b', 'customerName', 'anchor.title', '$x', 'case_id-1', 'x@OData.Community.Display.V1.FormattedValue'] as const;

type Segment = { kind: 'text'; text: string } | { kind: 'slug'; name: string };
type Values = Record<string, JsonValue | undefined>;

/** Any text, lone surrogates and control characters included, but no `{`: it can never start a slug. */
const textWithoutOpenBrace = fc.string({ unit: 'binary', maxLength: 12 }).map((text) => text.replaceAll('{', ''));

/** Strings that look like slugs or need escaping somewhere: what an injection attempt would hold. */
const trickyString = fc.constantFrom(
  '{a}',
  '{b}',
  '{customerName}',
  "{$odata.incident.title.?$filter=id eq '{a}'}",
  'x{b}y',
  "O'Brien",
  '"quoted"',
  'back\\slash',
  'line\nbreak',
  '%41&?=#/ ',
  '\uD800',
  '',
);

const anyString = fc.oneof(fc.string({ unit: 'binary' }), trickyString);
const anyValue: fc.Arbitrary<JsonValue> = fc.oneof(anyString, fc.jsonValue() as fc.Arbitrary<JsonValue>);

const segment: fc.Arbitrary<Segment> = fc.oneof(
  textWithoutOpenBrace.map((text): Segment => ({ kind: 'text', text })),
  fc.constantFrom(...NAMES).map((name): Segment => ({ kind: 'slug', name })),
);
const segments = fc.array(segment, { maxLength: 6 });

/** Values for every name; some unresolved. */
function valuesOf(value: fc.Arbitrary<JsonValue>): fc.Arbitrary<Values> {
  return fc.tuple(...NAMES.map(() => fc.option(value, { nil: undefined }))).map((list) =>
    Object.fromEntries(NAMES.map((name, index) => [name, list[index]])),
  );
}

/** A lookup over `values` that records every name it is asked for. */
function recordingLookup(values: Values): SlugLookup & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    value(name) {
      asked.push(name);
      return values[name];
    },
    odata: () => undefined,
  };
}

const templateText = (list: readonly Segment[]): string => list.map((s) => (s.kind === 'text' ? s.text : `{${s.name}}`)).join('');

/** The reference meaning of a value read as text (the documented rule, restated). */
function asText(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const substituted = (list: readonly Segment[], values: Values, escape: (text: string) => string = (t) => t): string =>
  list.map((s) => (s.kind === 'text' ? s.text : escape(asText(values[s.name])))).join('');

/** Segments without empty text, so "exactly one slug" can be read off the list. */
const nonEmpty = (list: readonly Segment[]): Segment[] => list.filter((s) => s.kind === 'slug' || s.text !== '');

// A tree of JSON whose string leaves are templates.
type Tree =
  | { kind: 'leaf'; segments: Segment[] }
  | { kind: 'primitive'; value: number | boolean | null }
  | { kind: 'array'; items: Tree[] }
  | { kind: 'object'; entries: [string, Tree][] };

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    segments.map((list): Tree => ({ kind: 'leaf', segments: list })),
    fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)).map(
      (value): Tree => ({ kind: 'primitive', value }),
    ),
    fc.array(tie('tree'), { maxLength: 4 }).map((items): Tree => ({ kind: 'array', items })),
    fc.array(fc.tuple(fc.oneof(fc.string(), trickyString), tie('tree')), { maxLength: 4 }).map((entries): Tree => ({ kind: 'object', entries })),
  ),
}));
const structure = fc.oneof(
  fc.array(tree, { maxLength: 4 }).map((items): Tree => ({ kind: 'array', items })),
  fc.array(fc.tuple(fc.oneof(fc.string(), trickyString), tree), { maxLength: 4 }).map((entries): Tree => ({ kind: 'object', entries })),
);

/** Builds the JSON a tree stands for, `leaf` deciding what each template leaf becomes. */
function build(node: Tree, leaf: (list: Segment[]) => JsonValue): JsonValue {
  switch (node.kind) {
    case 'leaf':
      return leaf(node.segments);
    case 'primitive':
      return node.value;
    case 'array':
      return node.items.map((item) => build(item, leaf));
    case 'object':
      return Object.fromEntries(node.entries.map(([key, item]) => [key, build(item, leaf)]));
  }
}

/** What a leaf resolves to: a whole-leaf slug gives the raw value, anything else is text. */
function expectedLeaf(list: Segment[], values: Values): JsonValue {
  const kept = nonEmpty(list);
  const only = kept.length === 1 ? kept[0]! : undefined;
  if (only?.kind === 'slug') return values[only.name] === undefined ? '' : values[only.name]!;
  return substituted(kept, values);
}

/** Lone surrogates replaced by U+FFFD, restated independently of the implementation. */
function wellFormed(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isHigh = code >= 0xd800 && code <= 0xdbff;
    const isLow = code >= 0xdc00 && code <= 0xdfff;
    const next = text.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      out += text[i]! + text[i + 1]!;
      i++;
    } else {
      out += isHigh || isLow ? '\uFFFD' : text[i]!;
    }
  }
  return out;
}

const URI_COMPONENT = /^(?:[A-Za-z0-9\-_.!~*'()]|%[0-9A-F]{2})*$/;

describe('slugs (properties)', () => {
  it('leaves text without "{" unchanged, in every context', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }).map((t) => t.replaceAll('{', '')), valuesOf(anyValue), fc.constantFrom('text', 'url', 'json'), (text, values, context) => {
        const lookup = recordingLookup(values);
        expect(resolveText(text, lookup, context)).to.equal(text);
        expect(lookup.asked).to.deep.equal([]);
      }),
      RUNS,
    );
  });

  it('loses no character of brace-heavy text when parsing (an echoing lookup gives the text back)', () => {
    const alphabet = fc.constantFrom('{', '}', 'a', 'b', '_', '$', '.', '@', '-', '1', ' ', '"', '?', "'", ':');
    const echo: SlugLookup = { value: (name) => `{${name}}`, odata: () => 'never: the alphabet cannot spell $odata' };
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 40 }), (text) => {
        expect(resolveText(text, echo)).to.equal(text);
        const names = slugNames(text);
        expect(parseTemplate(text).filter((p) => p.kind === 'slug').every((p) => names.includes((p as { name: string }).name))).to.equal(true);
      }),
      RUNS,
    );
  });

  it('substitutes each slug once: values are never parsed again, and only slugs of the template are looked up', () => {
    fc.assert(
      fc.property(segments, valuesOf(anyValue), (list, values) => {
        const lookup = recordingLookup(values);
        const text = templateText(list);
        expect(resolveText(text, lookup)).to.equal(substituted(list, values));
        const inTemplate = new Set(list.flatMap((s) => (s.kind === 'slug' ? [s.name] : [])));
        expect(lookup.asked.every((name) => inTemplate.has(name))).to.equal(true);
        expect(new Set(lookup.asked)).to.deep.equal(new Set(slugNames(text)));
      }),
      RUNS,
    );
  });

  it('percent-encodes every substituted value in url context, whatever it holds', () => {
    const slugsOnly = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(slugsOnly, valuesOf(anyValue), (names, values) => {
        const out = resolveText(names.map((n) => `{${n}}`).join(''), recordingLookup(values), 'url');
        expect(out).to.match(URI_COMPONENT);
        // each value is encoded on its own: halves of a pair split across two values are lone
        expect(decodeURIComponent(out)).to.equal(names.map((n) => wellFormed(asText(values[n]))).join(''));
      }),
      RUNS,
    );
  });

  it('JSON-escapes values in json context so the string literal parses back to the text', () => {
    const plain = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1', '}'), maxLength: 6 });
    const jsonSegments = fc.array(
      fc.oneof(
        plain.map((text): Segment => ({ kind: 'text', text })),
        fc.constantFrom(...NAMES).map((name): Segment => ({ kind: 'slug', name })),
      ),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(jsonSegments, valuesOf(anyValue), (list, values) => {
        const out = resolveText(`"${templateText(list)}"`, recordingLookup(values), 'json');
        expect(JSON.parse(out)).to.equal(substituted(list, values));
      }),
      RUNS,
    );
  });

  it('keeps a JSON string parameter valid JSON, with values substituted in its leaves', () => {
    fc.assert(
      fc.property(structure, valuesOf(anyValue), fc.boolean(), (shape, values, url) => {
        const template = JSON.stringify(build(shape, templateText));
        const out = resolveParameter(template, recordingLookup(values), { url });
        expect(out).to.be.a('string');
        const expected = JSON.parse(JSON.stringify(build(shape, (list) => expectedLeaf(list, values)))) as JsonValue;
        expect(JSON.parse(out as string)).to.deep.equal(expected);
      }),
      RUNS,
    );
  });

  it('resolves arrays and objects leaf by leaf, keys untouched', () => {
    fc.assert(
      fc.property(structure, valuesOf(fc.string({ unit: 'binary' })), (shape, values) => {
        // string values only, and leaves not starting with "{"/"[", so no leaf is read as JSON
        const leafText = (list: Segment[]): string => `=${templateText(list)}`;
        const out = resolveParameter(build(shape, leafText), recordingLookup(values));
        expect(out).to.deep.equal(build(shape, (list) => `=${substituted(list, values)}`));
      }),
      RUNS,
    );
  });

  it('passes OData queries with nested slugs substituted and single quotes doubled', () => {
    const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/);
    const queryText = fc.string({ unit: fc.constantFrom('a', '$', '=', ' ', "'", '&', '(', ')'), maxLength: 8 });
    const querySegments = fc.array(
      fc.oneof(
        queryText.map((text): Segment => ({ kind: 'text', text })),
        fc.constantFrom(...NAMES).map((name): Segment => ({ kind: 'slug', name })),
      ),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom('$odata', '$OData', '$ODATA'),
        identifier,
        identifier,
        querySegments,
        valuesOf(anyString),
        anyValue,
        (prefix, entity, attribute, query, values, answer) => {
          const calls: string[][] = [];
          const lookup: SlugLookup = {
            value: (name) => values[name],
            odata(...args) {
              calls.push(args);
              return answer;
            },
          };
          const text = `[{${prefix}.${entity}.${attribute}.?${templateText(query)}}]`;
          expect(resolveText(text, lookup)).to.equal(`[${asText(answer)}]`);
          expect(calls).to.deep.equal([[entity, attribute, substituted(query, values, (v) => v.replaceAll("'", "''"))]]);
        },
      ),
      RUNS,
    );
  });

  it('never gives a blank title', () => {
    fc.assert(
      fc.property(segments, valuesOf(anyValue), fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), (list, values, fallback) => {
        expect(resolveTitle(templateText(list), recordingLookup(values), fallback).trim()).to.not.equal('');
      }),
      RUNS,
    );
  });
});
