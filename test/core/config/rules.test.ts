import { expect } from '@open-wc/testing';
import { PAGE_TYPE_RULES, PAGE_TYPES, validateConfig } from '../../../src/core/config/index.js';
import { configWith, expectInvalid } from './helpers.js';

describe('validateConfig: rules across templates', () => {
  describe('duplicate unique names', () => {
    it('are reported at the second session template', () => {
      const message = expectInvalid(
        configWith((c) => c.sessionTemplates.push({ ...c.sessionTemplates[0] })),
        'sessionTemplates[2].uniqueName',
      );
      expect(message).to.equal(
        'sessionTemplates[2].uniqueName: duplicate unique name "contoso_chat" (first used at sessionTemplates[0])',
      );
    });

    it('are reported at the second app tab template', () => {
      expectInvalid(
        configWith((c) => c.appTabTemplates.push({ ...c.appTabTemplates[1] })),
        'appTabTemplates[2].uniqueName',
      );
    });

    it('are reported at the second notification template', () => {
      expectInvalid(
        configWith((c) => c.notificationTemplates.push({ ...c.notificationTemplates[0] })),
        'notificationTemplates[1].uniqueName',
      );
    });

    it('include two configured replacements of the same built-in', () => {
      const chat = {
        uniqueName: 'msdyn_chat_session',
        name: 'Chat',
        type: 'generic',
        title: 'Chat',
        anchorTab: 'contoso_crm',
        panelMode: 'docked',
      };
      expectInvalid(configWith((c) => c.sessionTemplates.push(chat, { ...chat })), 'sessionTemplates[3].uniqueName');
    });

    it('may repeat across kinds of template', () => {
      const tab = {
        uniqueName: 'contoso_chat',
        name: 'Chat tab',
        title: 'Chat',
        pageType: 'dashboard',
        parameters: { dashboardId: 'd1' },
      };
      const resolved = validateConfig(configWith((c) => c.appTabTemplates.push(tab)));
      expect(resolved.appTabTemplates.get('contoso_chat')?.name).to.equal('Chat tab');
      expect(resolved.sessionTemplates.get('contoso_chat')?.name).to.equal('Contoso chat');
    });
  });

  describe('anchorTab', () => {
    it('must name an existing application tab template', () => {
      const message = expectInvalid(
        configWith((c) => {
          c.sessionTemplates.push({ ...c.sessionTemplates[1], uniqueName: 'contoso_third' });
          c.sessionTemplates[2].anchorTab = 'contoso_x';
        }),
        'sessionTemplates[2].anchorTab',
      );
      expect(message).to.equal('sessionTemplates[2].anchorTab: unknown application tab template "contoso_x"');
    });

    it('may name a built-in application tab template', () => {
      const resolved = validateConfig(configWith((c) => (c.sessionTemplates[0].anchorTab = 'msdyn_activeconversation')));
      expect(resolved.sessionTemplates.get('contoso_chat')?.anchorTab).to.equal('msdyn_activeconversation');
    });
  });

  describe('additionalTabs', () => {
    it('must name existing application tab templates', () => {
      const message = expectInvalid(
        configWith((c) => (c.sessionTemplates[0].additionalTabs[1] = 'contoso_nope')),
        'sessionTemplates[0].additionalTabs[1]',
      );
      expect(message).to.contain('unknown application tab template "contoso_nope"');
    });

    it('must not repeat the anchor tab', () => {
      const message = expectInvalid(
        configWith((c) => c.sessionTemplates[0].additionalTabs.push('contoso_crm')),
        'sessionTemplates[0].additionalTabs[2]',
      );
      expect(message).to.contain('"contoso_crm" is already the anchor tab');
    });

    it('must not list a tab twice, reported at the second entry', () => {
      const message = expectInvalid(
        configWith((c) => c.sessionTemplates[0].additionalTabs.push('msdyn_omnichannel_kbsearch')),
        'sessionTemplates[0].additionalTabs[2]',
      );
      expect(message).to.contain('listed twice (first at additionalTabs[0])');
    });
  });

  describe('entity', () => {
    it('is required when type is "entity"', () => {
      const message = expectInvalid(configWith((c) => delete c.sessionTemplates[1].entity), 'sessionTemplates[1].entity');
      expect(message).to.equal('sessionTemplates[1].entity: is required when type is "entity"');
    });

    it('is not allowed on a generic template', () => {
      expectInvalid(configWith((c) => (c.sessionTemplates[0].entity = 'contact')), 'sessionTemplates[0].entity');
    });
  });

  describe('appProfile.sessionTemplates', () => {
    it('must name existing session templates', () => {
      const message = expectInvalid(
        configWith((c) => c.appProfile.sessionTemplates.push('contoso_ghost')),
        'appProfile.sessionTemplates[2]',
      );
      expect(message).to.equal('appProfile.sessionTemplates[2]: unknown session template "contoso_ghost"');
    });

    it('may name built-in session templates', () => {
      const resolved = validateConfig(configWith((c) => c.appProfile.sessionTemplates.push('case_entity_session_default_template')));
      expect(resolved.appProfile?.sessionTemplates).to.include('case_entity_session_default_template');
    });
  });

  describe('required page parameters', () => {
    for (const pageType of PAGE_TYPES) {
      const [required] = PAGE_TYPE_RULES[pageType].required;
      it(`${pageType} requires "${required}"`, () => {
        const message = expectInvalid(
          configWith((c) => {
            c.appTabTemplates[1].pageType = pageType;
            c.appTabTemplates[1].parameters = {};
          }),
          `appTabTemplates[1].parameters.${required}`,
        );
        expect(message).to.contain(`required for page type "${pageType}"`);
      });
    }

    it('count a slug as present', () => {
      const resolved = validateConfig(
        configWith((c) =>
          c.appTabTemplates.push({
            uniqueName: 'contoso_record',
            name: 'Record',
            title: 'Record',
            pageType: 'entityrecord',
            parameters: { entityName: '{entityName}', entityId: '{entityId}' },
          }),
        ),
      );
      expect(resolved.appTabTemplates.get('contoso_record')?.parameters['entityName']).to.equal('{entityName}');
    });

    it('do not count an empty or blank string, null or a non-string', () => {
      for (const value of ['', '  ', null, 5, { a: 1 }]) {
        const message = expectInvalid(
          configWith((c) => (c.appTabTemplates[1].parameters.name = value)),
          'appTabTemplates[1].parameters.name',
        );
        expect(message).to.contain('must be a non-empty string');
      }
    });

    it('are looked up as own keys only', () => {
      expectInvalid(
        configWith((c) => (c.appTabTemplates[1].parameters = Object.create({ name: 'contoso-orders' }))),
        'appTabTemplates[1].parameters.name',
      );
    });
  });

  describe('session icons', () => {
    it('must not contain slugs', () => {
      const message = expectInvalid(
        configWith((c) => (c.sessionTemplates[0].icon = 'https://cdn.contoso.example/{customerName}.svg')),
        'sessionTemplates[0].icon',
      );
      expect(message).to.contain('must not contain slugs');
      expectInvalid(configWith((c) => (c.sessionTemplates[0].icon = '{$odata.account.icon.?$select=icon}')), 'sessionTemplates[0].icon');
    });

    it('may contain brace text that is not a slug', () => {
      const resolved = validateConfig(configWith((c) => (c.sessionTemplates[0].icon = '/icons/{1}.svg')));
      expect(resolved.sessionTemplates.get('contoso_chat')?.icon).to.equal('/icons/{1}.svg');
    });
  });

  describe('website url', () => {
    const withUrl = (url: unknown) => configWith((c) => (c.appTabTemplates[0].parameters.url = url));

    it('accepts https: and http: URLs, in any case, and values built from slugs', () => {
      for (const url of [
        'https://crm.contoso.example/',
        'HTTPS://crm.contoso.example/',
        'http://localhost:8080/x',
        '{crmBaseUrl}/customers',
        'https://crm.contoso.example/?q={customerName}',
        '{$odata.account.websiteurl.?$select=websiteurl}',
      ]) {
        expect(validateConfig(withUrl(url)).appTabTemplates.get('contoso_crm')?.parameters['url'], url).to.equal(url);
      }
    });

    it('rejects other schemes, even with a slug after them', () => {
      const urls = ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x'];
      for (const url of [...urls, 'javascript:{code}', 'java\tscript:alert(1)', 'java\nscript:{code}']) {
        const message = expectInvalid(withUrl(url), 'appTabTemplates[0].parameters.url');
        expect(message, url).to.contain('is not allowed; use https:');
      }
    });

    it('leaves relative URLs to the run-time URL policy (same-origin pages are allowed)', () => {
      for (const url of ['/crm/customers/1', 'customers/1', '//crm.contoso.example/']) {
        expect(validateConfig(withUrl(url)).appTabTemplates.get('contoso_crm')?.parameters['url'], url).to.equal(url);
      }
    });

    it('must be a non-empty string', () => {
      expect(expectInvalid(withUrl(''), 'appTabTemplates[0].parameters.url')).not.to.contain(';');
      expectInvalid(withUrl(['https://x.example']), 'appTabTemplates[0].parameters.url');
    });
  });

  describe('the error message', () => {
    it('lists up to three problems, the first one leading, and counts the rest', () => {
      const message = expectInvalid(
        configWith((c) => {
          c.sessionTemplates[0].anchorTab = 'contoso_a';
          c.sessionTemplates[1].anchorTab = 'contoso_b';
          c.appTabTemplates[1].parameters = {};
          c.appProfile.sessionTemplates = ['contoso_c', 'contoso_d'];
        }),
        'sessionTemplates[0].anchorTab',
      );
      expect(message).to.equal(
        'sessionTemplates[0].anchorTab: unknown application tab template "contoso_a"; ' +
          'sessionTemplates[1].anchorTab: unknown application tab template "contoso_b"; ' +
          'appTabTemplates[1].parameters.name: is required for page type "custom"; and 2 more problems',
      );
    });

    it('follows the order of the file, whatever the kind of rule', () => {
      const message = expectInvalid(
        configWith((c) => {
          c.appTabTemplates.push({ ...c.appTabTemplates[0] });
          c.sessionTemplates[1].entity = undefined;
          delete c.sessionTemplates[1].entity;
          c.sessionTemplates[1].additionalTabs = ['contoso_nope'];
        }),
        'sessionTemplates[1].entity',
      );
      expect(message).to.equal(
        'sessionTemplates[1].entity: is required when type is "entity"; ' +
          'sessionTemplates[1].additionalTabs[0]: unknown application tab template "contoso_nope"; ' +
          'appTabTemplates[2].uniqueName: duplicate unique name "contoso_crm" (first used at appTabTemplates[0])',
      );
    });

    it('says "1 more problem" in the singular', () => {
      const message = expectInvalid(
        configWith((c) => (c.sessionTemplates = [1, 2, 3, 4])),
        'sessionTemplates[0]',
      );
      expect(message).to.match(/; and 1 more problem$/);
    });
  });
});
