import { css } from '../styles.js';

/**
 * The dark palette. Each element's styles read a colour as the page's custom property, falling back to
 * the theme's private one (the same name after `--_`), set here on the host's frame
 * (inherited by everything inside, slotted tabs and panels included), then the light default.
 */
const dark = css`
  color-scheme: dark;
  --_cif-surface: #0f172a;
  --_cif-color: #e2e8f0;
  --_cif-muted-color: #94a3b8;
  --_cif-accent: #60a5fa;
  --_cif-on-accent: #0f172a;
  --_cif-border-color: #334155;
  --_cif-strip-background: #1e293b;
  --_cif-attention-background: #b45309;
  --_cif-panel-background: #111827;
  --_cif-panel-border: 1px solid #334155;
`;

/** `theme="dark"`, and `theme="auto"` (the default) when the system prefers dark. */
export const themeStyles = css`
  :host([theme='dark']) .frame {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'], [theme='dark'])) .frame {
      ${dark}
    }
  }
`;
