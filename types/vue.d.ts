// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.
// Vue 3: `import type {} from 'cif-workspace/vue';` once, and the tags type-check in templates
// (tell the compiler they are custom elements: compilerOptions.isCustomElement = (tag) => tag.startsWith('cif-')).
import type { DefineComponent } from 'vue';
import type { CifAppTab, CifCommPanel, CifSessionHost } from 'cif-workspace';

export type CifAppTabProps = Partial<Pick<CifAppTab, 'tabId' | 'sessionId' | 'active' | 'environment'>> & {
  /** The tab this element shows (set by the host; reflected for CSS and tests). */
  'tab-id'?: string;
  /** The session of the tab (reflected for CSS and tests). */
  'session-id'?: string;
};

export type CifCommPanelProps = Partial<Pick<CifCommPanel, 'src' | 'trustedOrigins' | 'mode' | 'width' | 'label' | 'allow' | 'sandbox' | 'customParams' | 'channelOrder' | 'inactive'>> & {
  /** More origins the bridge accepts from this panel's iframe, space-separated. */
  'trusted-origins'?: string;
  /** Returned to the provider by `getEnvironment` as `customParams`. */
  'custom-params'?: string;
  /** With several providers: lower comes first (CIF's channel order). */
  'channel-order'?: number | string;
  /** Request (bubbles, composed, cancelable): the agent toggled the panel (`mode`), or the `mode` attribute changed (`mode`, `sessionId: "home"`). */
  'onCifSetPanelMode'?: (event: HTMLElementEventMap['cif-set-panel-mode']) => void;
  /** Request (bubbles, composed, cancelable): the agent resized the panel by drag or keyboard (`width`). */
  'onCifSetPanelWidth'?: (event: HTMLElementEventMap['cif-set-panel-width']) => void;
};

export type CifSessionHostProps = Partial<Pick<CifSessionHost, 'configSrc' | 'persist' | 'maxSessions' | 'maxTabs' | 'allowInsecureUrls' | 'theme' | 'config' | 'resolveOData' | 'dataAdapter' | 'environment' | 'presenceOptions' | 'presence' | 'strings' | 'shortcuts'>> & {
  /** URL of a JSON configuration file. */
  'config-src'?: string;
  /** Sessions besides Home. */
  'max-sessions'?: number | string;
  /** Tabs per session, the anchor included. */
  'max-tabs'?: number | string;
  /** Permits `http:` tab URLs (development only). */
  'allow-insecure-urls'?: boolean;
  /** A session was created (`sessionId`, `templateName`). */
  'onCifSessionCreated'?: (event: HTMLElementEventMap['cif-session-created']) => void;
  /** Focus moved to another session (`previousSessionId`, `sessionId`). */
  'onCifSessionSwitched'?: (event: HTMLElementEventMap['cif-session-switched']) => void;
  /** A session closed (`sessionId`). */
  'onCifSessionClosed'?: (event: HTMLElementEventMap['cif-session-closed']) => void;
  /** A tab opened (`sessionId`, `tabId`, `templateName`), also for a template's tabs. */
  'onCifTabCreated'?: (event: HTMLElementEventMap['cif-tab-created']) => void;
  /** Focus moved to another tab of a session (`sessionId`, `previousTabId`, `tabId`). */
  'onCifTabSwitched'?: (event: HTMLElementEventMap['cif-tab-switched']) => void;
  /** A tab closed (`sessionId`, `tabId`). */
  'onCifTabClosed'?: (event: HTMLElementEventMap['cif-tab-closed']) => void;
  /** The communication panel's mode changed (`mode`, `previousMode`). */
  'onCifPanelModeChanged'?: (event: HTMLElementEventMap['cif-panel-mode-changed']) => void;
  /** The communication panel's width changed (`width`). */
  'onCifPanelResized'?: (event: HTMLElementEventMap['cif-panel-resized']) => void;
  /** A stored snapshot was unusable and was discarded (`reason`). */
  'onCifRestoreFailed'?: (event: HTMLElementEventMap['cif-restore-failed']) => void;
  /** Anything of the workspace changed, presence included: one event per change (`state`, `presence`), never for the initial or a restored state. */
  'onCifStateChanged'?: (event: HTMLElementEventMap['cif-state-changed']) => void;
  /** A configuration (the `config` property, inline or `config-src`) was refused (`error`); the previous one stays. */
  'onCifConfigError'?: (event: HTMLElementEventMap['cif-config-error']) => void;
  /** Cancelable, before a session the agent closes goes away (`sessionId`). */
  'onCifSessionClose'?: (event: HTMLElementEventMap['cif-session-close']) => void;
  /** Cancelable, before a tab the agent closes goes away (`sessionId`, `tabId`). */
  'onCifTabClose'?: (event: HTMLElementEventMap['cif-tab-close']) => void;
  /** The agent's presence changed, by the rail's control or a provider (`presenceInfo`). */
  'onCifPresenceChanged'?: (event: HTMLElementEventMap['cif-presence-changed']) => void;
  /** A provider logged an analytics event, for the CRM to store (`origin`, `eventName`, `data`). */
  'onCifAnalyticsEvent'?: (event: HTMLElementEventMap['cif-analytics-event']) => void;
  /** A provider updated a conversation, for the CRM to store (`origin`, `conversationId`, `data`). */
  'onCifConversationUpdated'?: (event: HTMLElementEventMap['cif-conversation-updated']) => void;
};

declare module 'vue' {
  interface GlobalComponents {
    /** A tab's page, kept alive while hidden. */
    'cif-app-tab': DefineComponent<CifAppTabProps>;
    /** The provider's communication panel. */
    'cif-comm-panel': DefineComponent<CifCommPanelProps>;
    /** The multisession workspace: sessions, tabs, focus and state. */
    'cif-session-host': DefineComponent<CifSessionHostProps>;
  }
}
