import { css } from '../styles.js';

/** The native record, list and search pages: the workspace's own colours, font and focus ring. */
export const entityPageStyles = css`
  :host {
    display: block;
    padding: 8px 24px;
    font: var(--cif-font, 14px/1.4 system-ui, sans-serif);
    color: var(--cif-color, var(--_cif-color, #0f172a));
  }
  label,
  .field {
    display: grid;
    margin-bottom: 12px;
    max-width: 40em;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    padding: 6px;
    border: 1px solid var(--cif-border-color, var(--_cif-border-color, #cbd5e1));
    border-radius: 4px;
    background: var(--cif-surface, var(--_cif-surface, #fff));
    color: inherit;
  }
  [type='submit'] {
    background: var(--cif-accent, var(--_cif-accent, #2563eb));
    color: var(--cif-on-accent, var(--_cif-on-accent, #fff));
  }
  :focus-visible {
    outline: 2px solid var(--cif-accent, var(--_cif-accent, #2563eb));
  }
  .link,
  th button {
    border: 0;
    background: none;
    text-align: start;
  }
  .link {
    color: var(--cif-accent, var(--_cif-accent, #2563eb));
    text-decoration: underline;
  }
  [role='status'] {
    color: var(--cif-muted-color, var(--_cif-muted-color, #334155));
  }
  [role='alert'] {
    color: var(--cif-badge-background, #dc2626);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    padding: 6px;
    border-bottom: 1px solid var(--cif-border-color, var(--_cif-border-color, #cbd5e1));
    text-align: start;
  }
`;
