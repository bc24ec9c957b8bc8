/** A small, realistic configuration shared by the core's tests, and their shared helpers. */
import { expect } from '@open-wc/testing';
import type { WorkspaceConfig } from '../../src/core/config/types.js';
import { CifError } from '../../src/core/errors.js';

export const testConfig: WorkspaceConfig = {
  sessionTemplates: [
    {
      uniqueName: 'contoso_chat',
      name: 'Chat',
      type: 'generic',
      title: 'Chat with {customerName}',
      anchorTab: 'contoso_customer',
      additionalTabs: ['contoso_kb', 'contoso_site'],
      panelMode: 'docked',
    },
    {
      uniqueName: 'contoso_call',
      name: 'Call',
      type: 'generic',
      title: 'Call from {customerName}',
      anchorTab: 'contoso_customer',
      panelMode: 'minimized',
    },
    {
      uniqueName: 'contoso_case',
      name: 'Case',
      type: 'entity',
      entity: 'incident',
      title: '{anchor.title}',
      anchorTab: 'contoso_record',
      panelMode: 'hidden',
      applyTitleToAnchorTab: true,
    },
    {
      uniqueName: 'contoso_link',
      name: 'Link',
      type: 'generic',
      title: 'Link',
      anchorTab: 'contoso_customer',
      additionalTabs: ['contoso_anysite'],
      panelMode: 'docked',
    },
  ],
  appTabTemplates: [
    {
      uniqueName: 'contoso_customer',
      name: 'Customer',
      title: '{customerName}',
      pageType: 'custom',
      parameters: { name: 'crm-customer-card', data: '{"customer":"{customerName}"}' },
    },
    {
      uniqueName: 'contoso_kb',
      name: 'Knowledge',
      title: 'KB: {topic}',
      pageType: 'webresource',
      parameters: { webresourceName: 'kb.html', data: '{topic}' },
    },
    {
      uniqueName: 'contoso_site',
      name: 'Site',
      title: 'Site',
      pageType: 'website',
      parameters: { url: 'https://www.example.com/search?q={customerName}' },
      canClose: false,
    },
    {
      uniqueName: 'contoso_anysite',
      name: 'Any site',
      title: 'Site',
      pageType: 'website',
      parameters: { url: '{link}' },
    },
    {
      uniqueName: 'contoso_record',
      name: 'Record',
      title: 'Record',
      pageType: 'entityrecord',
      parameters: { entityName: '{entityName}', entityId: '{entityId}' },
    },
    {
      uniqueName: 'contoso_notes',
      name: 'Notes',
      title: 'Notes {n}',
      pageType: 'custom',
      parameters: { name: 'crm-notes', data: '{n}' },
    },
  ],
};

/** Runs code that must throw a CifError, and returns the error for the test to check. */
export function cifErrorOf(run: () => unknown): CifError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(CifError);
    return error as CifError;
  }
  throw new Error('expected a CifError');
}
