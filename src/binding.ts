/**
 * What the CIF and Apm facades (and the bridge) program against: the host's command API, not the
 * Lit element, so they can be tested and reasoned about without rendering. `origin` names the
 * caller: a provider's origin, or null for the page itself.
 */
import type { DataAdapter } from './core/data-adapter.js';
import type { JsonValue } from './core/json.js';
import type { NotificationCenter } from './core/notifications.js';
import type { PresenceOption } from './core/presence.js';
import type { Workspace } from './core/workspace/workspace.js';

/** Where `bindGlobalApis()` leaves its host for the page APIs (a registered symbol: any copy finds it). */
export const BOUND_HOST = Symbol.for('cif-workspace.bound-host');

/** A CIF event the host raises itself (not from a workspace change): presence, click-to-act, navigation, the panels. */
export interface HostCifEvent {
  readonly name: string;
  readonly payload: Record<string, unknown>;
  /** The provider origins that hear it; absent: every provider. The page's own handlers hear them all. */
  readonly origins?: readonly string[];
}

export interface WorkspaceBinding {
  /** The state machine; its commands are synchronous and throw `CifError`. */
  readonly workspace: Workspace;
  /** The incoming-work notifications (notifyEvent). */
  readonly notifications: NotificationCenter;
  /** Where the host's DOM events are heard. */
  readonly events: EventTarget;
  /** A stable id of the host, for topics and storage (`id` attribute, or "default"). */
  readonly hostId: string;
  /** Resolves once the host has its configuration (and restored state). */
  readonly ready: Promise<void>;
  /** Settles once the latest change is rendered. */
  rendered(): Promise<unknown>;
  /** The caller's panel width (the page's: the shown panel's). */
  panelWidth(origin: string | null): number;
  setPanelWidth(width: number, origin: string | null): Promise<void>;
  /** The caller's panel's `custom-params`, for getEnvironment. */
  customParams(origin: string | null): string;
  presence(): PresenceOption;
  /** False for a presence text that is not one of the options. */
  setPresence(text: string): boolean;
  clickToAct(origin: string | null): boolean;
  setClickToAct(origin: string | null, enabled: boolean): void;
  /** logAnalyticsEvent and updateConversation surface as host events for the CRM to store. */
  logAnalyticsEvent(origin: string | null, eventName: string, data: JsonValue): void;
  updateConversation(origin: string | null, conversationId: string, data: JsonValue): void;
  /** The CRM's records, when the page gave the host a data adapter. */
  dataAdapter(): DataAdapter | undefined;
  /** What getEnvironment adds: `host.environment` (userId, orgUrl, …). */
  environment(): Readonly<Record<string, JsonValue>>;
  /** Hears the CIF events the host raises; returns the unsubscribe function. */
  onCifEvent(listener: (event: HostCifEvent) => void): () => void;
}
