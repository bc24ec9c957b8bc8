import { expect } from '@open-wc/testing';
import { CifError } from '../../../src/core/errors.js';
import { validateConfig, type ResolvedConfig } from '../../../src/core/config/index.js';

/** A config that passes every rule and touches every section; tests break one thing in a copy of it. */
export function validConfig() {
  return {
    $schema: './node_modules/cif-workspace/schema/cif-config.schema.json',
    sessionTemplates: [
      {
        uniqueName: 'contoso_chat',
        name: 'Contoso chat',
        type: 'generic',
        title: 'Chat with {customerName}',
        icon: 'https://cdn.contoso.example/chat.svg',
        anchorTab: 'contoso_crm',
        additionalTabs: ['msdyn_omnichannel_kbsearch', 'contoso_orders'],
        panelMode: 'docked',
        applyTitleToAnchorTab: true,
        description: 'Chats from the web site.',
      },
      {
        uniqueName: 'contoso_account',
        name: 'Account',
        type: 'entity',
        entity: 'account',
        title: '{anchor.name}',
        anchorTab: 'msdyn_entityrecord',
        panelMode: 'minimized',
      },
    ],
    appTabTemplates: [
      {
        uniqueName: 'contoso_crm',
        name: 'CRM',
        title: 'Customer {customerName}',
        pageType: 'website',
        parameters: { url: 'https://crm.contoso.example/customer', data: '?id={customerRecordId}' },
        canClose: false,
        icon: 'https://cdn.contoso.example/crm.svg',
        keepAlive: false,
        sandbox: 'allow-scripts allow-same-origin',
        allow: 'clipboard-write',
      },
      {
        uniqueName: 'contoso_orders',
        name: 'Orders',
        title: 'Orders',
        pageType: 'custom',
        parameters: { name: 'contoso-orders', data: { customer: '{customerRecordId}', limit: 10, open: true, tags: ['a', null] } },
      },
    ],
    notificationTemplates: [
      {
        uniqueName: 'contoso_incoming',
        title: 'Incoming chat from {customerName}',
        icon: '/webresources/msdyn_chat_icon_zfp.svg',
        showTimeout: true,
        timeoutSeconds: 60,
        acceptText: 'Accept',
        showReject: true,
        rejectText: 'Reject',
        autoAccept: false,
        fields: [
          { title: 'Customer', value: '{customerName}' },
          { title: 'Queue', value: '{queueId}' },
        ],
      },
    ],
    appProfile: { uniqueName: 'contoso_agents', sessionTemplates: ['contoso_chat', 'msdyn_chat_session'] },
    routes: { entityrecord: '/crm/{entityName}/{entityId}', webresource: '/webresources/{webresourceName}' },
  };
}

export type TestConfig = ReturnType<typeof validConfig>;

/** A valid config with one change applied to a deep copy; the change gets `any` because tests deliberately write wrong shapes. */
export function configWith(change: (config: any) => void): unknown {
  const config = structuredClone(validConfig());
  change(config);
  return config;
}

/** Asserts that validation fails with INVALID_CONFIG and that the message starts with `path: `; returns the message. */
export function expectInvalid(input: unknown, path: string): string {
  let caught: unknown;
  let result: ResolvedConfig | undefined;
  try {
    result = validateConfig(input);
  } catch (error) {
    caught = error;
  }
  expect(result, 'validateConfig should have thrown').to.equal(undefined);
  expect(caught).to.be.instanceOf(CifError);
  const error = caught as CifError;
  expect(error.code).to.equal('INVALID_CONFIG');
  expect(error.errorCode).to.equal(12);
  expect(error.message.startsWith(`${path}: `), `"${error.message}" should start with "${path}: "`).to.equal(true);
  return error.message;
}
