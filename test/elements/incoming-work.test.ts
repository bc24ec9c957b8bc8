/**
 * Incoming work in the host (contract sections 2, 6, 10): the notification area, attention in
 * the rail, presence, several providers, click-to-act, and the host events for the CRM.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { registerElements } from '../../src/register.js';
import type { HostCifEvent } from '../../src/binding.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';
import type { CifCommPanel } from '../../src/elements/comm-panel/comm-panel.js';
import type { NotificationAnswer } from '../../src/core/notifications.js';

registerElements();

const config = {
  sessionTemplates: [{ uniqueName: 'contoso_chat', name: 'Chat', type: 'generic', title: 'Chat with {customerName}', anchorTab: 'contoso_card', panelMode: 'docked' }],
  appTabTemplates: [{ uniqueName: 'contoso_card', name: 'Card', title: 'Card', pageType: 'custom', parameters: { name: 'incoming-card' } }],
  notificationTemplates: [
    {
      uniqueName: 'contoso_incoming',
      title: 'Chat from {customerName}',
      acceptText: 'Take it',
      rejectText: 'Pass',
      timeoutSeconds: 90,
      fields: [
        { title: 'Customer', value: '{customerName}' },
        { title: 'Queue', value: '{queue}' },
      ],
    },
    { uniqueName: 'contoso_assigned', title: 'Case {caseId} is yours', autoAccept: true },
    { uniqueName: 'contoso_desk', title: 'Call from {customerName}', desktopNotification: 'background', showReject: false },
  ],
};
if (!customElements.get('incoming-card')) customElements.define('incoming-card', class extends HTMLElement {});

async function makeHost(panels: { origin?: string; label: string; order?: number }[] = []): Promise<CifSessionHost> {
  const wrapper = await fixture<HTMLElement>(html`<div style="height: 500px"><input id="typing" /></div>`);
  const host = document.createElement('cif-session-host');
  host.setAttribute('persist', 'none');
  host.style.height = '500px';
  host.config = config;
  for (const { origin, label, order } of panels) {
    const panel = document.createElement('cif-comm-panel');
    panel.slot = 'panel';
    panel.label = label;
    if (origin) panel.trustedOrigins = origin;
    if (order !== undefined) panel.channelOrder = order;
    host.append(panel);
  }
  wrapper.append(host);
  await host.updateComplete;
  return host;
}

const shadow = (host: CifSessionHost) => host.shadowRoot!;
const alert = (host: CifSessionHost) => shadow(host).querySelector<HTMLElement>('[part="notification"]');
const railEntry = (host: CifSessionHost, id: string) => shadow(host).querySelector<HTMLElement>(`[part="session"][data-session-id="${id}"]`)!;
/** A rail entry's name, as its content gives it: the text outside aria-hidden parts. */
const accessibleText = (entry: HTMLElement) =>
  [...entry.querySelectorAll(':scope > :not([aria-hidden="true"])')].map((node) => node.textContent!.trim()).join('').replace(/\s+/g, ' ');
const regionText = async (host: CifSessionHost, urgent = false) => {
  await new Promise((resolve) => setTimeout(resolve, 60));
  return shadow(host).querySelector(urgent ? '.announce-assertive' : '.announce-polite')!.textContent;
};

function cifEvents(host: CifSessionHost): HostCifEvent[] {
  const events: HostCifEvent[] = [];
  host.binding.onCifEvent((event) => events.push(event));
  return events;
}

describe('the notification area', () => {
  it('shows an alert with the template\'s title, fields and buttons; the agent\'s Accept answers Accept/Accept', async () => {
    const host = await makeHost();
    const answer = host.notifyEvent({ templateName: 'contoso_incoming', templateParameters: { customerName: 'Ann', queue: 'VIP' } });
    await host.updateComplete;
    const shown = alert(host)!;
    expect(shown.getAttribute('role')).to.equal('alertdialog');
    expect(shown.dataset.notificationId).to.match(/^notification-/);
    expect(shown.querySelector('strong')!.textContent).to.equal('Chat from Ann');
    expect([...shown.querySelectorAll('dt, dd')].map((e) => e.textContent)).to.deep.equal(['Customer', 'Ann', 'Queue', 'VIP']);
    expect(shown.querySelector('[data-action="accept"]')!.textContent).to.equal('Take it');
    expect(shown.querySelector('[data-action="reject"]')!.textContent).to.equal('Pass');
    expect(shown.querySelector('[part="countdown"]')!.textContent).to.match(/^1:(30|29)$/);
    expect(await regionText(host, true)).to.equal('Chat from Ann. Customer: Ann. Queue: VIP');
    shown.querySelector<HTMLButtonElement>('[data-action="accept"]')!.click();
    expect(await answer).to.deep.equal({ actionName: 'Accept', responseReason: 'Accept' });
    await host.updateComplete;
    expect(alert(host)).to.equal(null);
  });

  it('never takes focus from what the agent types; its buttons are one Tab away and Enter answers', async () => {
    const host = await makeHost();
    const input = document.getElementById('typing') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'hel' });
    const answer = host.notifyEvent({ templateName: 'contoso_incoming', templateParameters: { customerName: 'Bo' } });
    await host.updateComplete;
    await sendKeys({ type: 'lo' });
    expect(document.activeElement).to.equal(input);
    expect(input.value).to.equal('hello');
    // reachable by keyboard: the agent tabs into the alert and answers it
    const reject = alert(host)!.querySelector<HTMLButtonElement>('[data-action="reject"]')!;
    reject.focus();
    expect(shadow(host).activeElement).to.equal(reject);
    await sendKeys({ press: 'Enter' });
    expect(await answer).to.deep.equal({ actionName: 'Reject', responseReason: 'DeclinedByAgent' });
  });

  it('shows one and counts the ones waiting; the next comes when the first is answered', async () => {
    const host = await makeHost();
    const first = host.notifyEvent({ templateName: 'contoso_incoming', templateParameters: { customerName: 'One' } });
    void host.notifyEvent({ templateName: 'contoso_incoming', templateParameters: { customerName: 'Two' } });
    void host.notifyEvent({ templateName: 'contoso_incoming', templateParameters: { customerName: 'Three' } });
    await host.updateComplete;
    expect(shadow(host).querySelectorAll('[part="notification"]')).to.have.length(1);
    expect(alert(host)!.querySelector('.waiting')!.textContent).to.equal('2 waiting');
    alert(host)!.querySelector<HTMLButtonElement>('[data-action="accept"]')!.click();
    await first;
    await host.updateComplete;
    expect(alert(host)!.querySelector('strong')!.textContent).to.equal('Chat from Two');
    expect(alert(host)!.querySelector('.waiting')!.textContent).to.equal('1 waiting');
  });

  it('shows an autoAccept template as an information toast, announced politely', async () => {
    const host = await makeHost();
    expect(await host.notifyEvent({ templateName: 'contoso_assigned', templateParameters: { caseId: 'CAS-9' } })).to.deep.equal({
      actionName: 'Accept',
      responseReason: 'AutoAccept',
    });
    await host.updateComplete;
    const toast = shadow(host).querySelector<HTMLElement>('[part="toast"]')!;
    expect(toast.getAttribute('role')).to.equal('status');
    expect(toast.textContent).to.contain('Case CAS-9 is yours');
    expect(await regionText(host)).to.equal('Case CAS-9 is yours');
    toast.querySelector<HTMLButtonElement>('.dismiss')!.click();
    await host.updateComplete;
    expect(shadow(host).querySelector('[part="toast"]')).to.equal(null);
  });

  it('raises a desktop notification while the page is in the background, when the template says so', async () => {
    const host = await makeHost();
    const raised: { title: string; body: string | undefined; closed: boolean }[] = [];
    const original = { Notification: window.Notification, visibility: Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')! };
    class FakeNotification {
      static permission = 'granted';
      onclick: (() => void) | null = null;
      readonly record: { title: string; body: string | undefined; closed: boolean };
      constructor(title: string, options?: NotificationOptions) {
        this.record = { title, body: options?.body, closed: false };
        raised.push(this.record);
      }
      close() {
        this.record.closed = true;
      }
    }
    (window as { Notification: unknown }).Notification = FakeNotification;
    Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => 'hidden' });
    let answer: Promise<NotificationAnswer>;
    try {
      void host.notifyEvent({ templateName: 'contoso_incoming', templateParameters: { customerName: 'Quiet' } }); // mode "never"
      answer = host.notifyEvent({ templateName: 'contoso_desk', templateParameters: { customerName: 'Dee' } });
      alert(host) ?? (await host.updateComplete);
      alert(host)!.querySelector<HTMLButtonElement>('[data-action="accept"]')!.click(); // the "never" one
      await host.updateComplete;
      expect(alert(host)!.querySelector('[data-action="reject"]'), 'showReject: false').to.equal(null);
    } finally {
      (window as { Notification: unknown }).Notification = original.Notification;
      Object.defineProperty(Document.prototype, 'visibilityState', original.visibility);
    }
    expect(raised.map((n) => [n.title, n.body])).to.deep.equal([['Call from Dee', '']]);
    alert(host)!.querySelector<HTMLButtonElement>('[data-action="accept"]')!.click();
    expect(await answer).to.deep.equal({ actionName: 'Accept', responseReason: 'Accept' });
    expect(raised[0]!.closed, 'answered: the desktop notification goes too').to.equal(true);
  });

  it('ticks its countdown only while an alert is shown, so an idle page stays idle', async () => {
    const [setIntervalOf, clearIntervalOf] = [window.setInterval, window.clearInterval];
    const ticking = new Set<unknown>();
    window.setInterval = ((handler: () => void, ms?: number) => {
      const id = setIntervalOf(handler, ms);
      if (ms === 1000) ticking.add(id);
      return id;
    }) as typeof setInterval;
    window.clearInterval = ((id?: number) => {
      ticking.delete(id);
      clearIntervalOf(id);
    }) as typeof clearInterval;
    try {
      const host = await makeHost();
      expect(ticking.size, 'no alert: no timer').to.equal(0);
      const answer = host.notifyEvent({ templateName: 'contoso_incoming', templateParameters: { customerName: 'Tick' } });
      await host.updateComplete;
      expect(ticking.size).to.equal(1);
      alert(host)!.querySelector<HTMLButtonElement>('[data-action="accept"]')!.click();
      await answer;
      expect(ticking.size, 'answered: the timer stops').to.equal(0);
    } finally {
      [window.setInterval, window.clearInterval] = [setIntervalOf, clearIntervalOf];
    }
  });

  it('shows hostile values as text: a slug value never becomes markup', async () => {
    const host = await makeHost();
    const hostile = '<img src=x onerror="window.__pwned = true">';
    void host.notifyEvent({ templateName: 'contoso_incoming', templateParameters: { customerName: hostile, queue: '</dd><script>window.__pwned = true</script>' } });
    await host.updateComplete;
    const shown = alert(host)!;
    expect(shown.querySelector('strong')!.textContent).to.equal(`Chat from ${hostile}`);
    expect(shown.querySelectorAll('img, script'), 'no element came from a value').to.have.length(0);
    expect([...shown.querySelectorAll('dd')].map((dd) => dd.textContent)).to.deep.equal([hostile, '</dd><script>window.__pwned = true</script>']);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
    expect(await regionText(host, true), 'announced as text too').to.contain(hostile);
  });

  it('refuses an unknown template with NOTIFICATION_TEMPLATE_NOT_FOUND, showing nothing', async () => {
    const host = await makeHost();
    const error = await host.notifyEvent({ templateName: 'contoso_none' }).catch((e: { code: string; errorCode: number }) => e);
    expect([(error as { code: string }).code, (error as { errorCode: number }).errorCode]).to.deep.equal(['NOTIFICATION_TEMPLATE_NOT_FOUND', 14]);
    await host.updateComplete;
    expect(alert(host)).to.equal(null);
  });

  it('withdraws the page\'s own notification with cancelEvent', async () => {
    const host = await makeHost();
    const answer = host.notifyEvent({ templateName: 'contoso_incoming', cancellationToken: 'abc' });
    expect(host.cancelEvent('abc')).to.equal(true);
    expect(await answer).to.deep.equal({ actionName: 'Cancel', responseReason: 'CanceledByClient' });
    await host.updateComplete;
    expect(alert(host)).to.equal(null);
  });
});

describe('attention in the rail', () => {
  it('shows unread counts on a background session, "9+" past nine, cleared when the agent looks', async () => {
    const host = await makeHost();
    const id = await host.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann' }, isFocused: false });
    host.binding.workspace.notifyNewActivity(id, 3);
    await host.updateComplete;
    expect(railEntry(host, id).querySelector('[part="badge"]')!.textContent).to.equal('3');
    expect(accessibleText(railEntry(host, id)), 'its name says what the badge shows').to.equal('Chat with Ann, 3 new updates');
    expect(shadow(host).querySelector('[part="rail-summary"]')!.textContent).to.equal('3 new updates');
    expect(shadow(host).querySelector('[part="rail"]')!.getAttribute('aria-label')).to.equal('Sessions: 3 new updates');
    expect(await regionText(host)).to.equal('Chat with Ann: 3 new updates');
    host.binding.workspace.notifyNewActivity(id, 12);
    await host.updateComplete;
    expect(railEntry(host, id).querySelector('[part="badge"]')!.textContent).to.equal('9+');
    await host.focusSession(id);
    expect(railEntry(host, id).querySelector('[part="badge"]')).to.equal(null);
    expect(accessibleText(railEntry(host, id))).to.equal('Chat with Ann');
    expect(shadow(host).querySelector('[part="rail-summary"]')).to.equal(null);
  });

  it('flags a breached KPI until the provider resets it, and announces it', async () => {
    const host = await makeHost();
    const id = await host.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Kim' } });
    host.binding.workspace.notifyKpiBreach(id);
    await host.updateComplete;
    expect(host.getSession(id).kpiBreach).to.equal(true);
    expect(railEntry(host, id).querySelector('[part="badge"]')!.textContent).to.equal('!');
    expect(accessibleText(railEntry(host, id))).to.equal('Chat with Kim, KPI breached');
    expect(await regionText(host)).to.equal('Chat with Kim: KPI breached');
    await host.focusSession('home');
    await host.focusSession(id);
    expect(host.getSession(id).kpiBreach, 'focus does not clear it').to.equal(true);
    host.binding.workspace.notifyKpiBreach(id, false);
    await host.updateComplete;
    expect(railEntry(host, id).querySelector('[part="badge"]')).to.equal(null);
  });
});

describe('presence', () => {
  it('has a control in the rail; a change by the agent raises cif-presence-changed and onPresenceChange', async () => {
    const host = await makeHost();
    const events = cifEvents(host);
    const select = shadow(host).querySelector<HTMLSelectElement>('[part="presence"]')!;
    expect(select.tagName).to.equal('SELECT');
    expect([...select.options].map((o) => o.value)).to.deep.equal(['Available', 'Busy', 'Do not disturb', 'Away', 'Offline']);
    expect(host.presence).to.equal('Available');
    const changed = oneEvent(host, 'cif-presence-changed');
    select.value = 'Away';
    select.dispatchEvent(new Event('change'));
    const { presenceInfo } = (await changed) as unknown as { presenceInfo: { presenceText: string; basePresenceStatus: string } };
    expect([presenceInfo.presenceText, presenceInfo.basePresenceStatus]).to.deep.equal(['Away', '4']);
    expect(host.presence).to.equal('Away');
    expect(events).to.deep.equal([
      { name: 'onPresenceChange', payload: { presenceId: 'away', presenceInfo: { presenceId: 'away', presenceText: 'Away', presenceColor: '#d97706', basePresenceStatus: '4' } } },
    ]);
  });

  it('takes the page\'s own options; refuses a bad list or an unknown presence without throwing', async () => {
    const host = await makeHost();
    const errors: unknown[] = [];
    const [error, warn] = [console.error, console.warn];
    console.error = console.warn = (...args: unknown[]) => errors.push(args[0]);
    try {
      host.presenceOptions = [
        { presenceId: 'on', presenceText: 'On shift', presenceColor: '#16a34a', basePresenceStatus: '1' },
        { presenceId: 'off', presenceText: 'Off shift', presenceColor: '#64748b', basePresenceStatus: '5' },
      ];
      expect(host.presence, 'an unknown current presence falls back to the first').to.equal('On shift');
      host.presenceOptions = [] as never;
      host.presence = 'Lunch';
    } finally {
      [console.error, console.warn] = [error, warn];
    }
    expect(host.presenceOptions.map((o) => o.presenceText)).to.deep.equal(['On shift', 'Off shift']);
    expect(host.presence).to.equal('On shift');
    expect(errors.map(String)).to.deep.equal([
      'cif-workspace: presenceOptions: must list at least one presence',
      'cif-workspace: presence "Lunch" is not one of presenceOptions; kept "On shift".',
    ]);
    expect(host.binding.setPresence('Off shift')).to.equal(true);
    await host.updateComplete;
    expect(shadow(host).querySelector<HTMLSelectElement>('[part="presence"]')!.value).to.equal('Off shift');
  });
});

describe('several providers', () => {
  const A = 'https://a.example';
  const B = 'https://b.example';

  it('shows the focused session\'s provider, lets the agent pick in Home, and keeps the others running', async () => {
    const host = await makeHost([
      { origin: B, label: 'Chat', order: 2 },
      { origin: A, label: 'Phone', order: 1 },
    ]);
    const [chat, phone] = [...host.querySelectorAll<CifCommPanel>('cif-comm-panel')];
    const switcher = () => shadow(host).querySelector('[part="panel-switcher"]');
    expect([...switcher()!.querySelectorAll('button')].map((b) => [b.textContent, b.getAttribute('aria-pressed')])).to.deep.equal([
      ['Phone', 'true'],
      ['Chat', 'false'],
    ]);
    expect([phone!.inactive, chat!.inactive]).to.deep.equal([false, true]);
    switcher()!.querySelectorAll('button')[1]!.click();
    await host.updateComplete;
    expect([phone!.inactive, chat!.inactive], 'the agent picked Chat').to.deep.equal([true, false]);
    const bSession = host.binding.workspace.createSession({ templateName: 'contoso_chat' }, { owner: B });
    const aSession = host.binding.workspace.createSession({ templateName: 'contoso_chat' }, { owner: A });
    await host.updateComplete;
    expect(switcher(), 'a provider\'s session decides').to.equal(null);
    expect([phone!.inactive, chat!.inactive]).to.deep.equal([false, true]);
    await host.focusSession(bSession);
    expect([phone!.inactive, chat!.inactive]).to.deep.equal([true, false]);
    expect(getComputedStyle(phone!).visibility).to.equal('hidden');
    expect(host.getSession(aSession).owner).to.equal(A);
  });

  it('gives each provider its own width, its own onsizechanged, and onmodechanged to the one shown', async () => {
    const host = await makeHost([
      { origin: A, label: 'Phone', order: 1 },
      { origin: B, label: 'Chat', order: 2 },
    ]);
    const events = cifEvents(host);
    await host.binding.setPanelWidth(500, B);
    expect([host.binding.panelWidth(A), host.binding.panelWidth(B)]).to.deep.equal([340, 500]);
    expect(host.binding.panelWidth(null), 'the page: the shown panel').to.equal(340);
    await host.setPanelMode('minimized');
    expect(events).to.deep.equal([
      { name: 'onsizechanged', payload: { value: 500 }, origins: [B] },
      { name: 'onmodechanged', payload: { value: 0 }, origins: [A] },
    ]);
  });
});

describe('click-to-act', () => {
  const A = 'https://a.example';
  const B = 'https://b.example';

  it('raises onclicktoact for the focused session\'s provider, else the first that has it on; by click or Enter', async () => {
    const host = await makeHost([
      { origin: A, label: 'Phone', order: 1 },
      { origin: B, label: 'Chat', order: 2 },
    ]);
    const page = await fixture<HTMLElement>(html`<p>
      Call <a href="#call" data-cif-click-to-act data-cif-name="telephone1" data-cif-format="Phone" data-cif-entity="contact">+1 555 0100</a>
      or <span tabindex="0" data-cif-click-to-act data-cif-value="+15550199">the desk</span>
    </p>`);
    const events = cifEvents(host);
    const link = page.querySelector('a')!;
    link.click();
    expect(events).to.deep.equal([
      { name: 'onclicktoact', payload: { value: '+1 555 0100', name: 'telephone1', format: 'Phone', entityLogicalName: 'contact' }, origins: [A] },
    ]);
    await host.binding.setClickToAct(A, false);
    const span = page.querySelector('span')!;
    span.focus();
    await sendKeys({ press: 'Enter' });
    expect(events[1]).to.deep.equal({ name: 'onclicktoact', payload: { value: '+15550199', name: '', format: '', entityLogicalName: '' }, origins: [B] });
    host.binding.setClickToAct(A, true);
    const bSession = host.binding.workspace.createSession({ templateName: 'contoso_chat' }, { owner: B });
    await host.focusSession(bSession);
    link.focus();
    await sendKeys({ press: 'Enter' }); // a link clicks itself on Enter: one activation, not two
    expect(events.slice(2).map((e) => e.origins)).to.deep.equal([[B]]);
    expect(host.binding.clickToAct(A)).to.equal(true);
  });
});

describe('the CRM\'s side', () => {
  it('reportNavigation and sendKnowledgeArticle reach every provider', async () => {
    const host = await makeHost();
    const events = cifEvents(host);
    host.reportNavigation('https://crm.example/main.aspx?pagetype=entityrecord&etn=contact&id=1');
    host.sendKnowledgeArticle({ title: 'Reset a router', link: 'https://kb.example/42' });
    expect(events).to.deep.equal([
      { name: 'onpagenavigate', payload: { value: 'https://crm.example/main.aspx?pagetype=entityrecord&etn=contact&id=1' } },
      { name: 'onsendkbarticle', payload: { title: 'Reset a router', link: 'https://kb.example/42' } },
    ]);
    expect(() => host.reportNavigation('')).to.throw(/^url: /);
    expect(() => host.sendKnowledgeArticle({ title: 'x' } as never)).to.throw(/^article: /);
    expect(events).to.have.length(2);
  });

  it('logAnalyticsEvent and updateConversation surface as host events for the CRM to store', async () => {
    const host = await makeHost();
    const analytics = oneEvent(host, 'cif-analytics-event');
    host.binding.logAnalyticsEvent('https://a.example', 'CallEnded', { conversationId: 'c-1', events: [] });
    const { origin, eventName, data } = (await analytics) as unknown as { origin: string; eventName: string; data: unknown };
    expect([origin, eventName, data]).to.deep.equal(['https://a.example', 'CallEnded', { conversationId: 'c-1', events: [] }]);
    const updated = oneEvent(host, 'cif-conversation-updated');
    host.binding.updateConversation(null, 'c-1', { msdyn_title: 'Billing' });
    const conversation = (await updated) as unknown as { origin: null; conversationId: string; data: unknown };
    expect([conversation.origin, conversation.conversationId, conversation.data]).to.deep.equal([null, 'c-1', { msdyn_title: 'Billing' }]);
  });
});
