import { css } from 'lit';

export const commPanelStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    position: relative;
    flex: 0 0 auto;
    width: var(--cif-panel-width, 340px);
    background: var(--cif-panel-background, #fff);
    border-inline-end: var(--cif-panel-border, 1px solid #cbd5e1);
    font: var(--cif-font, 14px/1.4 system-ui, sans-serif);
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  .header {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 6px 8px 6px 12px;
    font-weight: 600;
    border-bottom: 1px solid var(--cif-border-color, #e2e8f0);
  }
  .label {
    flex: 1;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .toggle {
    font: inherit;
    width: 28px;
    height: 28px;
    border: 1px solid transparent;
    border-radius: 6px;
    background: transparent;
    cursor: pointer;
  }
  .toggle:hover,
  .toggle:focus-visible {
    border-color: var(--cif-accent, #2563eb);
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
    background: var(--cif-accent, #2563eb);
    opacity: 0.5;
    outline: none;
  }
  /* Every mode keeps the iframe where it is, so the widget never reloads. */
  :host([data-mode='minimized']) {
    width: auto;
    flex-basis: 44px;
  }
  :host([data-mode='minimized']) .label {
    writing-mode: vertical-rl;
  }
  :host([data-mode='minimized']) .header {
    flex-direction: column-reverse;
    border: 0;
    padding: 8px 6px;
  }
  :host([data-mode='minimized']) .body,
  :host([data-mode='collapsed']) .body,
  :host([data-mode='hidden']) .body {
    position: absolute;
    width: var(--cif-panel-width, 340px);
    height: 100%;
    visibility: hidden;
    pointer-events: none;
  }
  :host([data-mode='collapsed']) {
    width: 28px;
  }
  :host([data-mode='collapsed']) .header {
    padding: 0;
    border: 0;
  }
  :host([data-mode='collapsed']) .label {
    display: none;
  }
  :host([data-mode='collapsed']) .toggle {
    width: 28px;
    border-radius: 0;
    height: 48px;
  }
  :host([data-mode='hidden']) {
    width: 0;
    border: 0;
    overflow: hidden;
  }
`;
