import { css } from '../styles.js';

/** The notification area (notification-area.ts): the shown alert, its countdown, the toasts. */
export const notificationAreaStyles = css`
  .notifications button {
    font: inherit;
    cursor: pointer;
    border-radius: 6px;
  }
  .notifications button:focus-visible {
    outline: 2px solid var(--cif-accent, var(--_cif-accent, #2563eb));
    outline-offset: 2px;
  }
  .notifications {
    position: absolute;
    inset-block-start: 8px;
    inset-inline-end: 8px;
    z-index: 2;
    display: flex;
    flex-direction: column;
    gap: 8px;
    width: min(340px, calc(100% - 16px));
  }
  .alert,
  .toast {
    padding: 10px 12px;
    border-radius: 8px;
    background: var(--cif-surface, var(--_cif-surface, #fff));
    border: 1px solid var(--cif-border-color, var(--_cif-border-color, #cbd5e1));
    box-shadow: 0 6px 20px rgb(15 23 42 / 0.18);
  }
  .alert {
    border-inline-start: 4px solid var(--cif-accent, var(--_cif-accent, #2563eb));
  }
  .toast,
  .alert-head,
  .actions {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .toast-title,
  .alert-head strong {
    flex: 1;
  }
  .countdown {
    font-variant-numeric: tabular-nums;
    color: var(--cif-muted-color, var(--_cif-muted-color, #334155));
  }
  .alert dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px 10px;
    margin: 8px 0;
  }
  .alert dt {
    color: var(--cif-muted-color, var(--_cif-muted-color, #334155));
  }
  .alert dd {
    margin: 0;
  }
  .actions button {
    padding: 4px 12px;
    border: 1px solid var(--cif-border-color, var(--_cif-border-color, #cbd5e1));
    background: var(--cif-surface, var(--_cif-surface, #fff));
    color: inherit;
  }
  .actions .accept {
    background: var(--cif-accent, var(--_cif-accent, #2563eb));
    border-color: transparent;
    color: var(--cif-on-accent, var(--_cif-on-accent, #fff));
  }
  .waiting {
    margin-inline-start: auto;
    font-size: 12px;
    color: var(--cif-muted-color, var(--_cif-muted-color, #334155));
  }
  .dismiss {
    border: 0;
    background: transparent;
    color: inherit;
  }
`;
