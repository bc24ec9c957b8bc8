import { css } from '../styles.js';

export const sessionHostStyles = css`
  /*
   * The page may restyle the host element itself (display, resets such as all: unset, its own
   * box-sizing); the layout therefore lives in .frame, which page CSS cannot reach. --cif-*
   * properties are only read, never declared here, so the page's (on :root or any ancestor) win.
   */
  :host {
    display: block;
    height: 100%;
    min-height: 320px;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* The configuration script is data, whatever the page's CSS says about scripts. */
  ::slotted(script) {
    display: none !important;
  }
  [hidden] {
    display: none !important;
  }
  .frame {
    display: flex;
    position: relative;
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    min-height: 320px;
    font: var(--cif-font, 14px/1.4 system-ui, sans-serif);
    color: var(--cif-color, var(--_cif-color, #0f172a));
    background: var(--cif-surface, var(--_cif-surface, #fff));
    text-align: start;
  }
  .frame *,
  .frame *::before,
  .frame *::after {
    box-sizing: border-box;
  }
  .rail {
    flex: 0 0 var(--cif-rail-width, 220px);
    display: flex;
    flex-direction: column;
    background: var(--cif-rail-background, #1e293b);
    color: var(--cif-rail-color, #e2e8f0);
    overflow-y: auto;
  }
  .rail-summary {
    margin: 8px 8px 0;
    padding: 2px 8px;
    border-radius: 9px;
    font-size: 12px;
    background: var(--cif-attention-background, var(--_cif-attention-background, #d97706));
    color: #fff;
  }
  .presence {
    margin-top: auto;
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 10px 12px;
  }
  .presence-dot {
    width: 10px;
    height: 10px;
    flex: none;
    border-radius: 50%;
  }
  .presence select {
    flex: 1;
    min-width: 0;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid rgb(255 255 255 / 0.3);
    border-radius: 6px;
    padding: 2px 4px;
  }
  .presence option {
    color: var(--cif-color, var(--_cif-color, #0f172a));
    background: var(--cif-surface, var(--_cif-surface, #fff));
  }
  .rail-list {
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: 8px 6px;
  }
  .entry,
  .tab {
    display: flex;
    align-items: center;
    gap: 8px;
    cursor: pointer;
    border-radius: 6px;
    outline-offset: -2px;
    user-select: none;
  }
  .entry {
    padding: 8px 8px;
    min-height: 24px;
  }
  .entry:hover {
    background: rgb(255 255 255 / 0.08);
  }
  .entry[aria-selected='true'] {
    background: rgb(255 255 255 / 0.16);
    box-shadow: inset 3px 0 0 var(--cif-accent, var(--_cif-accent, #2563eb));
  }
  .entry:focus-visible,
  .tab:focus-visible,
  .overflow:focus-visible {
    outline: 2px solid var(--cif-accent, var(--_cif-accent, #2563eb));
  }
  .title {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .icon {
    width: 22px;
    height: 22px;
    flex: none;
    border-radius: 50%;
  }
  .initial {
    display: grid;
    place-items: center;
    font-size: 12px;
    font-weight: 600;
    background: rgb(255 255 255 / 0.15);
  }
  .badge {
    min-width: 18px;
    padding: 0 5px;
    border-radius: 9px;
    font-size: 11px;
    font-weight: 700;
    line-height: 18px;
    text-align: center;
    color: #fff;
  }
  .badge.unread {
    background: var(--cif-badge-background, #dc2626);
  }
  .badge.attention {
    background: var(--cif-attention-background, var(--_cif-attention-background, #d97706));
  }
  .close {
    flex: none;
    width: 20px;
    height: 20px;
    display: grid;
    place-items: center;
    border-radius: 4px;
    opacity: 0.7;
  }
  .close:hover {
    opacity: 1;
  }
  .close:hover,
  .overflow:hover {
    background: rgb(127 127 127 / 0.3);
  }
  .panel-column {
    display: flex;
    flex-direction: column;
    position: relative;
  }
  .panel-slot {
    display: flex;
    flex: 1;
    min-height: 0;
  }
  .panel-switcher {
    display: flex;
    gap: 2px;
    padding: 4px;
    background: var(--cif-strip-background, var(--_cif-strip-background, #f1f5f9));
  }
  .panel-switcher button,
  .overflow {
    font: inherit;
    color: inherit;
    cursor: pointer;
    border: 1px solid transparent;
    border-radius: 6px;
    background: transparent;
    padding: 2px 6px;
  }
  .panel-switcher button {
    flex: 1;
  }
  /* the rail's and the strip's "all sessions" and "all tabs" */
  .overflow {
    flex: none;
  }
  .panel-switcher button:focus-visible,
  .presence select:focus-visible {
    outline: 2px solid var(--cif-accent, var(--_cif-accent, #2563eb));
    outline-offset: 2px;
  }
  .panel-switcher [aria-pressed='true'] {
    background: var(--cif-surface, var(--_cif-surface, #fff));
    border-color: var(--cif-border-color, var(--_cif-border-color, #cbd5e1));
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .main {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .strip-row {
    display: flex;
    align-items: center;
    background: var(--cif-strip-background, var(--_cif-strip-background, #f1f5f9));
    border-bottom: 1px solid var(--cif-border-color, var(--_cif-border-color, #cbd5e1));
  }
  .strip {
    flex: 1;
    min-width: 0;
    align-self: end;
    display: flex;
    gap: 2px;
    padding: 6px 6px 0;
    overflow-x: auto;
  }
  .tab {
    padding: 6px 10px;
    max-width: 220px;
    border-radius: 6px 6px 0 0;
    color: var(--cif-muted-color, var(--_cif-muted-color, #334155));
  }
  .tab[aria-selected='true'] {
    background: var(--cif-surface, var(--_cif-surface, #fff));
    color: inherit;
    box-shadow: inset 0 2px 0 var(--cif-accent, var(--_cif-accent, #2563eb));
  }
  .panels {
    position: relative;
    flex: 1;
    min-height: 0;
  }
  /* Home covers the tabs, which stay laid out at their real size behind it. */
  .home {
    position: absolute;
    inset: 0;
    z-index: 1;
    overflow: auto;
    background: var(--cif-surface, var(--_cif-surface, #fff));
  }
`;
