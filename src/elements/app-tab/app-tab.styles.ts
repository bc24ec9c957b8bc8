import { css } from '../styles.js';

export const appTabStyles = css`
  /*
   * A tab is a light-DOM child of the host, so page CSS reaches it (resets such as all: unset,
   * box-sizing); !important in the shadow tree outranks the page's, even its own !important.
   * A hidden tab keeps its layout size, so a page opened in the background loads at its real size.
   */
  :host {
    display: block !important;
    position: absolute !important;
    inset: 0 !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    box-sizing: border-box !important;
    overflow: auto;
    background: var(--cif-tab-background, var(--cif-surface, var(--_cif-surface, #fff)));
  }
  :host(:not([active])) {
    visibility: hidden !important;
    pointer-events: none !important;
  }
  :host([hidden]) {
    display: none !important;
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
    color: var(--cif-muted-color, var(--_cif-muted-color, #555));
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 8px;
  }
`;
