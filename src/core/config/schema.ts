/**
 * The structural half of config validation: valibot schemas for what an administrator writes
 * (contract section 3). Rules that look across templates (references, duplicates, page
 * parameters) live in `validate.ts`; these schemas only judge each value on its own.
 *
 * The same schemas generate `schema/cif-config.schema.json` (scripts/config-schema.mjs), so
 * everything here must stay convertible to JSON Schema: no `check`, no transforms.
 */
import * as v from 'valibot';
import { JsonValueSchema } from '../validation.js';
import {
  PAGE_TYPES,
  PANEL_MODES,
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

const requiredText = (description: string) =>
  v.pipe(v.string(), v.nonEmpty('must not be empty'), v.description(description));

const optionalText = (description: string) => v.exactOptional(v.pipe(v.string(), v.description(description)));

const optionalFlag = (description: string) => v.exactOptional(v.pipe(v.boolean(), v.description(description)));

const uniqueName = (what: string) =>
  v.pipe(
    v.string(),
    v.regex(UNIQUE_NAME_PATTERN, 'must be "<prefix>_<name>" with a prefix of 3 to 8 letters or digits'),
    v.description(`Unique name of the ${what}: "<prefix>_<name>", the prefix 3 to 8 letters or digits.`),
  );

const templateReference = (description: string) =>
  v.pipe(v.string(), v.nonEmpty('must not be empty'), v.description(description));

export { JsonValueSchema };

export const SessionTemplateSchema = v.strictObject({
  uniqueName: uniqueName('session template'),
  name: requiredText("The administrator's name; also the session title when `title` resolves to nothing."),
  type: v.pipe(
    v.picklist(['generic', 'entity'], 'must be "generic" or "entity"'),
    v.description('"generic": started by a provider for any channel; "entity": tied to one entity (`entity`).'),
  ),
  entity: v.exactOptional(
    v.pipe(
      v.string(),
      v.nonEmpty('must not be empty'),
      v.description('Logical name of the entity; required when `type` is "entity", not allowed otherwise.'),
    ),
  ),
  title: requiredText('Session title; slugs allowed, e.g. "Chat with {customerName}".'),
  icon: optionalText('Icon URL; slugs are not allowed.'),
  anchorTab: templateReference('Unique name of the application tab template opened as the anchor tab (not closable).'),
  additionalTabs: v.exactOptional(
    v.pipe(
      v.array(templateReference('Unique name of an application tab template.')),
      v.description('Application tab templates opened next to the anchor tab, in this order.'),
    ),
  ),
  panelMode: v.pipe(
    v.picklist(PANEL_MODES, `must be one of ${PANEL_MODES.join(', ')}`),
    v.description("The communication panel's mode while this session is focused, at first."),
  ),
  applyTitleToAnchorTab: optionalFlag('Copy the resolved session title to the anchor tab.'),
  description: optionalText('Notes for administrators; never shown to agents.'),
}) satisfies v.GenericSchema<unknown, SessionTemplate>;

export const AppTabTemplateSchema = v.strictObject({
  uniqueName: uniqueName('application tab template'),
  name: requiredText("The administrator's name; also the tab title when `title` resolves to nothing."),
  title: requiredText('Tab title; slugs allowed.'),
  pageType: v.pipe(
    v.picklist(PAGE_TYPES, `must be one of ${PAGE_TYPES.join(', ')}`),
    v.description('What the tab shows; decides which parameters are required.'),
  ),
  parameters: v.pipe(
    v.record(v.string(), JsonValueSchema),
    v.description("The page's parameters (contract section 4); string values may hold slugs."),
  ),
  canClose: optionalFlag('Default true. An anchor tab is never closable, whatever this says.'),
  icon: optionalText('Icon URL.'),
  keepAlive: optionalFlag('Default true. False reloads the page each time the tab is shown (CIF behaviour).'),
  sandbox: optionalText('iframe sandbox tokens for website and webresource pages; narrows the default set.'),
  allow: optionalText('iframe permissions policy, e.g. "microphone; camera".'),
}) satisfies v.GenericSchema<unknown, AppTabTemplate>;

const NotificationFieldSchema = v.strictObject({
  title: requiredText('Field header.'),
  value: requiredText('Field value; slugs allowed.'),
});

export const NotificationTemplateSchema = v.strictObject({
  uniqueName: uniqueName('notification template'),
  title: requiredText('Notification title; slugs allowed.'),
  icon: optionalText('Icon URL.'),
  showTimeout: optionalFlag('Show the countdown. Default true.'),
  timeoutSeconds: v.exactOptional(
    v.pipe(
      v.number(),
      v.integer(`must be a whole number from 0 to ${MAX_NOTIFICATION_TIMEOUT_SECONDS}`),
      v.minValue(0, `must be a whole number from 0 to ${MAX_NOTIFICATION_TIMEOUT_SECONDS}`),
      v.maxValue(
        MAX_NOTIFICATION_TIMEOUT_SECONDS,
        `must be a whole number from 0 to ${MAX_NOTIFICATION_TIMEOUT_SECONDS}`,
      ),
      v.description('Seconds before the notification times out; default 120.'),
    ),
  ),
  acceptText: optionalText('Accept button text; default "Accept".'),
  showReject: optionalFlag('Show the reject button. Default true.'),
  rejectText: optionalText('Reject button text; default "Reject".'),
  autoAccept: optionalFlag('Accept without waiting for the agent.'),
  fields: v.exactOptional(
    v.pipe(
      v.array(NotificationFieldSchema),
      v.maxLength(MAX_NOTIFICATION_FIELDS, `must have at most ${MAX_NOTIFICATION_FIELDS} fields`),
      v.description(`Up to ${MAX_NOTIFICATION_FIELDS} title/value rows.`),
    ),
  ),
}) satisfies v.GenericSchema<unknown, NotificationTemplate>;

export const AppProfileSchema = v.pipe(
  v.strictObject({
    uniqueName: requiredText('Name of this app profile.'),
    sessionTemplates: v.pipe(
      v.array(templateReference('Unique name of a session template.')),
      v.description('Session templates this agent may start.'),
    ),
  }),
  v.description('Templates this agent may start; absent = all.'),
) satisfies v.GenericSchema<unknown, AppProfile>;

const routePattern = (example: string) =>
  v.exactOptional(
    v.pipe(v.string(), v.nonEmpty('must not be empty'), v.description(`URL pattern with slugs, e.g. "${example}".`)),
  );

export const RoutesSchema = v.pipe(
  v.strictObject({
    entityrecord: routePattern('/crm/{entityName}/{entityId}'),
    entitylist: routePattern('/crm/{entityName}?view={viewId}'),
    dashboard: routePattern('/crm/dashboards/{dashboardId}'),
    search: routePattern('/crm/search?q={searchText}'),
    webresource: routePattern('/webresources/{webresourceName}'),
  }),
  v.description('URL patterns for pages that have no page renderer; slugs are filled from the parameters.'),
) satisfies v.GenericSchema<unknown, Routes>;

export const WorkspaceConfigSchema = v.strictObject({
  // Editors put this key in a config file to find the JSON Schema; it means nothing to the workspace.
  $schema: v.exactOptional(v.pipe(v.string(), v.description('URL of this JSON Schema, for editors.'))),
  sessionTemplates: v.pipe(
    v.array(SessionTemplateSchema),
    v.description('Session templates; one with a built-in unique name replaces the built-in.'),
  ),
  appTabTemplates: v.pipe(
    v.array(AppTabTemplateSchema),
    v.description('Application tab templates; one with a built-in unique name replaces the built-in.'),
  ),
  notificationTemplates: v.exactOptional(
    v.pipe(v.array(NotificationTemplateSchema), v.description('Templates for notifyEvent.')),
  ),
  appProfile: v.exactOptional(AppProfileSchema),
  routes: v.exactOptional(RoutesSchema),
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
