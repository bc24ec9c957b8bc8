import { css } from '../styles.js';

/** The quick switcher: a modal dialog in the top layer; titles and badges as in the rail. */
export const quickSwitcherStyles = css`
  .switcher {
    width: min(480px, 90%);
    padding: 8px;
    color: inherit;
    background: var(--cif-surface, var(--_cif-surface, #fff));
    border: 1px solid var(--cif-border-color, var(--_cif-border-color, #cbd5e1));
    border-radius: 8px;
  }
  .switcher input {
    width: 100%;
    padding: 8px;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--cif-border-color, var(--_cif-border-color, #cbd5e1));
    border-radius: 6px;
  }
  .switcher ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .switcher li {
    display: flex;
    align-items: center;
    gap: 8px;
    cursor: pointer;
  }
  .switcher li,
  .switcher p {
    margin: 0;
    padding: 6px 8px;
  }
  .switcher [aria-selected='true'] {
    box-shadow: inset 3px 0 0 var(--cif-accent, var(--_cif-accent, #2563eb));
    background: var(--cif-strip-background, var(--_cif-strip-background, #f1f5f9));
  }
`;
