/**
 * Incoming work through the page's own Microsoft.CIFramework (the in-page facade sees every
 * session and hears every host event), as CRM code written for Dynamics calls it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { microsoft, pageConfig, pageHost } from './page-setup.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';
import { until } from './provider-driver.js';

const config = {
  ...pageConfig,
  notificationTemplates: [
    { uniqueName: 'contoso_incoming', title: 'Chat from {customer}', timeoutSeconds: 60 },
    { uniqueName: 'contoso_assigned', title: 'Assigned', autoAccept: true },
    { uniqueName: 'contoso_brief', title: 'Brief', timeoutSeconds: 1 },
  ],
};

const cif = () => microsoft().CIFramework as Record<string, (...args: unknown[]) => Promise<unknown>>;
const alertOf = (host: CifSessionHost) => host.shadowRoot!.querySelector<HTMLElement>('[part="notification"]');

/** Payloads the page's handler heard for `name`, as parsed JSON. */
async function listen(name: string): Promise<unknown[]> {
  const heard: unknown[] = [];
  await cif().addHandler!(name, (payload: unknown) => heard.push(JSON.parse(payload as string)));
  return heard;
}

describe('the page\'s Microsoft.CIFramework: incoming work', () => {
  it('notifyEvent resolves with CIF\'s JSON string once the agent answers; cancelEvent resolves with the token', async () => {
    const host = await pageHost(config);
    const answer = cif().notifyEvent!({ templateName: 'contoso_incoming', templateParameters: { customer: 'Ann' } });
    await until(() => alertOf(host), 'the alert');
    alertOf(host)!.querySelector<HTMLButtonElement>('[data-action="accept"]')!.click();
    expect(JSON.parse((await answer) as string)).to.deep.equal({ actionName: 'Accept', responseReason: 'Accept', value: { actionName: 'Accept', responseReason: 'Accept' } });
    expect(JSON.parse((await cif().notifyEvent!({ templateName: 'contoso_assigned' })) as string).responseReason).to.equal('AutoAccept');
    const cancelled = cif().notifyEvent!({ templateName: 'contoso_incoming' }, 'correlation', 'tok');
    expect(await cif().cancelEvent!('tok')).to.equal('tok');
    expect(JSON.parse((await cancelled) as string).actionName).to.equal('Cancel');
    const missing = (await cif().cancelEvent!('tok').catch((e: unknown) => e)) as { code: string };
    expect(missing.code).to.equal('INVALID_INPUT');
  });

  it('answers Timeout, NotificationQueueTimeLimitExceeded and NotificationQueueLimitExceeded as CIF does', async () => {
    const host = await pageHost(config);
    const parse = async (answer: Promise<unknown>) => JSON.parse((await answer) as string) as { actionName: string; responseReason: string };
    // a one-second template, shown: it times out
    expect(await parse(cif().notifyEvent!({ templateName: 'contoso_brief' }))).to.deep.include({ actionName: 'Timeout', responseReason: 'DisplayTimeout' });
    // behind a long one, a one-second template waits past its time; nine more fill the queue
    const shown = cif().notifyEvent!({ templateName: 'contoso_incoming' });
    await until(() => alertOf(host), 'the alert');
    const waiting = cif().notifyEvent!({ templateName: 'contoso_brief' });
    const queued = Array.from({ length: 9 }, () => cif().notifyEvent!({ templateName: 'contoso_incoming' }));
    expect(await parse(cif().notifyEvent!({ templateName: 'contoso_incoming' })), 'the eleventh waiting').to.deep.include({
      actionName: 'Reject',
      responseReason: 'NotificationQueueLimitExceeded',
    });
    expect(await parse(waiting)).to.deep.include({ actionName: 'Reject', responseReason: 'NotificationQueueTimeLimitExceeded' });
    for (const answer of [shown, ...queued]) {
      await until(() => alertOf(host), 'the next alert');
      alertOf(host)!.querySelector<HTMLButtonElement>('[data-action="reject"]')!.click();
      expect(await parse(answer)).to.deep.include({ actionName: 'Reject', responseReason: 'DeclinedByAgent' });
    }
  });

  it('notifyNewActivity, notifyKpiBreach and requestFocusSession mark any session for the page', async () => {
    const host = await pageHost(config);
    const id = await host.createSession({ templateName: 'contoso_chat', templateParameters: { customer: 'Bo' }, isFocused: false });
    await cif().notifyNewActivity!(id, 2);
    await cif().notifyKpiBreach!(id);
    await cif().requestFocusSession!(id);
    expect(host.getSession(id)).to.include({ unread: 2, attention: 1, kpiBreach: true });
    expect(host.focusedSessionId).to.equal('home');
    await cif().notifyKpiBreach!(id, true);
    expect(host.getSession(id).kpiBreach).to.equal(false);
  });

  it('setPresence and getPresence; the page\'s handlers hear onPresenceChange', async () => {
    const host = await pageHost(config);
    const heard = await listen('onPresenceChange');
    expect(await cif().setPresence!('Do not disturb')).to.equal(true);
    expect(await cif().getPresence!()).to.equal('Do not disturb');
    expect(await cif().setPresence!('On the moon')).to.equal(false);
    expect(host.presence).to.equal('Do not disturb');
    expect(heard).to.have.length(1);
    expect((heard[0] as { presenceInfo: { presenceText: string } }).presenceInfo.presenceText).to.equal('Do not disturb');
    await cif().removeHandler!('onPresenceChange', () => {});
  });

  it('setClickToAct and getClickToAct for the page; the page\'s handlers hear onclicktoact', async () => {
    const host = await pageHost(config);
    host.querySelector('cif-comm-panel')!.trustedOrigins = 'https://phone.example';
    const heard = await listen('onclicktoact');
    expect(await cif().getClickToAct!()).to.equal(true);
    await cif().setClickToAct!(false);
    expect(await cif().getClickToAct!()).to.equal(false);
    const refused = (await cif().setClickToAct!('yes').catch((e: unknown) => e)) as { code: string; message: string };
    expect([refused.code, refused.message]).to.deep.equal(['INVALID_INPUT', 'value: must be true or false']);
    const page = await fixture<HTMLElement>(html`<button data-cif-click-to-act data-cif-value="+15550100">Call</button>`);
    page.click();
    expect(heard).to.deep.equal([{ value: '+15550100', name: '', format: '', entityLogicalName: '' }]);
  });

  it('logAnalyticsEvent and updateConversation reach the host as events for the CRM', async () => {
    const host = await pageHost(config);
    const events: unknown[] = [];
    host.addEventListener('cif-analytics-event', (e) => events.push(['analytics', (e as unknown as { eventName: string }).eventName, (e as unknown as { origin: unknown }).origin]));
    host.addEventListener('cif-conversation-updated', (e) => events.push(['conversation', (e as unknown as { conversationId: string }).conversationId, (e as unknown as { data: unknown }).data]));
    await cif().logAnalyticsEvent!({ conversationId: 'c1' }, 'Started');
    await cif().updateConversation!('c1', 'plain text');
    expect(events).to.deep.equal([
      ['analytics', 'Started', null],
      ['conversation', 'c1', 'plain text'],
    ]);
  });

  it('setMode, getMode, setWidth and getWidth speak for the panel shown', async () => {
    const host = await pageHost(config);
    const heard = await listen('onmodechanged');
    await cif().setMode!(3);
    expect(await cif().getMode!()).to.equal(3);
    expect(host.panelMode).to.equal('collapsed');
    await cif().setWidth!(420);
    expect(await cif().getWidth!()).to.equal(420);
    expect(heard).to.deep.equal([{ value: 3 }]);
  });
});
