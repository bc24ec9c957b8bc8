/**
 * Where a tab's page comes from when it is an iframe: the website's own URL, or a route pattern
 * of the configuration filled with the tab's parameters (contract section 4). Pure, so the rules
 * are tested without a browser; the URL policy has the last word.
 */
import type { JsonValue } from './json.js';
import type { PageType, Routes } from './config/types.js';
import { recordLookup, resolveText, valueToText } from './slugs.js';
import { checkUrl, type UrlPolicy } from './url-policy.js';

/** Fills `{name}` in a route with the tab's parameters, each percent-encoded as a URL component. */
export function fillRoute(pattern: string, parameters: Readonly<Record<string, JsonValue>>): string {
  return resolveText(pattern, recordLookup(parameters), 'url');
}

/**
 * The iframe URL of a tab, checked against the URL policy (throws UNSAFE_URL), or undefined when
 * the page type has no URL here (custom pages, or no route configured).
 */
export function pageUrl(
  pageType: PageType,
  parameters: Readonly<Record<string, JsonValue>>,
  routes: Routes,
  policy: UrlPolicy = {},
): string | undefined {
  if (pageType === 'website') return checkUrl(valueToText(parameters.url) + valueToText(parameters.data), policy);
  if (pageType === 'custom' || pageType === 'control') return undefined;
  const pattern = routes[pageType];
  if (!pattern) return undefined;
  let url = fillRoute(pattern, parameters);
  // a web resource gets its data the way Dynamics passes it: ?data=
  if (pageType === 'webresource' && parameters.data !== undefined && !pattern.includes('{data}')) {
    url += `${url.includes('?') ? '&' : '?'}data=${encodeURIComponent(valueToText(parameters.data))}`;
  }
  return checkUrl(url, policy);
}

/** The sandbox every workspace iframe starts from; a template's or panel's `sandbox` can only narrow it. */
export const DEFAULT_SANDBOX = [
  'allow-scripts',
  'allow-same-origin',
  'allow-forms',
  'allow-popups',
  'allow-popups-to-escape-sandbox',
  'allow-modals',
] as const;

/** The default tokens, narrowed to those `requested` names (when given). Never widens. */
export function sandboxTokens(requested: string | undefined | null): string {
  if (requested === undefined || requested === null) return DEFAULT_SANDBOX.join(' ');
  const wanted = new Set(requested.split(/\s+/).filter(Boolean));
  return DEFAULT_SANDBOX.filter((token) => wanted.has(token)).join(' ');
}
