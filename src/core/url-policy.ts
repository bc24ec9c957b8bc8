/**
 * The URL policy (contract section 4): what a tab's iframe may load. Allowed are `https:`,
 * same-origin relative URLs, and `http:` for loopback hosts or when the embedder opted into
 * insecure URLs; everything else (`javascript:`, `data:`, `blob:`, `file:`, …) is `UNSAFE_URL`.
 *
 * Every judgement is made on what the WHATWG URL parser makes of the text, never on string
 * prefixes: the parser is what the browser will use when it loads the URL, so tricks such as
 * `" javascript:…"`, `"java\tscript:…"` or `"/\\evil.example"` are seen exactly as the browser
 * would see them.
 */
import { CifError } from './errors.js';

export interface UrlPolicy {
  /** Allow `http:` to any host (the workspace's `allow-insecure-urls`). */
  allowInsecure?: boolean;
  /** The page's own URL: relative URLs resolve against it and are returned absolute. */
  baseUrl?: string;
}

/**
 * Stands in for the page's origin when no `baseUrl` is given, only to tell a same-origin relative
 * URL from one that names another host (`//host/x`). It never leaves this module: relative URLs
 * are then returned as written. `.invalid` is reserved, so no real URL shares this origin.
 */
const PLACEHOLDER_BASE = 'https://same-origin.invalid/';

const MAX_URL_IN_MESSAGE = 100;

/** The URL as shown in an error: quoted (control characters become visible) and shortened. */
function describeUrl(url: string): string {
  const short = url.length > MAX_URL_IN_MESSAGE ? `${url.slice(0, MAX_URL_IN_MESSAGE)}…` : url;
  return JSON.stringify(short);
}

function parseUrl(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

const isWebScheme = (url: URL): boolean => url.protocol === 'https:' || url.protocol === 'http:';

/** `localhost`, `*.localhost`, 127.0.0.0/8 and `[::1]`; the parser has already normalised `127.1`, `0x7f.0.0.1`, … */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
  );
}

function refuseUnparsable(url: string): never {
  throw new CifError('UNSAFE_URL', `Refused URL ${describeUrl(url)}: it cannot be parsed as a URL.`);
}

/**
 * Checks `url` against the policy and returns what to load: the absolute URL, or, for a
 * same-origin relative URL without `baseUrl`, the URL as written. Throws `UNSAFE_URL` otherwise.
 */
export function checkUrl(url: string, policy: UrlPolicy = {}): string {
  if (typeof url !== 'string') refuseUnparsable(String(url)); // run-time callers may pass anything
  // The base must be absolute on its own: resolving it against the placeholder would leak the placeholder.
  const base = parseUrl(policy.baseUrl ?? PLACEHOLDER_BASE);
  if (!base) {
    throw new CifError('UNSAFE_URL', `Refused URL ${describeUrl(url)}: the base URL ${describeUrl(String(policy.baseUrl))} is not an absolute URL.`);
  }
  const resolved = parseUrl(url, base.href) ?? refuseUnparsable(url);

  // Same origin as the base: only http(s) counts, as `blob:https://app/…` reports the origin of its
  // creator, and opaque origins all read as `"null"`.
  if (isWebScheme(resolved) && isWebScheme(base) && resolved.origin === base.origin) return policy.baseUrl === undefined ? url : resolved.href;
  if (resolved.protocol === 'https:') return resolved.href;
  if (resolved.protocol === 'http:') {
    if (policy.allowInsecure === true || isLoopbackHost(resolved.hostname)) return resolved.href;
    throw new CifError(
      'UNSAFE_URL',
      `Refused URL scheme "http:" in ${describeUrl(url)}: only for loopback hosts or with allow-insecure-urls; use https:.`,
    );
  }
  throw new CifError('UNSAFE_URL', `Refused URL scheme "${resolved.protocol}" in ${describeUrl(url)}: only https: and same-origin relative URLs are allowed.`);
}

/** `checkUrl` as a yes/no. */
export function isUrlAllowed(url: string, policy: UrlPolicy = {}): boolean {
  try {
    checkUrl(url, policy);
    return true;
  } catch {
    return false;
  }
}
