// Small helpers shared by Contoso's record pages: a DOM builder (no HTML strings, so record data can
// never become markup), one constructable stylesheet for every shadow root, formatters, and the
// workspace's request events (contract section 6: data down, intent up).

/**
 * Creates an element. `props`: `class`, `on<event>` listeners, `dataset`, DOM properties listed in
 * PROPERTIES, any other key as an attribute (`false`/`null`/`undefined` skip it). Children may be
 * nodes, strings, numbers, arrays, or nullish (skipped).
 * @param {string} tag
 * @param {Record<string, unknown>} [props]
 * @param {...unknown} children
 * @returns {HTMLElement}
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') element.className = String(value);
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2), /** @type {EventListener} */ (value));
    else if (PROPERTIES.has(key)) /** @type {any} */ (element)[key] = value;
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  element.append(...flatten(children));
  return element;
}

const PROPERTIES = new Set(['value', 'checked', 'textContent']);

/** @param {unknown[]} children @returns {(Node | string)[]} */
function flatten(children) {
  /** @type {(Node | string)[]} */
  const nodes = [];
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    nodes.push(child instanceof Node ? child : String(child));
  }
  return nodes;
}

/** The demo's "today", so relative dates in screenshots stay stable. */
export const DEMO_NOW = new Date('2025-05-06T12:00:00');

const dateFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
const moneyFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export const formatDate = (/** @type {string} */ iso) => dateFormat.format(new Date(iso));
export const formatDateTime = (/** @type {string} */ iso) => timeFormat.format(new Date(iso));
const wholeMoneyFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export const formatMoney = (/** @type {number} */ amount) => moneyFormat.format(amount);
export const formatWholeMoney = (/** @type {number} */ amount) => wholeMoneyFormat.format(amount);

/** "3 h ago", "2 d ago", relative to DEMO_NOW. */
export function ago(/** @type {string} */ iso) {
  const minutes = Math.max(0, Math.round((DEMO_NOW.getTime() - new Date(iso).getTime()) / 60000));
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 24 * 60) return `${Math.round(minutes / 60)} h ago`;
  return `${Math.round(minutes / 1440)} d ago`;
}

export const initials = (/** @type {string} */ name) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');

/** A stable hue per name, for avatars. */
export function avatarHue(/** @type {string} */ name) {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) % 360;
  return hash;
}

/** @param {string} name @param {'sm' | 'lg'} [size] */
export const avatar = (name, size = 'sm') =>
  h('span', { class: `avatar avatar-${size}`, style: `--hue: ${avatarHue(name)}`, 'aria-hidden': 'true' }, initials(name));

/** A coloured status/priority pill; the class is derived from the text. */
export const pill = (/** @type {string} */ text) =>
  h('span', { class: `pill pill-${text.toLowerCase().replace(/[^a-z]+/g, '-')}` }, text);

/**
 * Asks the nearest `<cif-session-host>` for something (contract section 6): a bubbling, composed,
 * cancelable CustomEvent; the host puts a Promise on `detail.result`. Outside a workspace nothing
 * answers, and the returned promise rejects.
 * @param {Element} from
 * @param {'cif-create-tab' | 'cif-create-session' | 'cif-focus-tab' | 'cif-close-tab'} type
 * @param {Record<string, unknown>} detail
 * @returns {Promise<unknown>}
 */
export function requestWorkspace(from, type, detail) {
  /** @type {Record<string, unknown>} */
  const payload = { ...detail };
  from.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, cancelable: true, detail: payload }));
  const result = payload.result;
  return result instanceof Promise ? result : Promise.reject(new Error(`No workspace answered ${type}.`));
}

/**
 * Base class for the record pages: a shadow root with the shared sheet, a `data` property (the
 * workspace sets it from the tab's `data` parameter) that re-renders, and the upgrade-order fix for
 * a `data` set before the element was defined.
 */
export class RecordPage extends HTMLElement {
  /** @type {Record<string, unknown>} */
  #data = {};

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
  }

  /** @returns {Record<string, unknown>} */
  get data() {
    return this.#data;
  }

  set data(value) {
    this.#data = parseData(value);
    if (this.isConnected) this.render();
  }

  connectedCallback() {
    // A tab may create this element and set `data` before this module ran (the bundle is a classic
    // script, this is a module): the value then sits in an own property that shadows the accessor.
    if (Object.hasOwn(this, 'data')) {
      const early = /** @type {any} */ (this).data;
      delete (/** @type {any} */ (this).data);
      this.#data = parseData(early);
    }
    this.render();
  }

  /** Shows a short confirmation or error at the bottom of the page. */
  toast(/** @type {string} */ message, kind = 'info') {
    const note = h('div', { class: `toast toast-${kind}`, role: 'status' }, message);
    this.shadowRoot?.append(note);
    setTimeout(() => note.remove(), 3500);
  }

  /** Runs a workspace request and reports a failure (e.g. TAB_LIMIT_REACHED) as a toast. */
  ask(/** @type {Parameters<typeof requestWorkspace>[1]} */ type, /** @type {Record<string, unknown>} */ detail) {
    requestWorkspace(this, type, detail).catch((error) => this.toast(error?.message ?? String(error), 'error'));
  }

  render() {}
}

/** @returns {Record<string, unknown>} */
function parseData(/** @type {unknown} */ value) {
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return {};
    }
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? /** @type {Record<string, unknown>} */ (value) : {};
}

export const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host {
    --brand: var(--contoso-brand, #0b5cad);
    --brand-soft: var(--contoso-brand-soft, #e8f1fb);
    --ink: #1d2433;
    --muted: #5b6577;
    --line: #e3e7ee;
    --surface: #ffffff;
    --canvas: #f4f6fa;
    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    min-height: 100%;
    padding: 20px 24px 32px;
    background: var(--canvas);
    color: var(--ink);
    font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: inherit; }
  h1, h2, h3 { margin: 0; line-height: 1.25; }
  h1 { font-size: 20px; font-weight: 650; }
  h2 { font-size: 14px; font-weight: 650; }
  h3 { font-size: 13px; font-weight: 600; }
  p { margin: 0; }
  a { color: var(--brand); }
  .muted { color: var(--muted); }
  .small { font-size: 12px; }
  .grid { display: grid; gap: 16px; grid-template-columns: minmax(300px, 1fr) minmax(0, 1.7fr); align-items: start; }
  .grid > *, .stack > * { min-width: 0; }
  .stack { display: grid; gap: 16px; }
  .row { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
  .spacer { flex: 1; }
  .card { background: var(--surface); border: 1px solid var(--line); border-radius: 10px; padding: 16px 18px; box-shadow: 0 1px 2px rgb(16 24 40 / 4%); }
  .card > header { display: flex; align-items: center; gap: 8px; margin-bottom: 12px; }
  .card > header .count { color: var(--muted); font-weight: 500; }
  .banner { display: flex; gap: 12px; align-items: center; padding: 10px 14px; border-radius: 10px; background: var(--brand-soft); border: 1px solid color-mix(in srgb, var(--brand) 25%, transparent); }
  .banner strong { color: var(--brand); }
  .live-dot { width: 8px; height: 8px; border-radius: 50%; background: #1a9d5a; box-shadow: 0 0 0 4px rgb(26 157 90 / 18%); }
  .avatar { --hue: 210; display: inline-grid; place-items: center; flex: none; border-radius: 50%; color: #fff; font-weight: 600; background: hsl(var(--hue) 55% 30%); }
  .avatar-sm { width: 28px; height: 28px; font-size: 11px; }
  .avatar-lg { width: 56px; height: 56px; font-size: 20px; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 8px 16px; margin: 0; }
  dt { color: var(--muted); }
  dd { margin: 0; overflow-wrap: anywhere; }
  dd .link { padding: 0; text-align: left; }
  table { width: 100%; border-collapse: collapse; }
  th { text-align: left; font-size: 12px; font-weight: 600; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; padding: 6px 8px; border-bottom: 1px solid var(--line); }
  td { padding: 9px 8px; border-bottom: 1px solid var(--line); vertical-align: middle; }
  tr:last-child td { border-bottom: none; }
  tbody tr.clickable { cursor: pointer; }
  tbody tr.clickable:hover { background: #f7f9fc; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  .mono { font-family: ui-monospace, 'SF Mono', Consolas, monospace; font-size: 12.5px; }
  td.mono, td.nowrap { white-space: nowrap; }
  .pill { display: inline-block; padding: 2px 9px; border-radius: 999px; font-size: 12px; font-weight: 600; white-space: nowrap; background: #eef1f5; color: #3b4558; }
  .pill-high, .pill-returned { background: #fde7e9; color: #a4262c; }
  .pill-normal, .pill-in-progress, .pill-in-transit { background: #e8f1fb; color: #0b5cad; }
  .pill-low, .pill-delivered, .pill-resolved { background: #e6f4ea; color: #146c3a; }
  .pill-new, .pill-processing { background: #fff4ce; color: #8a5a00; }
  .pill-waiting-on-customer { background: #f1e9fb; color: #6b3fa0; }
  .pill-gold { background: #fff1c7; color: #7a5800; }
  .pill-silver { background: #eef1f5; color: #4a5467; }
  .pill-standard { background: #eef1f5; color: #4a5467; }
  button { font: inherit; border-radius: 6px; border: 1px solid #c7cfdb; background: #fff; color: var(--ink); padding: 5px 12px; cursor: pointer; }
  button:hover { background: #f3f6fa; }
  button.primary { background: var(--brand); border-color: var(--brand); color: #fff; }
  button.primary:hover { filter: brightness(1.08); }
  button.link { border: none; background: none; color: var(--brand); padding: 2px 4px; }
  button.link:hover { text-decoration: underline; }
  button:focus-visible, input:focus-visible, textarea:focus-visible, select:focus-visible, tr:focus-visible { outline: 2px solid var(--brand); outline-offset: 2px; }
  input, textarea, select { font: inherit; color: inherit; border: 1px solid #c7cfdb; border-radius: 6px; padding: 6px 10px; background: #fff; }
  textarea { width: 100%; min-height: 84px; resize: vertical; }
  ul.plain { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
  .note { padding: 8px 10px; border-radius: 8px; background: #f7f9fc; border: 1px solid var(--line); }
  .case-item { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 10px; align-items: center; }
  .case-item .link { text-align: left; padding-left: 0; }
  .kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(72px, 1fr)); gap: 10px; }
  .kpi { padding: 10px; border-radius: 8px; background: #f7f9fc; border: 1px solid var(--line); }
  .kpi b { display: block; font-size: 18px; font-weight: 650; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .timeline { list-style: none; margin: 0; padding: 0 0 0 14px; border-left: 2px solid var(--line); display: grid; gap: 12px; }
  .timeline li { position: relative; }
  .timeline li::before { content: ''; position: absolute; left: -20px; top: 5px; width: 10px; height: 10px; border-radius: 50%; background: var(--brand); border: 2px solid #fff; }
  .empty { padding: 18px; text-align: center; color: var(--muted); }
  .toast { position: fixed; right: 20px; bottom: 20px; max-width: 360px; padding: 10px 14px; border-radius: 8px; background: #1d2433; color: #fff; box-shadow: 0 6px 24px rgb(0 0 0 / 20%); }
  .toast-error { background: #a4262c; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  @container (max-width: 760px) { .grid { grid-template-columns: minmax(0, 1fr); } }
`);
