/**
 * Every text the workspace shows or announces to the agent, in English, and how a page puts its
 * own in their place (`host.strings`). A text names the values it takes in braces: `Close {title}`.
 * A text that counts (`{count}`) may give one form per plural category of the page's language, as
 * `Intl.PluralRules` names them (`zero`, `one`, `two`, `few`, `many`, `other`), `other` required;
 * a plain string serves every count.
 */
import * as s from './schema/index.js';
import { deepFreeze } from './json.js';
import { parseOrThrow } from './validation.js';

export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Text = string | PluralForms;

export const ENGLISH_STRINGS = deepFreeze({
  // the chrome
  sessions: 'Sessions',
  sessionsWithNews: 'Sessions: {news}',
  workspace: 'Session workspace',
  home: 'Home',
  tabsOf: 'Tabs of {title}',
  close: 'Close {title}',
  providers: 'Channel providers',
  presence: 'Presence',
  movedTo: '{title}, position {position} of {count}',
  // the quick switcher, and the rail's and the strip's overflow menus
  goTo: 'Go to a session or tab',
  allSessions: 'All sessions',
  allTabs: 'All tabs',
  noMatch: 'No session or tab matches.',
  // attention: the rail's roll-up, a session's name, and what is announced
  newUpdates: { one: '{count} new update', other: '{count} new updates' },
  sessionsNeedAttention: { one: '{count} session needs attention', other: '{count} sessions need attention' },
  kpiBreaches: { one: '{count} KPI breach', other: '{count} KPI breaches' },
  needsAttention: 'needs attention',
  kpiBreached: 'KPI breached',
  sessionNews: '{title}: {news}',
  sessionNeedsAttention: '{title} needs attention',
  // notifications (a template's own button texts win)
  accept: 'Accept',
  reject: 'Reject',
  dismiss: 'Dismiss {title}',
  waiting: '{count} waiting',
  // the communication panel (a panel's own label wins)
  panel: 'Communication panel',
  minimizePanel: 'Minimize {label}',
  openPanel: 'Open {label}',
  resizePanel: 'Resize {label}',
  // tabs and the workspace's own record, list and search pages
  noPage: 'No page renderer or route for "{pageType}" pages.',
  loading: 'Loading…',
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Saved.',
  unsavedChanges: 'Unsaved changes: save or cancel them first.',
  newRecord: 'New {entity}',
  noSuchRecord: 'There is no {entity} with id "{id}".',
  noNewRecordId: 'The CRM answered no id for the new record.',
  notAList: 'The CRM answered something other than a list of records.',
  searchFor: 'Search: {text}',
  nameColumn: 'Name',
  records: { one: '{count} record', other: '{count} records' },
} satisfies Record<string, Text>);

export type StringKey = keyof typeof ENGLISH_STRINGS;
export type Strings = { readonly [K in StringKey]: Text };

/** Says a text with its values filled in; `count` also picks the plural form. */
export type Say = (key: StringKey, values?: Readonly<Record<string, string | number>>) => string;

const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PluralSchema = s.strictObject({
  ...Object.fromEntries(PLURAL_CATEGORIES.map((category) => [category, s.exactOptional(s.string())])),
  other: s.string(),
});
const TextSchema = s.union([s.string(), PluralSchema], 'must be a string, or plural forms such as { "one": "…", "other": "…" }');
const StringsSchema = s.strictObject(Object.fromEntries(Object.keys(ENGLISH_STRINGS).map((key) => [key, s.exactOptional(TextSchema)])));

/**
 * A page's texts over the English ones: every key it gives replaces that text. Throws
 * INVALID_INPUT naming the path of an unknown key or of a value that is no text.
 */
export function parseStrings(input: unknown): Strings {
  return deepFreeze({ ...ENGLISH_STRINGS, ...(parseOrThrow(StringsSchema, input, 'INVALID_INPUT', 'strings') as Partial<Strings>) });
}

/** Built once per language: the host's render says counts on every change. */
const rulesByLanguage = new Map<string, Intl.PluralRules>();

/** The plural rules of `language`; English's for a tag the browser does not know. */
function pluralRules(language: string): Intl.PluralRules {
  let rules = rulesByLanguage.get(language);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(language);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    rulesByLanguage.set(language, rules);
  }
  return rules;
}

/** How `strings` are said; `lang` (read at each call) gives the plural rules. */
export function sayer(strings: Strings, lang: () => string): Say {
  return (key, values = {}) => {
    const text = strings[key];
    const form = typeof text === 'string' ? text : (text[pluralRules(lang()).select(Number(values.count))] ?? text.other);
    return form.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
  };
}

/** English, for an element used outside a workspace. */
export const sayEnglish = sayer(ENGLISH_STRINGS, () => 'en');
