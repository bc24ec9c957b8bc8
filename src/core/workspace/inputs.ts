/**
 * The inputs of the workspace's commands, validated at the boundary (contract section 5). A
 * command that gets a bad input throws INVALID_INPUT naming the path and changes nothing.
 */
import * as s from '../schema/index.js';
import { PANEL_MODES, type PanelMode } from '../config/types.js';
import type { JsonValue } from '../json.js';
import { JsonRecordSchema, nonEmptyString, parseInput } from '../validation.js';

export interface CreateSessionInput {
  templateName: string;
  /**
   * Global values (`{ customer: "Contoso" }`) and per tab template values
   * (`{ msdyn_entityrecord: { entityId: "…" } }`); they override the session context and the
   * templates' configured values.
   */
  templateParameters?: Record<string, JsonValue>;
  /** Initial session context (slug values). A `parametersStr` entry feeds tab parameters (App Profile Manager form). */
  sessionContext?: Record<string, JsonValue>;
  /** Default true; false starts the session in the background. */
  isFocused?: boolean;
}

export interface CreateTabInput {
  templateName: string;
  templateParameters?: Record<string, JsonValue>;
  isFocused?: boolean;
}

const CreateSessionInputSchema = s.strictObject(
  {
    templateName: nonEmptyString('a template unique name'),
    templateParameters: s.optional(JsonRecordSchema),
    sessionContext: s.optional(JsonRecordSchema),
    isFocused: s.optional(s.boolean('must be a boolean')),
  },
);

const CreateTabInputSchema = s.strictObject(
  {
    templateName: nonEmptyString('a template unique name'),
    templateParameters: s.optional(JsonRecordSchema),
    isFocused: s.optional(s.boolean('must be a boolean')),
  },
);

const IdSchema = nonEmptyString('an id string');
const PanelModeSchema = s.picklist(PANEL_MODES, `must be one of ${PANEL_MODES.map((m) => `"${m}"`).join(', ')}`);
const CountSchema = s.pipe(
  s.number('must be a number'),
  s.integer('must be a whole number'),
  s.minValue(0, 'must not be negative'),
);
const TitleSchema = s.string('must be a string');

export const parseCreateSessionInput = (input: unknown): CreateSessionInput =>
  parseInput(CreateSessionInputSchema, input, 'input') as CreateSessionInput;

export const parseCreateTabInput = (input: unknown): CreateTabInput =>
  parseInput(CreateTabInputSchema, input, 'input') as CreateTabInput;

export const parseId = (input: unknown, name: string): string => parseInput(IdSchema, input, name);
export const parsePanelMode = (input: unknown): PanelMode => parseInput(PanelModeSchema, input, 'mode');
export const parseCount = (input: unknown, name: string): number => parseInput(CountSchema, input, name);
export const parseTitle = (input: unknown): string => parseInput(TitleSchema, input, 'title');
export const parseContextValues = (input: unknown, name = 'values'): Record<string, JsonValue> =>
  parseInput(JsonRecordSchema, input, name) as Record<string, JsonValue>;
