import { css } from 'lit';

export const appTabStyles = css`
  :host {
    display: block;
    position: absolute;
    inset: 0;
    overflow: auto;
    background: var(--cif-tab-background, var(--cif-surface, #fff));
  }
  /* A hidden tab keeps its layout size, so a page opened in the background loads at its real size. */
  :host(:not([active])) {
    visibility: hidden;
    pointer-events: none;
  }
  :host([hidden]) {
    display: none;
  }
  iframe {
    display: block;
    width: 100%;
    height: 100%;
    border: 0;
  }
  .placeholder {
    padding: 24px;
    font: var(--cif-font, 14px/1.4 system-ui, sans-serif);
    color: var(--cif-muted-color, #555);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 8px;
  }
`;
