import { expect } from '@open-wc/testing';
import { validateConfig } from '../../src/core/config/validate.js';
import { cifErrorOf } from './fixtures.js';
import { MAX_QUEUED_NOTIFICATIONS, NotificationCenter, type NotificationAnswer, type Schedule } from '../../src/core/notifications.js';

const config = validateConfig({
  sessionTemplates: [],
  appTabTemplates: [],
  notificationTemplates: [
    {
      uniqueName: 'contoso_chat',
      title: 'Chat from {customerName}',
      timeoutSeconds: 30,
      acceptText: 'Take it',
      rejectText: 'Pass',
      fields: [
        { title: 'Customer', value: '{customerName}' },
        { title: 'Queue', value: '{queue} ({waiting} waiting)' },
      ],
    },
    { uniqueName: 'contoso_assigned', title: 'Case {caseId} assigned to you', autoAccept: true, timeoutSeconds: 5 },
    { uniqueName: 'contoso_forever', title: 'Supervisor', timeoutSeconds: 0, showReject: false, showTimeout: false },
    { uniqueName: 'contoso_desk', title: 'Desk', desktopNotification: 'background' },
  ],
});

/** A clock the test runs by hand. */
function fakeClock() {
  let now = 0;
  let timers: { at: number; run: () => void; live: boolean }[] = [];
  const schedule: Schedule = (ms, run) => {
    const timer = { at: now + ms, run, live: true };
    timers.push(timer);
    return () => (timer.live = false);
  };
  return {
    schedule,
    now: () => now,
    /** Runs every timer due within `ms`, in time order. */
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.live && t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        now = due.at;
        due.live = false;
        due.run();
      }
      now = until;
      timers = timers.filter((t) => t.live);
    },
    pending: () => timers.filter((t) => t.live).length,
  };
}

function setup() {
  const clock = fakeClock();
  const center = new NotificationCenter({ config: () => config, schedule: clock.schedule, now: clock.now });
  const raise = (input: object, owner: string | null = null, token?: string) => {
    const promise = center.notify(input, owner, token);
    const record = { answer: undefined as NotificationAnswer | undefined };
    void promise.then((answer) => (record.answer = answer));
    return { promise, record };
  };
  return { clock, center, raise };
}

const flush = () => new Promise((resolve) => setTimeout(resolve));


describe('NotificationCenter', () => {
  it('shows an alert with its slugs filled, and answers Accept/Accept when the agent accepts', async () => {
    const { center, raise } = setup();
    const { promise } = raise({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann <b>', queue: 'VIP', waiting: 3 } });
    const shown = center.state.shown!;
    expect(shown).to.include({ kind: 'alert', title: 'Chat from Ann <b>', acceptText: 'Take it', rejectText: 'Pass', showTimeout: true, deadline: 30_000 });
    expect(shown.fields).to.deep.equal([
      { title: 'Customer', value: 'Ann <b>' },
      { title: 'Queue', value: 'VIP (3 waiting)' },
    ]);
    center.respond(shown.id, 'accept');
    expect(await promise).to.deep.equal({ actionName: 'Accept', responseReason: 'Accept' });
    expect(center.state.shown).to.equal(null);
  });

  it('answers Reject/DeclinedByAgent when the agent rejects, and shows the next one with a fresh deadline', async () => {
    const { center, raise, clock } = setup();
    const first = raise({ templateName: 'contoso_chat' });
    const second = raise({ templateName: 'contoso_chat', templateParameters: { customerName: 'Bob' } });
    expect(center.state.queued.map((n) => n.title)).to.deep.equal(['Chat from Bob']);
    expect(center.state.queued[0]!.deadline, 'no deadline while queued').to.equal(null);
    clock.advance(10_000);
    center.respond(center.state.shown!.id, 'reject');
    expect(await first.promise).to.deep.equal({ actionName: 'Reject', responseReason: 'DeclinedByAgent' });
    expect(center.state.shown!.title).to.equal('Chat from Bob');
    expect(center.state.shown!.deadline).to.equal(40_000);
    expect(center.state.queued).to.deep.equal([]);
    clock.advance(30_000);
    expect(await second.promise).to.deep.equal({ actionName: 'Timeout', responseReason: 'DisplayTimeout' });
  });

  it('answers Timeout/DisplayTimeout when the shown alert is not answered in time', async () => {
    const { center, raise, clock } = setup();
    const { promise, record } = raise({ templateName: 'contoso_chat' });
    clock.advance(29_999);
    await flush();
    expect(record.answer).to.equal(undefined);
    clock.advance(1);
    expect(await promise).to.deep.equal({ actionName: 'Timeout', responseReason: 'DisplayTimeout' });
    expect(center.state.shown).to.equal(null);
    expect(clock.pending()).to.equal(0);
  });

  it('queues ten behind the shown one and rejects the next with NotificationQueueLimitExceeded', async () => {
    const { center, raise } = setup();
    raise({ templateName: 'contoso_chat' });
    for (let i = 0; i < MAX_QUEUED_NOTIFICATIONS; i++) raise({ templateName: 'contoso_chat' });
    expect(center.state.queued).to.have.length(10);
    const overflow = raise({ templateName: 'contoso_chat' });
    expect(await overflow.promise).to.deep.equal({ actionName: 'Reject', responseReason: 'NotificationQueueLimitExceeded' });
    expect(center.state.queued).to.have.length(10);
  });

  it('rejects a queued one that waits past its timeout with NotificationQueueTimeLimitExceeded', async () => {
    const { center, raise, clock } = setup();
    raise({ templateName: 'contoso_forever' });
    const waiting = raise({ templateName: 'contoso_chat' });
    clock.advance(30_000);
    expect(await waiting.promise).to.deep.equal({ actionName: 'Reject', responseReason: 'NotificationQueueTimeLimitExceeded' });
    expect(center.state.queued).to.deep.equal([]);
    expect(center.state.shown!.templateName, 'a timeout of 0 waits for the agent').to.equal('contoso_forever');
  });

  it('accepts an autoAccept template at once with Accept/AutoAccept, as a toast that goes by itself', async () => {
    const { center, raise, clock } = setup();
    const { promise } = raise({ templateName: 'contoso_assigned', templateParameters: { caseId: 'CAS-1' } });
    expect(await promise).to.deep.equal({ actionName: 'Accept', responseReason: 'AutoAccept' });
    expect(center.state.shown).to.equal(null);
    expect(center.state.toasts.map((t) => [t.kind, t.title])).to.deep.equal([['toast', 'Case CAS-1 assigned to you']]);
    clock.advance(5_000);
    expect(center.state.toasts).to.deep.equal([]);
    // the agent may dismiss one before that
    raise({ templateName: 'contoso_assigned', templateParameters: { caseId: 'CAS-2' } });
    center.respond(center.state.toasts[0]!.id, 'accept');
    expect(center.state.toasts).to.deep.equal([]);
  });

  it('withdraws a notification with cancelEvent: only its owner\'s token, answered Cancel/CanceledByClient', async () => {
    const { center, raise } = setup();
    const shown = raise({ templateName: 'contoso_chat' }, 'https://a.example', 'call-1');
    const queued = raise({ templateName: 'contoso_chat', cancellationToken: 'call-2' }, 'https://a.example');
    expect(center.cancel('call-1', 'https://b.example'), 'another provider\'s token').to.equal(false);
    expect(center.cancel('call-2', 'https://a.example')).to.equal(true);
    expect(await queued.promise).to.deep.equal({ actionName: 'Cancel', responseReason: 'CanceledByClient' });
    expect(center.cancel('call-1', 'https://a.example')).to.equal(true);
    expect(await shown.promise).to.deep.equal({ actionName: 'Cancel', responseReason: 'CanceledByClient' });
    expect(center.state).to.deep.equal({ shown: null, queued: [], toasts: [] });
    expect(center.cancel('call-1', 'https://a.example'), 'already gone').to.equal(false);
  });

  it('refuses bad input with path-precise CifErrors and an unknown template with NOTIFICATION_TEMPLATE_NOT_FOUND', () => {
    const { center } = setup();
    const unknown = cifErrorOf(() => center.notify({ templateName: 'contoso_none' }));
    expect([unknown.code, unknown.errorCode, unknown.message]).to.deep.equal(['NOTIFICATION_TEMPLATE_NOT_FOUND', 14, 'No notification template named "contoso_none".']);
    expect(cifErrorOf(() => center.notify({ templateName: '' })).message).to.match(/^input\.templateName: /);
    expect(cifErrorOf(() => center.notify({ templateName: 'contoso_chat', templateParameters: 'x' })).message).to.match(/^input\.templateParameters: /);
    expect(cifErrorOf(() => center.notify({ templateName: 'contoso_chat' }, null, 42)).message).to.match(/^cancellationToken: /);
    expect(cifErrorOf(() => center.cancel(7)).message).to.match(/^cancellationToken: /);
    expect(center.state.shown, 'nothing was raised').to.equal(null);
  });

  it('answers only the shown alert, and rejects only where there is a reject button', async () => {
    const { center, raise } = setup();
    raise({ templateName: 'contoso_forever' });
    raise({ templateName: 'contoso_chat' });
    expect(cifErrorOf(() => center.respond(center.state.queued[0]!.id, 'accept')).code).to.equal('NOT_PERMITTED');
    expect(cifErrorOf(() => center.respond(center.state.shown!.id, 'reject')).code).to.equal('NOT_PERMITTED');
    expect(cifErrorOf(() => center.respond('nope', 'accept')).code).to.equal('INVALID_INPUT');
    expect(center.state.shown).to.include({ rejectText: null, showTimeout: false, deadline: null });
  });

  it('carries the template\'s desktop notification mode', () => {
    const { center, raise } = setup();
    raise({ templateName: 'contoso_desk' });
    expect(center.state.shown!.desktopNotification).to.equal('background');
  });
});
