import { css } from '../styles.js';

/*
 * The panel is a light-DOM child of the host, so page CSS reaches the element itself: the host
 * rules that keep it a fixed-width column are !important (outranking the page's), and the rest
 * of the layout lives in .frame, which page CSS cannot reach. Every mode keeps the iframe where
 * it is, so the widget never reloads.
 */
export const commPanelStyles = css`
  :host {
    display: block !important;
    flex: none !important;
    position: relative !important;
    box-sizing: border-box !important;
    margin: 0 !important;
    padding: 0 !important;
    min-width: 0 !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* another provider is shown: this one keeps running, at its size, out of sight */
  :host([inactive]) {
    position: absolute !important;
    inset-block: 0 !important;
    visibility: hidden !important;
    pointer-events: none !important;
  }
  .frame {
    display: flex;
    flex-direction: column;
    position: relative;
    box-sizing: border-box;
    width: var(--_panel-width, 340px);
    height: 100%;
    background: var(--cif-panel-background, var(--_cif-panel-background, #fff));
    border-inline-end: var(--cif-panel-border, var(--_cif-panel-border, 1px solid #cbd5e1));
    font: var(--cif-font, 14px/1.4 system-ui, sans-serif);
    color: var(--cif-color, var(--_cif-color, #0f172a));
    text-align: start;
  }
  .header {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 6px 8px 6px 12px;
    font-weight: 600;
    border-bottom: 1px solid var(--cif-border-color, var(--_cif-border-color, #e2e8f0));
  }
  .label {
    flex: 1;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .toggle {
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    width: 28px;
    height: 28px;
    border: 1px solid transparent;
    border-radius: 6px;
    background: transparent;
    cursor: pointer;
  }
  .toggle:hover,
  .toggle:focus-visible {
    border-color: var(--cif-accent, var(--_cif-accent, #2563eb));
  }
  .body {
    flex: 1;
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  iframe {
    flex: 1;
    width: 100%;
    border: 0;
  }
  .handle {
    position: absolute;
    inset-block: 0;
    inset-inline-end: -4px;
    width: 8px;
    cursor: col-resize;
    z-index: 1;
  }
  .handle:hover,
  .handle:focus-visible {
    background: var(--cif-accent, var(--_cif-accent, #2563eb));
    opacity: 0.5;
    outline: none;
  }
  .frame.minimized {
    width: 44px;
  }
  .minimized .label {
    writing-mode: vertical-rl;
  }
  .minimized .header {
    flex-direction: column-reverse;
    border: 0;
    padding: 8px 6px;
  }
  /* out of sight in every mode but docked, at its docked size: the widget never reloads */
  .frame:not(.docked) .body {
    position: absolute;
    width: var(--_panel-width, 340px);
    height: 100%;
    visibility: hidden;
    pointer-events: none;
  }
  .frame.collapsed {
    width: 28px;
  }
  .collapsed .header {
    padding: 0;
    border: 0;
  }
  .collapsed .label {
    display: none;
  }
  .collapsed .toggle {
    width: 28px;
    border-radius: 0;
    height: 48px;
  }
  .frame.hidden {
    width: 0;
    border: 0;
    overflow: hidden;
  }
`;
