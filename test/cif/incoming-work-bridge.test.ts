/**
 * Incoming work through both Microsoft.CIFramework objects, with two providers at once: one on
 * the other loopback origin, one on the page's own origin, each in its own comm panel.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bundle.js';
import { cifMethods } from '../../src/cif/protocol.js';
import type { CifCommPanel } from '../../src/elements/comm-panel/comm-panel.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';
import { microsoft } from './page-setup.js';
import { PAGE_ORIGIN, Provider, PROVIDER_ORIGIN, PROVIDER_PATH, until } from './provider-driver.js';

const config = {
  sessionTemplates: [{ uniqueName: 'contoso_chat', name: 'Chat', type: 'generic', title: 'Chat with {customer}', anchorTab: 'contoso_card', panelMode: 'docked' }],
  appTabTemplates: [{ uniqueName: 'contoso_card', name: 'Card', title: 'Card {customer}', pageType: 'custom', parameters: { name: 'work-card' } }],
  notificationTemplates: [
    { uniqueName: 'contoso_incoming', title: 'Chat from {customer}', fields: [{ title: 'Customer', value: '{customer}' }] },
    { uniqueName: 'contoso_assigned', title: 'Case assigned', autoAccept: true },
    { uniqueName: 'contoso_brief', title: 'Brief', timeoutSeconds: 1 },
  ],
};
if (!customElements.get('work-card')) customElements.define('work-card', class extends HTMLElement {});

/** Every CIF method of contract sections 7 and 10: 41 with the three event methods. */
const CIF_METHOD_NAMES = [
  'addHandler', 'cancelEvent', 'canCreateSession', 'closeTab', 'createRecord', 'createSession', 'createTab', 'deleteRecord',
  'focusTab', 'getAllSessions', 'getClickToAct', 'getEntityMetadata', 'getEnvironment', 'getFocusedSession', 'getFocusedTab',
  'getMode', 'getPresence', 'getSession', 'getTabs', 'getWidth', 'logAnalyticsEvent', 'notifyEvent', 'notifyKpiBreach',
  'notifyNewActivity', 'openForm', 'raiseEvent', 'refreshTab', 'removeHandler', 'renderSearchPage', 'requestFocusSession',
  'retrieveRecord', 'searchAndOpenRecords', 'setClickToAct', 'setMode', 'setPresence', 'setSessionTitle', 'setTabTitle',
  'setWidth', 'updateContext', 'updateConversation', 'updateRecord',
].sort();

interface Two {
  host: CifSessionHost;
  phone: Provider;
  chat: Provider;
  phonePanel: CifCommPanel;
  chatPanel: CifCommPanel;
}

/** A host with two providers: the phone on the other origin (channel order 1), the chat on the page's (2). */
async function twoProviders(): Promise<Two> {
  const wrapper = await fixture<HTMLElement>(html`<div style="height: 500px"></div>`);
  wrapper.innerHTML = `<cif-session-host persist="none" style="height: 500px">
    <cif-comm-panel slot="panel" label="Chat" channel-order="2" src="${PAGE_ORIGIN}${PROVIDER_PATH}"></cif-comm-panel>
    <cif-comm-panel slot="panel" label="Phone" channel-order="1" src="${PROVIDER_ORIGIN}${PROVIDER_PATH}"></cif-comm-panel>
  </cif-session-host>`;
  const host = wrapper.querySelector('cif-session-host')!;
  host.config = config;
  const [chatPanel, phonePanel] = [...host.querySelectorAll('cif-comm-panel')];
  await host.updateComplete;
  await Promise.all([chatPanel!.updateComplete, phonePanel!.updateComplete]);
  const phone = new Provider(() => phonePanel!.frame, PROVIDER_ORIGIN);
  const chat = new Provider(() => chatPanel!.frame, PAGE_ORIGIN);
  await Promise.all([phone.note('init'), chat.note('init')]);
  return { host, phone, chat, phonePanel: phonePanel!, chatPanel: chatPanel! };
}

const alertOf = (host: CifSessionHost) => host.shadowRoot!.querySelector<HTMLElement>('[part="notification"]');

describe('every CIF method on both Microsoft.CIFramework objects', () => {
  it('exists in the page and in a provider\'s page, and the protocol lists them all', async () => {
    const { phone } = await twoProviders();
    expect(Object.keys(microsoft().CIFramework).sort()).to.deep.equal(CIF_METHOD_NAMES);
    expect(await phone.value('methods')).to.deep.equal(CIF_METHOD_NAMES);
    expect([...cifMethods().map(([name]) => name), 'addHandler', 'removeHandler', 'raiseEvent'].sort()).to.deep.equal(CIF_METHOD_NAMES);
  });

  it('rejects the record calls with NO_DATA_ADAPTER while the page has no data adapter, never a TypeError', async () => {
    const { phone } = await twoProviders();
    for (const method of ['createRecord', 'retrieveRecord', 'updateRecord', 'deleteRecord', 'getEntityMetadata', 'searchAndOpenRecords']) {
      const error = await phone.failure(method, 'contact', '{}');
      expect([error.code, error.errorCode, error.isError], method).to.deep.equal(['NO_DATA_ADAPTER', 15, true]);
      const inPage = await (microsoft().CIFramework[method]!('contact', '{}') as Promise<unknown>).catch((e: { code: string }) => e);
      expect((inPage as { code: string }).code, `${method} in the page`).to.equal('NO_DATA_ADAPTER');
    }
  });
});

describe('notifyEvent and cancelEvent from a provider', () => {
  it('shows the alert; the agent\'s answer reaches the provider as CIF\'s JSON string, with no call timeout', async () => {
    const { host, phone } = await twoProviders();
    const timersBefore = await phone.value<number>('callTimers');
    await phone.value('start', 'n1', 'notifyEvent', { templateName: 'contoso_incoming', templateParameters: { customer: 'Ann' } });
    await until(() => alertOf(host), 'the alert');
    expect(await phone.value('callTimers'), 'notifyEvent waits for the agent: no 10 s timer').to.equal(timersBefore);
    await phone.call('getMode');
    expect(await phone.value('callTimers'), 'an ordinary call has its timer').to.equal(timersBefore + 1);
    expect(alertOf(host)!.querySelector('strong')!.textContent).to.equal('Chat from Ann');
    alertOf(host)!.querySelector<HTMLButtonElement>('[data-action="reject"]')!.click();
    const { ok, value } = (await phone.value('settled', 'n1')) as { ok: boolean; value: string };
    expect(ok).to.equal(true);
    expect(JSON.parse(value)).to.deep.equal({
      actionName: 'Reject',
      responseReason: 'DeclinedByAgent',
      value: { actionName: 'Reject', responseReason: 'DeclinedByAgent' },
    });
  });

  it('answers every other path to the provider too: Accept, AutoAccept, DisplayTimeout, the queue\'s limits', async () => {
    const { host, phone, chat } = await twoProviders();
    const answerOf = async (key: string) => JSON.parse(((await phone.value('settled', key)) as { value: string }).value) as { actionName: string; responseReason: string };
    await phone.value('start', 'auto', 'notifyEvent', { templateName: 'contoso_assigned' });
    expect(await answerOf('auto')).to.deep.include({ actionName: 'Accept', responseReason: 'AutoAccept' });
    await phone.value('start', 'brief', 'notifyEvent', { templateName: 'contoso_brief' });
    expect(await answerOf('brief')).to.deep.include({ actionName: 'Timeout', responseReason: 'DisplayTimeout' });
    // the chat's alert is shown; behind it the phone's one-second one waits past its time, and
    // the chat's nine more fill the queue
    await chat.value('start', 'q0', 'notifyEvent', { templateName: 'contoso_incoming', templateParameters: { customer: 'Q0' } });
    await until(() => alertOf(host)?.querySelector('strong')?.textContent === 'Chat from Q0', 'the chat\'s alert');
    await phone.value('start', 'behind', 'notifyEvent', { templateName: 'contoso_brief' });
    for (let i = 1; i < 10; i++) await chat.value('start', `q${i}`, 'notifyEvent', { templateName: 'contoso_incoming', templateParameters: { customer: `Q${i}` } });
    await phone.value('start', 'overflow', 'notifyEvent', { templateName: 'contoso_incoming' });
    expect(await answerOf('overflow')).to.deep.include({ actionName: 'Reject', responseReason: 'NotificationQueueLimitExceeded' });
    expect(await answerOf('behind')).to.deep.include({ actionName: 'Reject', responseReason: 'NotificationQueueTimeLimitExceeded' });
    alertOf(host)!.querySelector<HTMLButtonElement>('[data-action="accept"]')!.click();
    const first = JSON.parse(((await chat.value('settled', 'q0')) as { value: string }).value) as { actionName: string; responseReason: string };
    expect(first).to.deep.include({ actionName: 'Accept', responseReason: 'Accept' });
  });

  it('cancelEvent withdraws only the caller\'s own notification; an unknown template is NOTIFICATION_TEMPLATE_NOT_FOUND', async () => {
    const { host, phone, chat } = await twoProviders();
    await phone.value('start', 'n2', 'notifyEvent', { templateName: 'contoso_incoming', templateParameters: { customer: 'Bo' } }, 'corr-1', 'token-1');
    await until(() => alertOf(host), 'the alert');
    const foreign = await chat.failure('cancelEvent', 'token-1');
    expect([foreign.code, foreign.message]).to.deep.equal(['INVALID_INPUT', 'cancellationToken: no notification of yours waits with "token-1"']);
    expect(await phone.call('cancelEvent', 'token-1')).to.equal('token-1');
    const { value } = (await phone.value('settled', 'n2')) as { value: string };
    expect(JSON.parse(value).actionName).to.equal('Cancel');
    await host.updateComplete;
    expect(alertOf(host)).to.equal(null);
    const unknown = await phone.failure('notifyEvent', { templateName: 'contoso_none' });
    expect([unknown.code, unknown.errorCode]).to.deep.equal(['NOTIFICATION_TEMPLATE_NOT_FOUND', 14]);
  });
});

describe('attention from a provider', () => {
  it('notifyNewActivity and notifyKpiBreach mark only the provider\'s own sessions', async () => {
    const { host, phone, chat } = await twoProviders();
    const mine = await phone.call<string>('createSession', { templateName: 'contoso_chat', customer: 'Ann' });
    await host.focusSession('home');
    await phone.call('notifyNewActivity', mine, 4);
    await phone.call('notifyKpiBreach', mine, false, { kpi: 'wait time' });
    expect(host.getSession(mine)).to.include({ unread: 4, kpiBreach: true });
    const foreign = await chat.failure('notifyNewActivity', mine, 1);
    expect(foreign.code).to.equal('SESSION_NOT_FOUND');
    const negative = await phone.failure('notifyNewActivity', mine, -1);
    expect([negative.code, negative.message]).to.deep.equal(['INVALID_INPUT', 'count: must not be negative']);
    await phone.call('notifyKpiBreach', mine, true);
    expect(host.getSession(mine)).to.include({ unread: 4, kpiBreach: false });
  });
});

describe('presence through CIF', () => {
  it('setPresence and getPresence; a change raises onPresenceChange for every provider', async () => {
    const { host, phone, chat } = await twoProviders();
    await phone.value('listen', 'onPresenceChange');
    await chat.value('listen', 'onPresenceChange');
    expect(await chat.call('setPresence', 'Busy')).to.equal(true);
    expect(await chat.call('setPresence', 'Sleeping')).to.equal(false);
    expect(host.presence).to.equal('Busy');
    expect(await phone.call('getPresence')).to.equal('Busy');
    for (const provider of [phone, chat]) {
      const [payload] = await provider.heard('onPresenceChange', 1);
      expect((payload!.presenceInfo as { presenceText: string }).presenceText).to.equal('Busy');
    }
    expect(await microsoft().CIFramework.getPresence!()).to.equal('Busy');
  });
});

describe('two providers at once', () => {
  it('keep their calls, handlers and sessions apart; the focused session\'s provider is shown', async () => {
    const { host, phone, chat, phonePanel, chatPanel } = await twoProviders();
    const call = await phone.call<string>('createSession', { templateName: 'contoso_chat', customer: 'Caller' });
    const conversation = await chat.call<string>('createSession', { templateName: 'contoso_chat', customer: 'Chatter' });
    expect(await phone.call('getAllSessions')).to.deep.equal([call]);
    expect(await chat.call('getAllSessions')).to.deep.equal([conversation]);
    expect([phonePanel.inactive, chatPanel.inactive], 'the chat session is focused').to.deep.equal([true, false]);
    await host.focusSession(call);
    expect([phonePanel.inactive, chatPanel.inactive]).to.deep.equal([false, true]);
    expect(await chat.call('getFocusedSession'), 'another provider\'s session is not the chat\'s').to.equal(null);
    const refused = await chat.failure('setMode', 0);
    expect(refused.code).to.equal('NOT_PERMITTED');
  });

  it('give each its own width and onsizechanged, and onmodechanged to the one shown', async () => {
    const { host, phone, chat } = await twoProviders();
    await phone.value('listen', 'onsizechanged');
    await chat.value('listen', 'onsizechanged');
    await phone.value('listen', 'onmodechanged');
    await chat.value('listen', 'onmodechanged');
    await chat.call('setWidth', 460);
    expect([await phone.call('getWidth'), await chat.call('getWidth')]).to.deep.equal([340, 460]);
    expect(await chat.heard('onsizechanged', 1)).to.deep.equal([{ value: 460 }]);
    const mine = await phone.call<string>('createSession', { templateName: 'contoso_chat', customer: 'Ann' });
    await phone.call('setMode', 0);
    expect(host.getSession(mine).panelMode).to.equal('minimized');
    expect(await phone.call('getMode')).to.equal(0);
    expect(await phone.heard('onmodechanged', 1)).to.deep.equal([{ value: 0 }]);
    // the chat heard neither: a later event it does hear proves the earlier ones were not sent
    await chat.value('listen', 'onPresenceChange');
    host.presence = 'Away';
    await chat.heard('onPresenceChange', 1);
    expect(await chat.value('heard', 'onsizechanged')).to.deep.equal([]);
    expect(await chat.value('heard', 'onmodechanged')).to.deep.equal([]);
  });

  it('click-to-act goes to the focused session\'s provider, else the first with it on', async () => {
    const { host, phone, chat } = await twoProviders();
    const page = await fixture<HTMLElement>(html`<p><button data-cif-click-to-act data-cif-name="mobilephone">+1 555 0100</button></p>`);
    await phone.value('listen', 'onclicktoact');
    await chat.value('listen', 'onclicktoact');
    expect(await phone.call('getClickToAct')).to.equal(true);
    page.querySelector('button')!.click();
    expect(await phone.heard('onclicktoact', 1)).to.deep.equal([{ value: '+1 555 0100', name: 'mobilephone', format: '', entityLogicalName: '' }]);
    await phone.call('setClickToAct', false);
    expect(await phone.call('getClickToAct')).to.equal(false);
    page.querySelector('button')!.click();
    expect((await chat.heard('onclicktoact', 1))[0]!.value).to.equal('+1 555 0100');
    const conversation = await chat.call<string>('createSession', { templateName: 'contoso_chat', customer: 'C' });
    await phone.call('setClickToAct', true);
    await host.focusSession(conversation);
    page.querySelector('button')!.click();
    expect((await chat.heard('onclicktoact', 1))[0]!.value, 'the focused session\'s provider').to.equal('+1 555 0100');
    expect(await phone.value('heard', 'onclicktoact')).to.deep.equal([]);
  });

  it('onpagenavigate and onsendkbarticle reach both; logAnalyticsEvent and updateConversation reach the CRM', async () => {
    const { host, phone, chat } = await twoProviders();
    for (const provider of [phone, chat]) {
      await provider.value('listen', 'onpagenavigate');
      await provider.value('listen', 'onsendkbarticle');
    }
    host.reportNavigation('https://crm.example/contact/1');
    host.sendKnowledgeArticle({ title: 'Router reset', link: 'https://kb.example/1' });
    for (const provider of [phone, chat]) {
      expect(await provider.heard('onpagenavigate', 1)).to.deep.equal([{ value: 'https://crm.example/contact/1' }]);
      expect(await provider.heard('onsendkbarticle', 1)).to.deep.equal([{ title: 'Router reset', link: 'https://kb.example/1' }]);
    }
    const analytics: unknown[] = [];
    host.addEventListener('cif-analytics-event', (e) => analytics.push([(e as unknown as { origin: string }).origin, (e as unknown as { eventName: string }).eventName, (e as unknown as { data: unknown }).data]));
    const conversations: unknown[] = [];
    host.addEventListener('cif-conversation-updated', (e) => conversations.push([(e as unknown as { origin: string }).origin, (e as unknown as { conversationId: string }).conversationId, (e as unknown as { data: unknown }).data]));
    await phone.call('logAnalyticsEvent', JSON.stringify({ conversationId: 'c-9', events: [{ name: 'hold' }] }), 'CallHeld');
    await chat.call('updateConversation', 'c-9', '{"msdyn_title":"Billing"}');
    expect(analytics).to.deep.equal([[PROVIDER_ORIGIN, 'CallHeld', { conversationId: 'c-9', events: [{ name: 'hold' }] }]]);
    expect(conversations).to.deep.equal([[PAGE_ORIGIN, 'c-9', { msdyn_title: 'Billing' }]]);
    const bad = await phone.failure('logAnalyticsEvent', {}, '');
    expect([bad.code, bad.message]).to.deep.equal(['INVALID_INPUT', 'eventName: must be a non-empty string']);
  });
});
