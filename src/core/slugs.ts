/**
 * Slugs: the `{name}` and `{$odata.entity.attribute.?query}` placeholders of titles and tab
 * parameters (contract section 4). Parsing is separate from resolving so that the workspace can
 * ask which slugs a template needs (`slugNames`) before it has their values.
 *
 * Two rules shape everything here:
 * - Only well-formed slugs are slugs. Any other brace text (JSON, `{ spaced }`, unbalanced
 *   braces) is literal, so JSON parameters survive untouched.
 * - Text is parsed once and substituted once. A value that itself contains `{x}` is never parsed
 *   again, so context data (a customer's name, a chat message) cannot inject slugs.
 */
import type { JsonValue } from './json.js';
import { fromJson, isPlainObject, ownValue } from './json.js';

export interface LiteralPart {
  kind: 'literal';
  text: string;
}

export interface SlugPart {
  kind: 'slug';
  name: string;
}

/** `{$odata.entity.attribute.?query}`; the query may hold `{name}` slugs, never another OData slug. */
export interface ODataPart {
  kind: 'odata';
  entity: string;
  attribute: string;
  /** Empty when the slug has no `.?query`. */
  query: QueryPart[];
}

export type QueryPart = LiteralPart | SlugPart;
export type TemplatePart = LiteralPart | SlugPart | ODataPart;

/**
 * Where values are looked up. Synchronous on purpose: the workspace owns fetching and caching
 * (OData answers arrive later and trigger a new resolution), so resolving never awaits.
 * `undefined` means "not known (yet)" and becomes an empty string.
 */
export interface SlugLookup {
  value(name: string): JsonValue | undefined;
  /** `query` arrives with its nested slugs substituted, their values escaped for OData string literals. */
  odata(entity: string, attribute: string, query: string): JsonValue | undefined;
}

/** A lookup of `{name}` slugs in one record of values, with no data adapter behind it. */
export const recordLookup = (values: Readonly<Record<string, JsonValue>>): SlugLookup => ({
  value: (name) => ownValue(values, name),
  odata: () => undefined,
});

/** How a substituted value is escaped: as is, as a URI component, or as JSON string content. */
export type SlugContext = 'text' | 'url' | 'json';

// ---------------------------------------------------------------------------------------------
// Parsing

/**
 * `{name}` at a given position (sticky), the name as in the contract. `{$odata.` in any case starts
 * an OData slug or literal text, never a `{name}` slug.
 */
const NAME_SLUG = /\{(?!\$[Oo][Dd][Aa][Tt][Aa]\.)([A-Za-z_$][A-Za-z0-9_.@$-]*)\}/y;

/**
 * The head of an OData slug, up to the attribute (sticky). The attribute may carry dotted Web API
 * annotations (`_customerid_value@OData.Community.Display.V1.FormattedValue`); it stops at `.?`
 * (the query) or `}` because `?` cannot be part of it.
 */
const ODATA_HEAD = /\{\$odata\.([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_@]*(?:\.[A-Za-z0-9_@]+)*)/iy;

const QUERY_MARKER = '.?';

interface Parsed<T> {
  part: T;
  /** Index just past the closing brace. */
  end: number;
}

function matchNameSlug(text: string, start: number): Parsed<SlugPart> | undefined {
  NAME_SLUG.lastIndex = start;
  const match = NAME_SLUG.exec(text);
  return match ? { part: { kind: 'slug', name: match[1]! }, end: NAME_SLUG.lastIndex } : undefined;
}

/**
 * Reads an OData query up to the brace that closes the OData slug. Nested `{name}` slugs become
 * slug parts; any other `{` is literal but still counted, so `}` closes the outer slug only when
 * every brace opened inside the query has been closed.
 */
function readODataQuery(text: string, start: number): { parts: QueryPart[]; end: number } | undefined {
  const parts: QueryPart[] = [];
  let literal = '';
  let depth = 0;
  let index = start;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '{') {
      // OData slugs do not nest; `{$odata.…` inside a query is literal brace text.
      const nested = matchNameSlug(text, index);
      if (nested) {
        if (literal) parts.push({ kind: 'literal', text: literal });
        literal = '';
        parts.push(nested.part);
        index = nested.end;
        continue;
      }
      depth++;
    } else if (char === '}') {
      if (depth === 0) {
        if (literal) parts.push({ kind: 'literal', text: literal });
        return { parts, end: index + 1 };
      }
      depth--;
    }
    literal += char;
    index++;
  }
  return undefined; // never closed: not an OData slug after all
}

function matchODataSlug(text: string, start: number): Parsed<ODataPart> | undefined {
  ODATA_HEAD.lastIndex = start;
  const head = ODATA_HEAD.exec(text);
  if (!head) return undefined;
  const afterHead = ODATA_HEAD.lastIndex;
  const query =
    text[afterHead] === '}'
      ? { parts: [], end: afterHead + 1 }
      : text.startsWith(QUERY_MARKER, afterHead)
        ? readODataQuery(text, afterHead + QUERY_MARKER.length)
        : undefined;
  return query && { part: { kind: 'odata', entity: head[1]!, attribute: head[2]!, query: query.parts }, end: query.end };
}

/**
 * Splits a template into literal text and slugs. Adjacent literal text is merged; brace text that
 * is not a well-formed slug stays in the literal text.
 */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = '';
  let index = 0;
  while (index < text.length) {
    const brace = text.indexOf('{', index);
    if (brace < 0) break;
    const slug = matchODataSlug(text, brace) ?? matchNameSlug(text, brace);
    if (!slug) {
      literal += text.slice(index, brace + 1);
      index = brace + 1;
      continue;
    }
    literal += text.slice(index, brace);
    if (literal) parts.push({ kind: 'literal', text: literal });
    literal = '';
    parts.push(slug.part);
    index = slug.end;
  }
  literal += text.slice(index);
  if (literal) parts.push({ kind: 'literal', text: literal });
  return parts;
}

/** The `{name}` slugs of a template, nested ones in OData queries included; each once, in order of appearance. */
export function slugNames(text: string): string[] {
  const names = new Set<string>();
  for (const part of parseTemplate(text)) {
    if (part.kind === 'slug') names.add(part.name);
    if (part.kind === 'odata') {
      for (const queryPart of part.query) if (queryPart.kind === 'slug') names.add(queryPart.name);
    }
  }
  return [...names];
}

// ---------------------------------------------------------------------------------------------
// Resolving

/** How a looked-up value reads as text: unresolved and null read as nothing, structures as JSON. */
export function valueToText(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Lone surrogates make `encodeURIComponent` throw; the browser would show them as U+FFFD anyway. */
function toWellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function escapeFor(context: SlugContext, text: string): string {
  switch (context) {
    case 'url':
      return encodeURIComponent(toWellFormed(text));
    case 'json':
      return JSON.stringify(text).slice(1, -1);
    case 'text':
      return text;
  }
}

/** Nested slugs sit inside `'…'` in OData filters: a quote in a value is doubled, as OData escapes it. */
export function escapeODataLiteral(text: string): string {
  return text.replaceAll("'", "''");
}

/** The value of one slug, as the lookup gives it (any JSON type); `undefined` when unresolved. */
function lookUpSlug(part: SlugPart | ODataPart, lookup: SlugLookup): JsonValue | undefined {
  if (part.kind === 'slug') return lookup.value(part.name);
  const query = part.query.map((queryPart) => (queryPart.kind === 'literal' ? queryPart.text : escapeODataLiteral(valueToText(lookup.value(queryPart.name)))));
  return lookup.odata(part.entity, part.attribute, query.join(''));
}

/**
 * Substitutes every slug of `text`, escaping each value for `context`. Literal text is never
 * escaped (it is the template author's), and substituted values are never parsed again.
 */
export function resolveText(text: string, lookup: SlugLookup, context: SlugContext = 'text'): string {
  return substitute(parseTemplate(text), lookup, context);
}

function substitute(parts: readonly TemplatePart[], lookup: SlugLookup, context: SlugContext): string {
  return parts.map((part) => (part.kind === 'literal' ? part.text : escapeFor(context, valueToText(lookUpSlug(part, lookup))))).join('');
}

/** A title: text, trimmed; when nothing is left, the template's name. */
export function resolveTitle(title: string, lookup: SlugLookup, fallback: string): string {
  const resolved = resolveText(title, lookup, 'text').trim();
  return resolved === '' ? fallback : resolved;
}

/** A string that holds a JSON object or array, parsed; `undefined` for anything else. */
function parseJsonStructure(text: string): JsonValue[] | { [key: string]: JsonValue } | undefined {
  const start = text.trimStart()[0];
  // Cheap rejection before trying to parse; JSON text that starts with "{" or "[" can only parse
  // to an object or an array.
  return start === '{' || start === '[' ? (fromJson(text, () => undefined) as JsonValue[] | { [key: string]: JsonValue } | undefined) : undefined;
}

/**
 * Rebuilds an object or array with `resolveString` applied to its string leaves; keys are kept.
 * `Object.fromEntries` defines properties, so a `__proto__` key stays a plain key.
 */
function mapStringLeaves(value: JsonValue, resolveString: (text: string) => JsonValue): JsonValue {
  if (typeof value === 'string') return resolveString(value);
  if (Array.isArray(value)) return value.map((item) => mapStringLeaves(item, resolveString));
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStringLeaves(item, resolveString)]));
  }
  return value;
}

/**
 * One string of a parameter, parsed once. With `structured`, a string holding JSON is resolved in
 * its leaves; the leaves themselves are plain (a leaf that holds JSON text is text).
 */
function resolveString(text: string, lookup: SlugLookup, context: SlugContext, structured: boolean): JsonValue {
  const parts = parseTemplate(text);
  const only = parts.length === 1 ? parts[0]! : undefined;
  // (a) the whole value is one slug: the value itself, any JSON type (null stays null), and only an
  // unresolved one becomes ''; URL policy is the caller's.
  if (only && only.kind !== 'literal') {
    const value = lookUpSlug(only, lookup);
    return value === undefined ? '' : value;
  }
  // (b) a JSON string parameter: substitute in its leaves and serialise again, so every value is
  // escaped by JSON.stringify and the result is valid JSON whatever the values hold.
  const structure = structured ? parseJsonStructure(text) : undefined;
  if (structure !== undefined) return JSON.stringify(mapStringLeaves(structure, (leaf) => resolveString(leaf, lookup, 'text', false)));
  // (c) plain text, or a URL whose substituted parts are percent-encoded.
  return substitute(parts, lookup, context);
}

/**
 * Resolves a tab parameter by contract section 4's rules: a whole-value slug gives its raw value,
 * a JSON string parameter stays valid JSON, other strings are text (or URL when `options.url`),
 * arrays and objects are resolved leaf by leaf, and numbers, booleans and null are kept.
 */
export function resolveParameter(value: JsonValue, lookup: SlugLookup, options: { url?: boolean } = {}): JsonValue {
  const context = options.url === true ? 'url' : 'text';
  return mapStringLeaves(value, (text) => resolveString(text, lookup, context, true));
}
