/**
 * The workspace's keyboard shortcuts: the actions, their default keys, and matching a key press
 * against them. Keys are written as the agent reads them, `Alt+Shift+W`: modifiers first
 * (Control, Alt, Shift, Meta), then one key. A letter or digit is matched by its physical key
 * (`KeyboardEvent.code`), so Shift or a keyboard layout that changes the character does not
 * change the shortcut; any other key by its name (`ArrowDown`, `Enter`, `F6`).
 *
 * Every default uses Alt+Shift, which browsers and CRMs leave alone; a page that needs one of
 * them remaps or disables it through `host.shortcuts`, and a key the page already handled
 * (`preventDefault()`) is never taken.
 */
import * as s from './schema/index.js';
import { deepFreeze } from './json.js';
import { parseOrThrow } from './validation.js';

export type ShortcutAction =
  | `session${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`
  | 'home'
  | 'nextSession'
  | 'previousSession'
  | 'nextAttention'
  | 'closeTab'
  | 'focusPanel'
  | 'acceptNotification'
  | 'rejectNotification'
  | 'quickSwitcher';

/** Each action's keys; null: the action has no shortcut. */
export type Shortcuts = { readonly [A in ShortcutAction]: string | null };

/** Session 1–9 (Alt+Shift+1 … 9) count the sessions after Home, in rail order. */
export const DEFAULT_SHORTCUTS: Shortcuts = deepFreeze({
  ...Object.fromEntries([...'123456789'].map((n) => [`session${n}`, `Alt+Shift+${n}`])),
  home: 'Alt+Shift+0',
  nextSession: 'Alt+Shift+ArrowDown',
  previousSession: 'Alt+Shift+ArrowUp',
  nextAttention: 'Alt+Shift+A',
  closeTab: 'Alt+Shift+W',
  focusPanel: 'Alt+Shift+P',
  acceptNotification: 'Alt+Shift+Enter',
  rejectNotification: 'Alt+Shift+Backspace',
  quickSwitcher: 'Alt+Shift+K',
} as Shortcuts);

const ACTIONS = Object.keys(DEFAULT_SHORTCUTS) as ShortcutAction[];
const MODIFIERS = ['Control', 'Alt', 'Shift', 'Meta'];

/**
 * `keys` as this module writes them (modifiers in the order above, a letter upper-case), or
 * undefined when they are no shortcut: an unknown or repeated modifier, or none but Shift (that
 * would take keys the agent types).
 */
function canonical(keys: string): string | undefined {
  const modifiers = keys.split('+');
  const key = modifiers.pop()!;
  const held = MODIFIERS.filter((modifier) => modifiers.includes(modifier));
  const named = /^([!-~]|F\d\d?|[A-Z][a-z]+(?:[A-Z][a-z]+)?)$/.test(key);
  return held.length === modifiers.length && held.some((m) => m !== 'Shift') && named ? [...held, key.length === 1 ? key.toUpperCase() : key].join('+') : undefined;
}

/** What cif-client.js forwards of a key press, and what a KeyboardEvent has. */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly shiftKey: boolean;
  readonly metaKey: boolean;
}

/** The action whose keys `press` is, if any. */
export function matchShortcut(shortcuts: Shortcuts, press: KeyPress): ShortcutAction | undefined {
  // a letter or a digit by the key it is on (the Numpad's digits too); any other key by name
  const key = /^(?:Key|Digit|Numpad)([A-Z\d])$/.exec(press.code)?.[1] ?? (press.key === ' ' ? 'Space' : press.key);
  const held = [press.ctrlKey, press.altKey, press.shiftKey, press.metaKey];
  const keys = [...MODIFIERS.filter((_, index) => held[index]), key].join('+');
  return ACTIONS.find((action) => shortcuts[action] === keys);
}

const KeysSchema = s.exactOptional(
  s.nullable(s.pipe(s.string(), s.check((keys: string) => !!canonical(keys), 'must be keys such as "Alt+Shift+W": Control, Alt or Meta (and Shift if wanted), then one key'))),
);
const ShortcutsSchema = s.strictObject(Object.fromEntries(ACTIONS.map((action) => [action, KeysSchema])) as Record<ShortcutAction, typeof KeysSchema>);

/**
 * A page's changes over the defaults: `{ closeTab: 'Control+Alt+W', home: null }`. Throws
 * INVALID_INPUT naming the path of keys it cannot use or of an action it does not know.
 */
export function parseShortcuts(input: unknown): Shortcuts {
  const changes = parseOrThrow(ShortcutsSchema, input, 'INVALID_INPUT', 'shortcuts');
  const written = Object.entries(changes).map(([action, keys]) => [action, keys && canonical(keys)]);
  return deepFreeze({ ...DEFAULT_SHORTCUTS, ...Object.fromEntries(written) });
}
