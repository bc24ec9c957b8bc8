/**
 * The structural half of config validation: valibot schemas for what an administrator writes
 * (contract section 3). Rules that look across templates (references, duplicates, page
 * parameters) live in `validate.ts`; these schemas only judge each value on its own.
 *
 * The same schemas generate `schema/cif-config.schema.json` (scripts/config-schema.mjs), so
 * everything here must stay convertible to JSON Schema: no `check`, no transforms. What each
 * field means, for editors, is in schema-docs.ts: the bundle validates but never documents.
 */
import * as v from 'valibot';
import { JsonValueSchema } from '../validation.js';
import {
  PAGE_TYPES,
  PANEL_MODES,
  ROUTED_PAGE_TYPES,
  type RoutedPageType,
  type AppProfile,
  type AppTabTemplate,
  type NotificationTemplate,
  type Routes,
  type SessionTemplate,
  type WorkspaceConfig,
} from './types.js';

/** CIF's unique-name rule: a 3–8 character alphanumeric prefix, an underscore, then the name proper. */
export const UNIQUE_NAME_PATTERN = /^[A-Za-z0-9]{3,8}_.+$/;

export const MAX_NOTIFICATION_FIELDS = 4;
export const MAX_NOTIFICATION_TIMEOUT_SECONDS = 500;

const requiredText = () => v.pipe(v.string(), v.nonEmpty('must not be empty'));

const optionalText = () => v.exactOptional(v.string());

const optionalRequiredText = () => v.exactOptional(requiredText());

const optionalFlag = () => v.exactOptional(v.boolean());

const uniqueName = () => v.pipe(v.string(), v.regex(UNIQUE_NAME_PATTERN, 'must be "<prefix>_<name>" with a prefix of 3 to 8 letters or digits'));

const oneOf = <const T extends readonly string[]>(options: T) => v.picklist(options, `must be one of ${options.join(', ')}`);

const timeoutMessage = `must be a whole number from 0 to ${MAX_NOTIFICATION_TIMEOUT_SECONDS}`;

export { JsonValueSchema };

export const SessionTemplateSchema = v.strictObject({
  uniqueName: uniqueName(),
  name: requiredText(),
  type: v.picklist(['generic', 'entity'], 'must be "generic" or "entity"'),
  entity: optionalRequiredText(),
  title: requiredText(),
  icon: optionalText(),
  anchorTab: requiredText(),
  additionalTabs: v.exactOptional(v.array(requiredText())),
  panelMode: oneOf(PANEL_MODES),
  applyTitleToAnchorTab: optionalFlag(),
  description: optionalText(),
}) satisfies v.GenericSchema<unknown, SessionTemplate>;

export const AppTabTemplateSchema = v.strictObject({
  uniqueName: uniqueName(),
  name: requiredText(),
  title: requiredText(),
  pageType: oneOf(PAGE_TYPES),
  parameters: v.record(v.string(), JsonValueSchema),
  canClose: optionalFlag(),
  icon: optionalText(),
  keepAlive: optionalFlag(),
  sandbox: optionalText(),
  allow: optionalText(),
}) satisfies v.GenericSchema<unknown, AppTabTemplate>;

const NotificationFieldSchema = v.strictObject({
  title: requiredText(),
  value: requiredText(),
});

export const NotificationTemplateSchema = v.strictObject({
  uniqueName: uniqueName(),
  title: requiredText(),
  icon: optionalText(),
  showTimeout: optionalFlag(),
  timeoutSeconds: v.exactOptional(
    v.pipe(v.number(), v.integer(timeoutMessage), v.minValue(0, timeoutMessage), v.maxValue(MAX_NOTIFICATION_TIMEOUT_SECONDS, timeoutMessage)),
  ),
  acceptText: optionalText(),
  showReject: optionalFlag(),
  rejectText: optionalText(),
  autoAccept: optionalFlag(),
  desktopNotification: v.exactOptional(v.picklist(['never', 'background'], 'must be "never" or "background"')),
  fields: v.exactOptional(
    v.pipe(v.array(NotificationFieldSchema), v.maxLength(MAX_NOTIFICATION_FIELDS, `must have at most ${MAX_NOTIFICATION_FIELDS} fields`)),
  ),
}) satisfies v.GenericSchema<unknown, NotificationTemplate>;

export const AppProfileSchema = v.strictObject({
  uniqueName: requiredText(),
  sessionTemplates: v.array(requiredText()),
}) satisfies v.GenericSchema<unknown, AppProfile>;

export const RoutesSchema = v.strictObject(
  Object.fromEntries(ROUTED_PAGE_TYPES.map((pageType) => [pageType, optionalRequiredText()])) as Record<RoutedPageType, ReturnType<typeof optionalRequiredText>>,
) satisfies v.GenericSchema<unknown, Routes>;

export const WorkspaceConfigSchema = v.strictObject({
  // Editors put this key in a config file to find the JSON Schema; it means nothing to the workspace.
  $schema: optionalText(),
  sessionTemplates: v.array(SessionTemplateSchema),
  appTabTemplates: v.array(AppTabTemplateSchema),
  notificationTemplates: v.exactOptional(v.array(NotificationTemplateSchema)),
  appProfile: v.exactOptional(AppProfileSchema),
  routes: v.exactOptional(RoutesSchema),
  environment: v.exactOptional(v.record(v.string(), JsonValueSchema)),
}) satisfies v.GenericSchema<unknown, WorkspaceConfig>;

/*
 * `satisfies` above proves each schema's output fits its interface; this proves the converse, so a
 * field added to an interface but not to its schema (or made required in one only) fails tsc.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchInterfaces: [
  Same<v.InferOutput<typeof SessionTemplateSchema>, SessionTemplate>,
  Same<v.InferOutput<typeof AppTabTemplateSchema>, AppTabTemplate>,
  Same<v.InferOutput<typeof NotificationTemplateSchema>, NotificationTemplate>,
  Same<v.InferOutput<typeof AppProfileSchema>, AppProfile>,
  Same<v.InferOutput<typeof RoutesSchema>, Routes>,
  Same<Omit<v.InferOutput<typeof WorkspaceConfigSchema>, '$schema'>, WorkspaceConfig>,
] = [true, true, true, true, true, true];
void schemasMatchInterfaces;
