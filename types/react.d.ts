// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.
// React 19: `import type {} from 'cif-workspace/react';` once, and the tags type-check in JSX.
import type { DetailedHTMLProps, HTMLAttributes, RefAttributes } from 'react';
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
  'oncif-set-panel-mode'?: (event: HTMLElementEventMap['cif-set-panel-mode']) => void;
  /** Request (bubbles, composed, cancelable): the agent resized the panel by drag or keyboard (`width`). */
  'oncif-set-panel-width'?: (event: HTMLElementEventMap['cif-set-panel-width']) => void;
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
  'oncif-session-created'?: (event: HTMLElementEventMap['cif-session-created']) => void;
  /** Focus moved to another session (`previousSessionId`, `sessionId`). */
  'oncif-session-switched'?: (event: HTMLElementEventMap['cif-session-switched']) => void;
  /** A session closed (`sessionId`). */
  'oncif-session-closed'?: (event: HTMLElementEventMap['cif-session-closed']) => void;
  /** A tab opened (`sessionId`, `tabId`, `templateName`), also for a template's tabs. */
  'oncif-tab-created'?: (event: HTMLElementEventMap['cif-tab-created']) => void;
  /** Focus moved to another tab of a session (`sessionId`, `previousTabId`, `tabId`). */
  'oncif-tab-switched'?: (event: HTMLElementEventMap['cif-tab-switched']) => void;
  /** A tab closed (`sessionId`, `tabId`). */
  'oncif-tab-closed'?: (event: HTMLElementEventMap['cif-tab-closed']) => void;
  /** The communication panel's mode changed (`mode`, `previousMode`). */
  'oncif-panel-mode-changed'?: (event: HTMLElementEventMap['cif-panel-mode-changed']) => void;
  /** The communication panel's width changed (`width`). */
  'oncif-panel-resized'?: (event: HTMLElementEventMap['cif-panel-resized']) => void;
  /** A stored snapshot was unusable and was discarded (`reason`). */
  'oncif-restore-failed'?: (event: HTMLElementEventMap['cif-restore-failed']) => void;
  /** Anything of the workspace changed, presence included: one event per change (`state`, `presence`), never for the initial or a restored state. */
  'oncif-state-changed'?: (event: HTMLElementEventMap['cif-state-changed']) => void;
  /** A configuration (the `config` property, inline or `config-src`) was refused (`error`); the previous one stays. */
  'oncif-config-error'?: (event: HTMLElementEventMap['cif-config-error']) => void;
  /** Cancelable, before a session the agent closes goes away (`sessionId`). */
  'oncif-session-close'?: (event: HTMLElementEventMap['cif-session-close']) => void;
  /** Cancelable, before a tab the agent closes goes away (`sessionId`, `tabId`). */
  'oncif-tab-close'?: (event: HTMLElementEventMap['cif-tab-close']) => void;
  /** The agent's presence changed, by the rail's control or a provider (`presenceInfo`). */
  'oncif-presence-changed'?: (event: HTMLElementEventMap['cif-presence-changed']) => void;
  /** A provider logged an analytics event, for the CRM to store (`origin`, `eventName`, `data`). */
  'oncif-analytics-event'?: (event: HTMLElementEventMap['cif-analytics-event']) => void;
  /** A provider updated a conversation, for the CRM to store (`origin`, `conversationId`, `data`). */
  'oncif-conversation-updated'?: (event: HTMLElementEventMap['cif-conversation-updated']) => void;
};

type ElementProps<E extends HTMLElement, P> = P & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & RefAttributes<E>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /** A tab's page, kept alive while hidden. */
      'cif-app-tab': ElementProps<CifAppTab, CifAppTabProps>;
      /** The provider's communication panel. */
      'cif-comm-panel': ElementProps<CifCommPanel, CifCommPanelProps>;
      /** The multisession workspace: sessions, tabs, focus and state. */
      'cif-session-host': ElementProps<CifSessionHost, CifSessionHostProps>;
    }
  }
}
