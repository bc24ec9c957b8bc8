import { expect } from '@open-wc/testing';
import { UNIQUE_NAME_PATTERN, validateConfig } from '../../../src/core/config/index.js';
import { configWith, expectInvalid, validConfig } from './helpers.js';

describe('validateConfig: structure', () => {
  it('accepts a config that uses every section and field', () => {
    const resolved = validateConfig(validConfig());
    expect(resolved.sessionTemplates.get('contoso_chat')?.title).to.equal('Chat with {customerName}');
    expect(resolved.notificationTemplates.get('contoso_incoming')?.fields).to.have.length(2);
  });

  it('accepts the smallest config, which leaves the built-ins only', () => {
    const resolved = validateConfig({ sessionTemplates: [], appTabTemplates: [] });
    expect([...resolved.sessionTemplates.keys()]).to.have.members([
      'msdyn_chat_session', 'msdyn_sms_session', 'msdyn_voicecall_session', 'msdyn_entityrecord_session', 'msdyn_search_session', 'case_entity_session_default_template',
    ]);
    expect([...resolved.notificationTemplates.keys()]).to.deep.equal([
      'msdyn_chat_incoming_unauthenticated', 'msdyn_sms_incoming_unauthenticated', 'msdyn_voicecall_incoming_unauthenticated',
    ]);
  });

  describe('shape of the whole', () => {
    it('rejects a value that is not an object, naming the root "config"', () => {
      expect(expectInvalid(42, 'config')).to.contain('received 42');
      expectInvalid(null, 'config');
      // the object schema takes an array for an object; it then lacks every required key
      expectInvalid([], 'sessionTemplates');
    });

    it('rejects a config without sessionTemplates', () => {
      expectInvalid({ appTabTemplates: [] }, 'sessionTemplates');
      expect(expectInvalid({ appTabTemplates: [] }, 'sessionTemplates')).to.equal('sessionTemplates: is required');
    });

    it('rejects a config without appTabTemplates', () => {
      expectInvalid({ sessionTemplates: [] }, 'appTabTemplates');
    });

    it('rejects an unknown top-level key (a typo) but allows $schema', () => {
      const message = expectInvalid({ sessionTemplates: [], appTabTemplates: [], appProfiles: {} }, 'appProfiles');
      expect(message).to.contain('unknown property');
      expect(() => validateConfig({ $schema: 'x.json', sessionTemplates: [], appTabTemplates: [] })).not.to.throw();
    });

    it('rejects $schema inside a template', () => {
      expectInvalid(configWith((c) => (c.sessionTemplates[0].$schema = 'x')), 'sessionTemplates[0].$schema');
    });

    it('takes explicit undefined as absent, as JSON would (a config built in code writes `icon: maybe`)', () => {
      const config = validateConfig(configWith((c) => {
        c.sessionTemplates[1].icon = undefined;
        c.appProfile = undefined;
      }));
      expect(config.sessionTemplates.get(validConfig().sessionTemplates[1]!.uniqueName)!.icon).to.equal(undefined);
      expect(config.appProfile).to.equal(undefined);
      // a required field that is undefined is still missing
      const message = expectInvalid(configWith((c) => (c.sessionTemplates[1].title = undefined)), 'sessionTemplates[1].title');
      expect(message).to.contain('sessionTemplates[1].title: is required');
    });
  });

  describe('templates reject unknown keys', () => {
    it('in a session template, reporting the missing key first and the typo after it', () => {
      const message = expectInvalid(
        configWith((c) => {
          c.sessionTemplates[0].anchortab = c.sessionTemplates[0].anchorTab;
          delete c.sessionTemplates[0].anchorTab;
        }),
        'sessionTemplates[0].anchorTab',
      );
      expect(message).to.equal(
        'sessionTemplates[0].anchorTab: is required; sessionTemplates[0].anchortab: unknown property (check its spelling)',
      );
    });

    it('in an app tab template, a notification template, a field, the app profile and routes', () => {
      expectInvalid(configWith((c) => (c.appTabTemplates[1].pagetype = 'x')), 'appTabTemplates[1].pagetype');
      expectInvalid(configWith((c) => (c.notificationTemplates[0].timeout = 5)), 'notificationTemplates[0].timeout');
      expectInvalid(configWith((c) => (c.notificationTemplates[0].fields[1].label = 'x')), 'notificationTemplates[0].fields[1].label');
      expectInvalid(configWith((c) => (c.appProfile.templates = [])), 'appProfile.templates');
      expectInvalid(configWith((c) => (c.routes.website = '/x')), 'routes.website');
    });
  });

  describe('unique names', () => {
    it('follow "<prefix>_<name>" with a 3 to 8 alphanumeric prefix; the built-in names do', () => {
      for (const name of ['msdyn_chat_session', 'case_entity_session_default_template', 'abc_x', 'abcd1234_x_y']) {
        expect(UNIQUE_NAME_PATTERN.test(name), name).to.equal(true);
      }
      for (const name of ['ab_x', 'abcdefghi_x', 'contoso', 'contoso_', '_contoso', 'con-to_x', '']) {
        expect(UNIQUE_NAME_PATTERN.test(name), name).to.equal(false);
      }
    });

    it('reject a bad session template unique name', () => {
      const message = expectInvalid(configWith((c) => (c.sessionTemplates[1].uniqueName = 'ab_x')), 'sessionTemplates[1].uniqueName');
      expect(message).to.contain('<prefix>_<name>');
    });

    it('reject a bad app tab template unique name', () => {
      expectInvalid(configWith((c) => (c.appTabTemplates[0].uniqueName = 'abcdefghi_crm')), 'appTabTemplates[0].uniqueName');
    });

    it('reject a bad notification template unique name', () => {
      expectInvalid(configWith((c) => (c.notificationTemplates[0].uniqueName = 'contoso')), 'notificationTemplates[0].uniqueName');
      expectInvalid(configWith((c) => (c.notificationTemplates[0].uniqueName = 'contoso_')), 'notificationTemplates[0].uniqueName');
    });
  });

  describe('required strings are non-empty', () => {
    const cases: [string, (c: ReturnType<typeof validConfig>) => void][] = [
      ['sessionTemplates[0].name', (c) => (c.sessionTemplates[0]!.name = '')],
      ['sessionTemplates[0].title', (c) => (c.sessionTemplates[0]!.title = '')],
      ['sessionTemplates[0].anchorTab', (c) => (c.sessionTemplates[0]!.anchorTab = '')],
      ['sessionTemplates[0].additionalTabs[1]', (c) => (c.sessionTemplates[0]!.additionalTabs![1] = '')],
      ['sessionTemplates[1].entity', (c) => (c.sessionTemplates[1]!.entity = '')],
      ['appTabTemplates[1].name', (c) => (c.appTabTemplates[1]!.name = '')],
      ['appTabTemplates[1].title', (c) => (c.appTabTemplates[1]!.title = '')],
      ['notificationTemplates[0].title', (c) => (c.notificationTemplates[0]!.title = '')],
      ['notificationTemplates[0].fields[0].title', (c) => (c.notificationTemplates[0]!.fields[0]!.title = '')],
      ['notificationTemplates[0].fields[1].value', (c) => (c.notificationTemplates[0]!.fields[1]!.value = '')],
      ['appProfile.uniqueName', (c) => (c.appProfile.uniqueName = '')],
      ['appProfile.sessionTemplates[0]', (c) => (c.appProfile.sessionTemplates[0] = '')],
      ['routes.entityrecord', (c) => (c.routes.entityrecord = '')],
    ];
    for (const [path, change] of cases) {
      it(`rejects an empty ${path}`, () => {
        expect(expectInvalid(configWith(change), path)).to.equal(`${path}: must not be empty`);
      });
    }
  });

  describe('closed value sets', () => {
    it('rejects an unknown session type', () => {
      const message = expectInvalid(configWith((c) => (c.sessionTemplates[0].type = 'channel')), 'sessionTemplates[0].type');
      expect(message).to.contain('"generic" or "entity"');
    });

    it('rejects an unknown pageType', () => {
      const message = expectInvalid(configWith((c) => (c.appTabTemplates[0].pageType = 'iframe')), 'appTabTemplates[0].pageType');
      expect(message).to.contain('entityrecord, entitylist');
    });

    it('rejects an unknown panelMode', () => {
      const message = expectInvalid(configWith((c) => (c.sessionTemplates[1].panelMode = 'open')), 'sessionTemplates[1].panelMode');
      expect(message).to.contain('docked, minimized, hidden, collapsed');
    });
  });

  describe('wrong types', () => {
    it('names the array index of a wrongly typed entry in plain words', () => {
      const message = expectInvalid(
        configWith((c) => (c.sessionTemplates[0].additionalTabs[1] = 3)),
        'sessionTemplates[0].additionalTabs[1]',
      );
      expect(message).to.equal('sessionTemplates[0].additionalTabs[1]: expected string but received 3');
    });

    it('rejects a non-boolean flag and a non-array list', () => {
      expectInvalid(configWith((c) => (c.appTabTemplates[0].canClose = 'no')), 'appTabTemplates[0].canClose');
      expectInvalid(configWith((c) => (c.sessionTemplates = {})), 'sessionTemplates');
    });
  });

  describe('parameters hold JSON values', () => {
    it('accepts nested objects, arrays, numbers, booleans and null', () => {
      const resolved = validateConfig(validConfig());
      expect(resolved.appTabTemplates.get('contoso_orders')?.parameters).to.deep.equal({
        name: 'contoso-orders',
        data: { customer: '{customerRecordId}', limit: 10, open: true, tags: ['a', null] },
      });
    });

    it('rejects a value JSON cannot carry, naming the value itself', () => {
      const message = expectInvalid(
        configWith((c) => (c.appTabTemplates[1].parameters.data.limit = Number.NaN)),
        'appTabTemplates[1].parameters.data.limit',
      );
      expect(message).to.equal('appTabTemplates[1].parameters.data.limit: must be a JSON value (string, finite number, boolean, null, array or plain object)');
      expectInvalid(
        configWith((c) => (c.appTabTemplates[1].parameters.data.tags[1] = () => 1)),
        'appTabTemplates[1].parameters.data.tags[1]',
      );
      expectInvalid(
        configWith((c) => (c.appTabTemplates[1].parameters.data.tags[0] = { deep: [1, Symbol('x')] })),
        'appTabTemplates[1].parameters.data.tags[0].deep[1]',
      );
    });

    it('rejects an infinite number', () => {
      const message = expectInvalid(
        configWith((c) => (c.appTabTemplates[1].parameters.data.limit = Number.POSITIVE_INFINITY)),
        'appTabTemplates[1].parameters.data.limit',
      );
      expect(message).to.contain('must be a finite number');
    });

    it('quotes a parameter name that is not an identifier', () => {
      expectInvalid(
        configWith((c) => (c.appTabTemplates[1].parameters['x-y'] = Symbol('no'))),
        'appTabTemplates[1].parameters["x-y"]',
      );
    });

    it('rejects parameters that are not an object', () => {
      expectInvalid(configWith((c) => (c.appTabTemplates[0].parameters = 'url')), 'appTabTemplates[0].parameters');
      // the record schema takes an array for a record; its index keys never hold the required parameter
      expectInvalid(configWith((c) => (c.appTabTemplates[0].parameters = ['https://x.example'])), 'appTabTemplates[0].parameters.url');
    });
  });

  describe('notification templates', () => {
    it('allow at most 4 fields', () => {
      const four = Array.from({ length: 4 }, (_, i) => ({ title: `t${i}`, value: `v${i}` }));
      const resolved = validateConfig(configWith((c) => (c.notificationTemplates[0].fields = four)));
      expect(resolved.notificationTemplates.get('contoso_incoming')?.fields).to.deep.equal(four);
      const message = expectInvalid(
        configWith((c) => (c.notificationTemplates[0].fields = [...four, { title: 't', value: 'v' }])),
        'notificationTemplates[0].fields',
      );
      expect(message).to.equal('notificationTemplates[0].fields: must have at most 4 fields');
    });

    it('take a whole timeoutSeconds from 0 to 500', () => {
      for (const ok of [0, 120, 500]) {
        const resolved = validateConfig(configWith((c) => (c.notificationTemplates[0].timeoutSeconds = ok)));
        expect(resolved.notificationTemplates.get('contoso_incoming')?.timeoutSeconds).to.equal(ok);
      }
      for (const bad of [-1, 501, 1.5]) {
        const message = expectInvalid(
          configWith((c) => (c.notificationTemplates[0].timeoutSeconds = bad)),
          'notificationTemplates[0].timeoutSeconds',
        );
        expect(message).to.contain('whole number from 0 to 500');
      }
    });
  });

  describe('routes', () => {
    it('take non-empty strings for the routed page types', () => {
      expectInvalid(configWith((c) => (c.routes.search = 7)), 'routes.search');
      expectInvalid(configWith((c) => (c.routes.dashboard = '')), 'routes.dashboard');
    });
  });
});
