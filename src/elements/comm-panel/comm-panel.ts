import { html, nothing } from '../template.js';
import { ContextSubscription } from '../context-subscription.js';
import { stringsContext, workspaceContext } from '../../context.js';
import { sayEnglish } from '../../core/strings.js';
import { PANEL_MODES, type PanelMode } from '../../core/config/types.js';
import { sandboxTokens } from '../../core/page-url.js';
import { focusedSession, HOME_SESSION_ID, type WorkspaceState } from '../../core/workspace/state.js';
import { sendRequest } from '../../events/requests.js';
import { commPanelStyles } from './comm-panel.styles.js';
import { ReactiveHost, type PropertyValues } from '../reactive-host.js';

export const MIN_PANEL_WIDTH = 300;
export const DEFAULT_PANEL_WIDTH = 340;
const KEYBOARD_STEP = 16;

/**
 * The communication panel: a channel provider's widget (softphone, chat) in an iframe (`src`),
 * or slotted content for a widget that lives in the page. Its mode follows the focused session
 * (a session starts in its template's `panelMode`; Home uses the `mode` attribute); the agent
 * can minimise, collapse and resize it by pointer and keyboard. The widget never reloads: every
 * mode keeps the iframe in place.
 *
 * @tagname cif-comm-panel
 * @summary The provider's communication panel.
 * @slot - A same-page widget, when there is no `src`.
 * @csspart header - The panel's title bar.
 * @csspart frame - The provider's iframe.
 * @csspart resize-handle - The drag handle (a separator; arrow keys resize too).
 * @csspart toggle - The minimise / restore button.
 * @cssproperty --cif-panel-background - Background of the panel. Default #fff; #111827 in the dark theme.
 * @cssproperty --cif-panel-border - Border between panel and tabs. Default 1px solid #cbd5e1; 1px solid #334155 in the dark theme.
 * @cssproperty --cif-font - Font of the panel's header. Default 14px/1.4 system-ui.
 * @cssproperty --cif-color - Text colour of the panel's header. Default #0f172a; #e2e8f0 in the dark theme.
 * @cssproperty --cif-border-color - Line under the panel's header. Default #e2e8f0; #334155 in the dark theme.
 * @cssproperty --cif-accent - Focus and hover colour of the toggle and the resize handle. Default #2563eb; #60a5fa in the dark theme.
 * @fires cif-set-panel-mode - Request (bubbles, composed, cancelable): the agent toggled the panel (`mode`), or the `mode` attribute changed (`mode`, `sessionId: "home"`).
 * @fires cif-set-panel-width - Request (bubbles, composed, cancelable): the agent resized the panel by drag or keyboard (`width`).
 */
export class CifCommPanel extends ReactiveHost {
  static override styles = commPanelStyles;

  static override properties = {
    src: {},
    trustedOrigins: { attribute: 'trusted-origins' },
    mode: {},
    width: { type: Number },
    label: {},
    allow: {},
    sandbox: {},
    customParams: { attribute: 'custom-params' },
    channelOrder: { type: Number, attribute: 'channel-order' },
    inactive: { type: Boolean, reflect: true },
    focusedMode: { attribute: false },
    dragWidth: { attribute: false },
    say: { attribute: false },
  };

  /** URL of the provider's widget; its origin may talk to the workspace through the bridge. */
  declare src: string | null;

  /** More origins the bridge accepts from this panel's iframe, space-separated. */
  declare trustedOrigins: string;

  /** The mode on Home: `docked`, `minimized`, `hidden` or `collapsed`. Sessions use their template's. */
  declare mode: PanelMode;

  /** Width in pixels, one for all sessions; values under 300 are ignored, as in CIF. */
  declare width: number;

  /** Accessible name of the panel and title of its iframe; without one, the workspace's text for it ("Communication panel"). */
  declare label: string;

  /** iframe permissions, e.g. `microphone; camera`. */
  declare allow: string;

  /** iframe sandbox tokens; narrows the default set. */
  declare sandbox: string | null;

  /** Returned to the provider by `getEnvironment` as `customParams`. */
  declare customParams: string;

  /** With several providers: lower comes first (CIF's channel order). */
  declare channelOrder: number;

  /** Set by the host while another provider's panel is shown; the widget keeps running, out of sight. */
  declare inactive: boolean;

  /** The focused session's mode: reactive state, so the panel re-renders only when the shown mode changes. */
  private declare focusedMode: PanelMode | undefined;
  private declare dragWidth: number | undefined;
  /** The workspace's texts (`host.strings`). */
  private declare say: typeof sayEnglish;

  constructor() {
    super();
    this.src = null;
    this.trustedOrigins = '';
    this.mode = 'docked';
    this.width = DEFAULT_PANEL_WIDTH;
    this.label = '';
    this.allow = '';
    this.sandbox = null;
    this.customParams = '';
    this.channelOrder = 0;
    this.inactive = false;
    this.say = sayEnglish;
    new ContextSubscription(this, workspaceContext, (workspace: WorkspaceState) => (this.focusedMode = focusedSession(workspace).panelMode));
    new ContextSubscription(this, stringsContext, (say) => (this.say = say));
  }

  /** Its name as shown: `label`, or the workspace's text for a panel. */
  get shownLabel(): string {
    return this.label || this.say('panel');
  }

  /** The mode shown now: the focused session's, or the attribute outside a workspace. */
  get currentMode(): PanelMode {
    return this.focusedMode ?? (PANEL_MODES.includes(this.mode) ? this.mode : 'docked');
  }

  /** The width shown now (at least 300). */
  get currentWidth(): number {
    return Math.max(MIN_PANEL_WIDTH, this.dragWidth ?? (Number.isFinite(this.width) ? this.width : DEFAULT_PANEL_WIDTH));
  }

  /** The origins the bridge accepts from this panel's iframe: that of `src`, and `trusted-origins`. */
  get allowedOrigins(): string[] {
    return [originOf(this.src, document.baseURI), ...this.trustedOrigins.split(/\s+/).map((entry) => originOf(entry))].filter(
      (origin): origin is string => !!origin,
    );
  }

  /** The iframe of the provider's widget, if any. */
  get frame(): HTMLIFrameElement | null {
    return this.renderRoot.querySelector('iframe');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'complementary');
  }

  protected override willUpdate(changed: PropertyValues): void {
    // CIF ignores a width under 300: the panel keeps the width it had
    if (changed.has('width') && !(Number.isFinite(this.width) && this.width >= MIN_PANEL_WIDTH)) {
      console.warn(`cif-comm-panel: width ${this.width} ignored; it must be at least ${MIN_PANEL_WIDTH} (pixels).`);
      this.width = (changed.get('width') as number | undefined) ?? DEFAULT_PANEL_WIDTH;
    }
    if (changed.has('mode') && !PANEL_MODES.includes(this.mode)) {
      console.warn(`cif-comm-panel: mode "${this.mode}" ignored; it must be one of ${PANEL_MODES.join(', ')}.`);
      this.mode = (changed.get('mode') as PanelMode | undefined) ?? 'docked';
    }
    this.setAttribute('aria-label', this.shownLabel);
    this.dataset.mode = this.currentMode;
    // set through the CSSOM (allowed under a strict style-src), read by the shadow styles only
    this.style.setProperty('--_panel-width', `${this.currentWidth}px`);
    // the attribute is Home's mode; sessions keep their own
    if (changed.has('mode') && changed.get('mode') !== undefined && this.mode !== changed.get('mode')) {
      this.#request('cif-set-panel-mode', { mode: this.mode, sessionId: HOME_SESSION_ID });
    }
  }

  protected override render() {
    const mode = this.currentMode;
    const expanded = mode === 'docked';
    const label = this.shownLabel;
    return html`<div class="frame ${mode}">
      <div class="header" part="header">
        <span class="label">${label}</span>
        <button part="toggle" class="toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-label=${this.say(expanded ? 'minimizePanel' : 'openPanel', { label })}
          @click=${() => this.#request('cif-set-panel-mode', { mode: expanded ? 'minimized' : 'docked' })}>${expanded ? '–' : '+'}</button>
      </div>
      <div class="body" ?inert=${!expanded}>
        ${this.src
          ? html`<iframe part="frame" title=${label} src=${this.src} allow=${this.allow} sandbox=${sandboxTokens(this.sandbox)} referrerpolicy="strict-origin-when-cross-origin"></iframe>`
          : html`<slot></slot>`}
      </div>
      ${expanded
        ? html`<div part="resize-handle" class="handle" role="separator" aria-orientation="vertical" aria-label=${this.say('resizePanel', { label })}
            tabindex="0" aria-valuemin=${MIN_PANEL_WIDTH} aria-valuenow=${this.currentWidth}
            @pointerdown=${this.#startDrag} @keydown=${this.#onHandleKey}></div>`
        : nothing}
    </div>`;
  }

  #request(name: 'cif-set-panel-mode' | 'cif-set-panel-width', detail: { mode: PanelMode; sessionId?: string } | { width: number }): void {
    const result = sendRequest(this, name, detail as never);
    if (!result) {
      // no workspace around: the panel manages itself
      if ('mode' in detail) this.mode = detail.mode;
      else this.width = detail.width;
    }
  }

  /** 1 when a larger width lies to the right (the handle is on the panel's inline end), -1 in RTL. */
  #direction(): number {
    return getComputedStyle(this).direction === 'rtl' ? -1 : 1;
  }

  #onHandleKey = (event: KeyboardEvent): void => {
    const step = event.key === 'ArrowRight' ? KEYBOARD_STEP : event.key === 'ArrowLeft' ? -KEYBOARD_STEP : 0;
    if (!step) return;
    event.preventDefault();
    this.#request('cif-set-panel-width', { width: Math.max(MIN_PANEL_WIDTH, this.currentWidth + step * this.#direction()) });
  };

  #startDrag = (event: PointerEvent): void => {
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const startWidth = this.currentWidth;
    const direction = this.#direction();
    const dragging = new AbortController();
    const { signal } = dragging;
    const end = () => {
      dragging.abort();
      const width = this.dragWidth;
      this.dragWidth = undefined;
      if (width !== undefined) this.#request('cif-set-panel-width', { width: Math.round(width) });
    };
    handle.addEventListener('pointermove', (e) => (this.dragWidth = Math.max(MIN_PANEL_WIDTH, startWidth + direction * (e.clientX - startX))), { signal });
    handle.addEventListener('pointerup', end, { signal });
    handle.addEventListener('pointercancel', end, { signal });
  };
}

/** An origin, or undefined for what is no URL or has an opaque (`"null"`) origin. */
export function originOf(url: string | null | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    const origin = new URL(url, base).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cif-comm-panel': CifCommPanel;
  }
}
