/** The configuration part of the core: its types, schemas, built-in templates and validation. */
export * from './types.js';
export * from './page-types.js';
export {
  AppProfileSchema,
  AppTabTemplateSchema,
  JsonValueSchema,
  MAX_NOTIFICATION_FIELDS,
  MAX_NOTIFICATION_TIMEOUT_SECONDS,
  NotificationTemplateSchema,
  RoutesSchema,
  SessionTemplateSchema,
  UNIQUE_NAME_PATTERN,
  WorkspaceConfigSchema,
} from './schema.js';
export { BUILTIN_TEMPLATES } from './builtins.js';
export { EMPTY_CONFIG, validateConfig } from './validate.js';
