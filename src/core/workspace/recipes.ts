/**
 * How a live session was made, kept in memory only, so values that arrive late from the data
 * adapter (`{$odata…}`, `{anchor.*}`) can fill in its titles and parameters in place. A restored
 * session has no recipe: it carries its resolved state and needs no template.
 */
import type { AppTabTemplate, ResolvedConfig, SessionTemplate } from '../config/types.js';
import type { JsonValue } from '../json.js';
import type { UrlPolicy } from '../url-policy.js';
import { canonicalJson } from './canonical-json.js';
import type { SessionState } from './state.js';
import { anchorOf, resolveSessionTitle, resolveTab, type AnchorRecord, type PendingLookup, type ResolvedTab } from './template-application.js';
import { patchTab, type Changes } from './transitions.js';

export interface SessionRecipe {
  readonly template: SessionTemplate;
  readonly templateParameters: Readonly<Record<string, JsonValue>>;
  readonly tabs: Map<string, TabRecipe>;
  /** Values that arrived, by odataKey. */
  readonly lookups: Map<string, JsonValue>;
  readonly inFlight: Set<string>;
  anchor: AnchorRecord | undefined;
  titleLocked: boolean;
}

export interface TabRecipe {
  readonly template: AppTabTemplate;
  readonly templateParameters: Readonly<Record<string, JsonValue>>;
  titleLocked: boolean;
}

export interface Reresolution {
  readonly session: SessionState;
  readonly changes: Changes;
  /** Lookups the new values lead to (a slug inside a value that arrived). */
  readonly pending: readonly PendingLookup[];
}

/**
 * Re-applies a session's templates with the values that arrived. What the agent renamed stays
 * renamed; a tab whose values no longer resolve keeps the ones it has (with a warning).
 */
export function reresolveSession(
  config: ResolvedConfig,
  current: SessionState,
  recipe: SessionRecipe,
  urlPolicy: UrlPolicy,
  warn: (message: string) => void,
): Reresolution {
  const { sessionId } = current;
  let session = current;
  const changes: Changes = [];
  const pending: PendingLookup[] = [];
  for (const tab of session.tabs) {
    const tabRecipe = recipe.tabs.get(tab.tabId);
    if (!tabRecipe) continue;
    const sources = { templateParameters: tabRecipe.templateParameters, context: session.context, lookups: recipe.lookups };
    let resolved: ResolvedTab;
    try {
      const result = resolveTab(config, tabRecipe.template, sources, {
        anchor: tab.isAnchor ? undefined : recipe.anchor,
        isAnchor: tab.isAnchor,
        urlPolicy,
      });
      resolved = result.tab;
      pending.push(...result.pending);
    } catch (error) {
      warn(`cif-workspace: tab "${tab.tabId}" keeps its values: ${(error as Error).message}`);
      continue;
    }
    const title = tabRecipe.titleLocked || (tab.isAnchor && recipe.template.applyTitleToAnchorTab) ? tab.title : resolved.title;
    if (title === tab.title && canonicalJson(resolved.parameters) === canonicalJson(tab.parameters)) continue;
    session = patchTab(session, tab.tabId, { title, parameters: resolved.parameters });
    changes.push({ type: 'tab-updated', sessionId, tabId: tab.tabId });
  }
  if (!recipe.titleLocked) {
    const sources = { templateParameters: recipe.templateParameters, context: session.context, lookups: recipe.lookups };
    const { title, pending: more } = resolveSessionTitle(config, recipe.template, sources, recipe.anchor);
    pending.push(...more);
    if (title !== session.title) {
      session = Object.freeze({ ...session, title });
      changes.push({ type: 'session-updated', sessionId });
      const anchorTab = session.tabs[0]!;
      if (recipe.template.applyTitleToAnchorTab && !recipe.tabs.get(anchorTab.tabId)?.titleLocked) {
        session = patchTab(session, anchorTab.tabId, { title });
        changes.push({ type: 'tab-updated', sessionId, tabId: anchorTab.tabId });
      }
    }
  }
  // the anchor's record may itself have come from a late value
  recipe.anchor = anchorOf(session.tabs[0]);
  return { session, changes, pending };
}
