/**
 * The workspace configuration: what an administrator writes (contract section 3). The schema
 * in `schema.ts` is checked against these interfaces at compile time, so the two cannot
 * drift apart.
 */
import type { JsonValue } from '../json.js';

export const PANEL_MODES = ['docked', 'minimized', 'hidden', 'collapsed'] as const;
/** The communication panel's mode. Inside the workspace it is always one of these strings. */
export type PanelMode = (typeof PANEL_MODES)[number];

export const PAGE_TYPES = [
  'entityrecord',
  'entitylist',
  'dashboard',
  'search',
  'website',
  'webresource',
  'custom',
  'control',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Page types whose page URL can come from `routes`. */
export const ROUTED_PAGE_TYPES = ['entityrecord', 'entitylist', 'dashboard', 'search', 'webresource'] as const;
export type RoutedPageType = (typeof ROUTED_PAGE_TYPES)[number];

export interface SessionTemplate {
  /** `<prefix>_<name>`, the prefix 3–8 alphanumerics (CIF's rule). */
  uniqueName: string;
  /** The administrator's name for it; also the title when `title` resolves to nothing. */
  name: string;
  type: 'generic' | 'entity';
  /** Logical name of the entity; required when `type` is `entity`. */
  entity?: string;
  /** Session title; slugs allowed: `Chat with {customerName}`. */
  title: string;
  /** Icon URL; no slugs. */
  icon?: string;
  /** Unique name of the application tab template opened as the (never closable) anchor tab. */
  anchorTab: string;
  /** Unique names of the application tab templates opened next to the anchor, in this order. */
  additionalTabs?: string[];
  /** The communication panel's mode while this session is focused, at first. */
  panelMode: PanelMode;
  /** Copy the resolved session title to the anchor tab. */
  applyTitleToAnchorTab?: boolean;
  description?: string;
}

export interface AppTabTemplate {
  uniqueName: string;
  name: string;
  /** Tab title; slugs allowed. */
  title: string;
  pageType: PageType;
  /** The page's parameters (see `page-types.ts`); string values may hold slugs. */
  parameters: Record<string, JsonValue>;
  /** Default true. An anchor tab is never closable, whatever this says. */
  canClose?: boolean;
  icon?: string;
  /** Default true: the page lives on while hidden. False reloads it each time it is shown (CIF's behaviour). */
  keepAlive?: boolean;
  /** iframe sandbox tokens for website and webresource pages; narrows the default set. */
  sandbox?: string;
  /** iframe permissions policy, e.g. `microphone; camera`. */
  allow?: string;
}

export interface NotificationField {
  title: string;
  /** Slugs allowed. */
  value: string;
}

export interface NotificationTemplate {
  uniqueName: string;
  title: string;
  icon?: string;
  showTimeout?: boolean;
  /** 0–500, default 120. */
  timeoutSeconds?: number;
  acceptText?: string;
  showReject?: boolean;
  rejectText?: string;
  autoAccept?: boolean;
  /** At most 4. */
  fields?: NotificationField[];
  /** A desktop notification too, when the page is in the background (Dynamics' "desktop notification mode"). Default `never`. */
  desktopNotification?: 'never' | 'background';
}

export interface AppProfile {
  uniqueName: string;
  /** Session templates this agent may start. */
  sessionTemplates: string[];
}

/** URL patterns with slugs, e.g. `{ entityrecord: "/crm/{entityName}/{entityId}" }`. */
export type Routes = Partial<Record<RoutedPageType, string>>;

/** The configuration as written, before validation. */
export interface WorkspaceConfig {
  sessionTemplates: SessionTemplate[];
  appTabTemplates: AppTabTemplate[];
  notificationTemplates?: NotificationTemplate[];
  /** Templates this agent may start; absent = all. */
  appProfile?: AppProfile;
  routes?: Routes;
  /** What getEnvironment() returns besides the workspace's own fields (`userId`, `orgUrl`, …). */
  environment?: Record<string, JsonValue>;
}

/**
 * A validated configuration merged with the built-in templates, indexed by unique name. Immutable:
 * a new config replaces the whole object.
 */
export interface ResolvedConfig {
  /** The configuration as given, checked: plain JSON that can be given again (`host.config`). */
  readonly source: WorkspaceConfig;
  readonly sessionTemplates: ReadonlyMap<string, SessionTemplate>;
  readonly appTabTemplates: ReadonlyMap<string, AppTabTemplate>;
  readonly notificationTemplates: ReadonlyMap<string, NotificationTemplate>;
  readonly appProfile: AppProfile | undefined;
  readonly routes: Routes;
  readonly environment: Readonly<Record<string, JsonValue>>;
}
