/**
 * The agent's presence (contract section 10): a list of options, each with the text CIF's
 * `setPresence(text)` names it by, and the one in force. CIF's base statuses are kept for
 * providers that route on them.
 */
import * as s from './schema/index.js';
import { deepFreeze } from './json.js';
import { parseInput, nonEmptyString } from './validation.js';

export interface PresenceOption {
  readonly presenceId: string;
  readonly presenceText: string;
  readonly presenceColor: string;
  /** Dynamics' base status: 1 Available, 2 Busy, 3 Do not disturb, 4 Away, 5 Offline. */
  readonly basePresenceStatus: string;
}

export const DEFAULT_PRESENCE_OPTIONS: readonly PresenceOption[] = deepFreeze(
  (
    [
      ['Available', '#16a34a', '1'],
      ['Busy', '#dc2626', '2'],
      ['Do not disturb', '#b91c1c', '3'],
      ['Away', '#d97706', '4'],
      ['Offline', '#64748b', '5'],
    ] as const
  ).map(([presenceText, presenceColor, basePresenceStatus]) =>
    ({ presenceId: presenceText.toLowerCase().replaceAll(' ', '-'), presenceText, presenceColor, basePresenceStatus }),
  ),
);

const PresenceOptionsSchema = s.pipe(
  s.array(
    s.object({
      presenceId: nonEmptyString(),
      presenceText: nonEmptyString(),
      presenceColor: s.string('must be a CSS colour'),
      basePresenceStatus: s.string('must be a string'),
    }),
  ),
  s.minLength(1, 'must list at least one presence'),
  s.check((options) => new Set(options.map((o) => o.presenceText)).size === options.length, 'must not repeat a presenceText'),
);

/** Validates a page-given list of presence options; throws INVALID_INPUT naming the path. */
export function parsePresenceOptions(input: unknown): readonly PresenceOption[] {
  // The schema built the list and each option anew.
  return deepFreeze(parseInput(PresenceOptionsSchema, input, 'presenceOptions'));
}
