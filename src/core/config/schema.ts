/**
 * The structural half of config validation: schemas (../schema/) for what an administrator writes
 * (contract section 3). Rules that look across templates (references, duplicates, page
 * parameters) live in `validate.ts`; these schemas only judge each value on its own.
 *
 * The same schemas generate `schema/cif-config.schema.json` (scripts/config-schema.mjs), so
 * everything here must stay convertible to JSON Schema: no `check`, `variant` or `nullable`, which
 * the generator refuses. What each field means, for editors, is in schema-docs.ts: the bundle
 * validates but never documents.
 */
import * as s from '../schema/index.js';
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

// Schemas hold no state, so one object serves every field of its kind.
const requiredText = s.pipe(s.string(), s.nonEmpty('must not be empty'));

const optionalText = s.exactOptional(s.string());

const optionalRequiredText = s.exactOptional(requiredText);

const optionalFlag = s.exactOptional(s.boolean());

const uniqueName = s.pipe(s.string(), s.regex(UNIQUE_NAME_PATTERN, 'must be "<prefix>_<name>" with a prefix of 3 to 8 letters or digits'));

const oneOf = <const T extends readonly string[]>(options: T) => s.picklist(options, `must be one of ${options.join(', ')}`);

const timeoutMessage = `must be a whole number from 0 to ${MAX_NOTIFICATION_TIMEOUT_SECONDS}`;

export { JsonValueSchema };

export const SessionTemplateSchema = s.strictObject({
  uniqueName: uniqueName,
  name: requiredText,
  type: s.picklist(['generic', 'entity'], 'must be "generic" or "entity"'),
  entity: optionalRequiredText,
  title: requiredText,
  icon: optionalText,
  anchorTab: requiredText,
  additionalTabs: s.exactOptional(s.array(requiredText)),
  panelMode: oneOf(PANEL_MODES),
  applyTitleToAnchorTab: optionalFlag,
  description: optionalText,
}) satisfies s.Schema<SessionTemplate>;

export const AppTabTemplateSchema = s.strictObject({
  uniqueName: uniqueName,
  name: requiredText,
  title: requiredText,
  pageType: oneOf(PAGE_TYPES),
  parameters: s.record(JsonValueSchema),
  canClose: optionalFlag,
  icon: optionalText,
  keepAlive: optionalFlag,
  sandbox: optionalText,
  allow: optionalText,
}) satisfies s.Schema<AppTabTemplate>;

const NotificationFieldSchema = s.strictObject({
  title: requiredText,
  value: requiredText,
});

export const NotificationTemplateSchema = s.strictObject({
  uniqueName: uniqueName,
  title: requiredText,
  icon: optionalText,
  showTimeout: optionalFlag,
  timeoutSeconds: s.exactOptional(
    s.pipe(s.number(), s.integer(timeoutMessage), s.minValue(0, timeoutMessage), s.maxValue(MAX_NOTIFICATION_TIMEOUT_SECONDS, timeoutMessage)),
  ),
  acceptText: optionalText,
  showReject: optionalFlag,
  rejectText: optionalText,
  autoAccept: optionalFlag,
  desktopNotification: s.exactOptional(s.picklist(['never', 'background'], 'must be "never" or "background"')),
  fields: s.exactOptional(
    s.pipe(s.array(NotificationFieldSchema), s.maxLength(MAX_NOTIFICATION_FIELDS, `must have at most ${MAX_NOTIFICATION_FIELDS} fields`)),
  ),
}) satisfies s.Schema<NotificationTemplate>;

export const AppProfileSchema = s.strictObject({
  uniqueName: requiredText,
  sessionTemplates: s.array(requiredText),
}) satisfies s.Schema<AppProfile>;

export const RoutesSchema = s.strictObject(
  Object.fromEntries(ROUTED_PAGE_TYPES.map((pageType) => [pageType, optionalRequiredText])) as Record<RoutedPageType, typeof optionalRequiredText>,
) satisfies s.Schema<Routes>;

export const WorkspaceConfigSchema = s.strictObject({
  // Editors put this key in a config file to find the JSON Schema; it means nothing to the workspace.
  $schema: optionalText,
  sessionTemplates: s.array(SessionTemplateSchema),
  appTabTemplates: s.array(AppTabTemplateSchema),
  notificationTemplates: s.exactOptional(s.array(NotificationTemplateSchema)),
  appProfile: s.exactOptional(AppProfileSchema),
  routes: s.exactOptional(RoutesSchema),
  environment: s.exactOptional(s.record(JsonValueSchema)),
}) satisfies s.Schema<WorkspaceConfig>;

/*
 * `satisfies` above proves each schema's output fits its interface; this proves the converse, so a
 * field added to an interface but not to its schema (or made required in one only) fails tsc. The
 * keys are compared too: an optional field missing on one side would fit both ways.
 */
type Fits<A, B> = [A] extends [B] ? true : false;
type Same<A, B> = [Fits<A, B>, Fits<B, A>, Fits<keyof A, keyof B>, Fits<keyof B, keyof A>] extends [true, true, true, true] ? true : false;
const schemasMatchInterfaces: [
  Same<s.Infer<typeof SessionTemplateSchema>, SessionTemplate>,
  Same<s.Infer<typeof AppTabTemplateSchema>, AppTabTemplate>,
  Same<s.Infer<typeof NotificationTemplateSchema>, NotificationTemplate>,
  Same<s.Infer<typeof AppProfileSchema>, AppProfile>,
  Same<s.Infer<typeof RoutesSchema>, Routes>,
  Same<Omit<s.Infer<typeof WorkspaceConfigSchema>, '$schema'>, WorkspaceConfig>,
] = [true, true, true, true, true, true];
void schemasMatchInterfaces;
