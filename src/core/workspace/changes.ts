/**
 * The typed change stream: what happened in one transition, in the order it happened. The
 * elements turn these into the contract's DOM events and the facades into CIF events; nothing
 * is ever emitted for initial or restored state.
 */
import type { PanelMode } from '../config/types.js';

export type WorkspaceChange =
  | { readonly type: 'session-created'; readonly sessionId: string; readonly templateName: string }
  | { readonly type: 'session-switched'; readonly previousSessionId: string; readonly sessionId: string }
  | { readonly type: 'session-closed'; readonly sessionId: string }
  | { readonly type: 'session-updated'; readonly sessionId: string }
  | { readonly type: 'session-moved'; readonly sessionId: string; readonly index: number }
  | { readonly type: 'tab-created'; readonly sessionId: string; readonly tabId: string; readonly templateName: string }
  | { readonly type: 'tab-switched'; readonly sessionId: string; readonly previousTabId: string | null; readonly tabId: string }
  | { readonly type: 'tab-closed'; readonly sessionId: string; readonly tabId: string }
  | { readonly type: 'tab-updated'; readonly sessionId: string; readonly tabId: string }
  | { readonly type: 'tab-refreshed'; readonly sessionId: string; readonly tabId: string }
  | { readonly type: 'tab-moved'; readonly sessionId: string; readonly tabId: string; readonly index: number }
  | { readonly type: 'panel-mode-changed'; readonly mode: PanelMode; readonly previousMode: PanelMode };

export type WorkspaceChangeType = WorkspaceChange['type'];
