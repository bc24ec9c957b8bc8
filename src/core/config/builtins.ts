/**
 * Templates that are always present, modelled on CIF's out-of-the-box ones (cif-facts 1.3, 2.4) so
 * that integrations written for CIF find the unique names they already pass. A configured template
 * with one of these unique names replaces it (validate.ts).
 *
 * The defaults avoid `{anchor.*}` and `{$odata…}` slugs: those need a data adapter, and a workspace
 * without one would warn on every session start.
 */
import { deepFreeze } from '../json.js';
import type { AppTabTemplate, NotificationTemplate, SessionTemplate, WorkspaceConfig } from './types.js';

/** The conversation record of a channel session, as CIF's "Active Conversation" form shows it. */
const activeConversationTab: AppTabTemplate = {
  uniqueName: 'msdyn_activeconversation',
  name: 'Active Conversation',
  title: 'Conversation',
  pageType: 'entityrecord',
  parameters: { entityName: 'msdyn_ocliveworkitem', entityId: '{LiveWorkItemId}' },
  canClose: false,
};

/** Any record; the caller names it through the `entityName` / `entityId` slugs (e.g. `parametersStr`). */
const entityRecordTab: AppTabTemplate = {
  uniqueName: 'msdyn_entityrecord',
  name: 'Entity Record',
  title: 'Record',
  pageType: 'entityrecord',
  parameters: { entityName: '{entityName}', entityId: '{entityId}' },
};

/** CIF's knowledge search page, a web resource that receives the search text as `data`. */
const knowledgeSearchTab: AppTabTemplate = {
  uniqueName: 'msdyn_omnichannel_kbsearch',
  name: 'Knowledge Search',
  title: 'Knowledge search',
  pageType: 'webresource',
  parameters: { webresourceName: 'msdyn_kbsearchpagehost.html', data: '{searchText}' },
};

/** The search page of the record group (searchAndOpenRecords with several matches, renderSearchPage). */
const searchTab: AppTabTemplate = {
  uniqueName: 'msdyn_search',
  name: 'Search',
  title: 'Search: {searchText}',
  pageType: 'search',
  parameters: { searchText: '{searchText}', searchType: '{searchType}', entityName: '{entityName}' },
};

const channelSession = (uniqueName: string, name: string): SessionTemplate => ({
  uniqueName,
  name,
  type: 'generic',
  // Empty until the provider supplies it; the session then falls back to `name`, as CIF does.
  title: '{customerName}',
  anchorTab: activeConversationTab.uniqueName,
  panelMode: 'docked',
});

const entityRecordSession: SessionTemplate = {
  uniqueName: 'msdyn_entityrecord_session',
  name: 'Entity records session - default',
  type: 'generic',
  title: '{entityName}',
  anchorTab: entityRecordTab.uniqueName,
  panelMode: 'docked',
};

/** Where the record group opens a search from Home, which has no tabs. */
const searchSession: SessionTemplate = {
  uniqueName: 'msdyn_search_session',
  name: 'Search session - default',
  type: 'generic',
  title: 'Search: {searchText}',
  anchorTab: searchTab.uniqueName,
  panelMode: 'docked',
};

/** The template `Microsoft.Apm.createSession` examples use to open a case in its own session. */
const caseEntitySession: SessionTemplate = {
  uniqueName: 'case_entity_session_default_template',
  name: 'Case entity session - default template',
  type: 'entity',
  entity: 'incident',
  title: '{caseTitle}',
  anchorTab: entityRecordTab.uniqueName,
  // Record-routed sessions have no conversation to show.
  panelMode: 'hidden',
};

/** An incoming conversation, after Omnichannel's "<channel> - incoming unauthenticated - default". */
const incomingNotification = (channel: string, title: string): NotificationTemplate => ({
  uniqueName: `msdyn_${channel}_incoming_unauthenticated`,
  title,
  fields: [{ title: 'Customer', value: '{customerName}' }],
});

/** The built-in templates, shaped like a configuration; deeply frozen. */
export const BUILTIN_TEMPLATES: Readonly<Required<Omit<WorkspaceConfig, 'appProfile' | 'environment'>>> = deepFreeze({
  sessionTemplates: [
    channelSession('msdyn_chat_session', 'Chat session - default'),
    channelSession('msdyn_sms_session', 'SMS session - default'),
    channelSession('msdyn_voicecall_session', 'Voice call session - default'),
    entityRecordSession,
    searchSession,
    caseEntitySession,
  ],
  appTabTemplates: [activeConversationTab, entityRecordTab, knowledgeSearchTab, searchTab],
  notificationTemplates: [
    incomingNotification('chat', 'Incoming chat'),
    incomingNotification('sms', 'Incoming SMS'),
    incomingNotification('voicecall', 'Incoming call'),
  ],
  routes: {},
});
