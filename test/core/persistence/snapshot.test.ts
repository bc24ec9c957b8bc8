import { expect } from '@open-wc/testing';
import { validateConfig } from '../../../src/core/config/validate.js';
import { CifError } from '../../../src/core/errors.js';
import { sequentialIds } from '../../../src/core/ids.js';
import {
  parseSnapshot,
  serializeSnapshot,
  snapshotKey,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  toSnapshot,
} from '../../../src/core/persistence/snapshot.js';
import { Workspace } from '../../../src/core/workspace/workspace.js';
import { testConfig } from '../fixtures.js';

function busyWorkspace() {
  const ws = new Workspace({ config: validateConfig(testConfig), generateId: sequentialIds(), warn: () => {} });
  const a = ws.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann', topic: 'x' } }, { owner: 'https://phone.example' });
  ws.createTab({ templateName: 'contoso_notes', templateParameters: { n: { deep: [1, 'two', null] } } });
  const b = ws.createSession({ templateName: 'contoso_call', templateParameters: { customerName: 'Bob' } });
  ws.updateContext(b, { caseId: 'CAS-9' });
  ws.notifyNewActivity(a, 4);
  ws.requestAttention(a);
  ws.setPanelMode('collapsed');
  return ws;
}

/** A deep, mutable copy of a serialized snapshot, to break on purpose. */
const data = (ws: Workspace) => JSON.parse(serializeSnapshot(ws.state)) as { state: { sessions: Record<string, unknown>[] } } & Record<string, unknown>;

function expectRefused(input: unknown, message: string | RegExp) {
  try {
    parseSnapshot(input);
  } catch (error) {
    expect(error).to.be.instanceOf(CifError);
    expect((error as CifError).code).to.equal('INVALID_INPUT');
    if (typeof message === 'string') expect((error as CifError).message).to.equal(message);
    else expect((error as CifError).message).to.match(message);
    return;
  }
  throw new Error('the snapshot was accepted');
}

describe('snapshot', () => {
  it('is versioned and names its format', () => {
    const snapshot = toSnapshot(busyWorkspace().state, new Date('2026-11-23T10:00:00Z'));
    expect(snapshot.format).to.equal(SNAPSHOT_FORMAT);
    expect(snapshot.version).to.equal(SNAPSHOT_VERSION);
    expect(snapshot.savedAt).to.equal('2026-11-23T10:00:00.000Z');
  });

  it('round-trips everything: ids, tabs, parameters, titles, focus, history, panel modes, counters, context, owners', () => {
    const ws = busyWorkspace();
    const restored = parseSnapshot(serializeSnapshot(ws.state));
    expect(restored).to.deep.equal(ws.state);
    expect(Object.isFrozen(restored.sessions[1]!.tabs[0])).to.equal(true);
    expect(parseSnapshot(JSON.parse(serializeSnapshot(ws.state)))).to.deep.equal(ws.state);
  });

  it('lets a workspace carry on from the restored state without its templates', () => {
    const ws = busyWorkspace();
    const fresh = new Workspace({ generateId: sequentialIds() });
    fresh.restore(parseSnapshot(serializeSnapshot(ws.state)));
    const [, a] = fresh.state.sessions;
    fresh.focusSession(a!.sessionId);
    fresh.closeTab(a!.tabs.at(-1)!.tabId);
    expect(fresh.getSession(a!.sessionId).tabs).to.have.length(3);
  });

  it('keys storage by host id', () => {
    expect(snapshotKey('workspace')).to.equal('cif-workspace:workspace');
    expect(snapshotKey('')).to.equal('cif-workspace:default');
    expect(snapshotKey(null)).to.equal('cif-workspace:default');
  });

  it('refuses what is not a snapshot of ours', () => {
    expectRefused('{not json', /^snapshot: not valid JSON/);
    expectRefused(42, /^snapshot: /);
    expectRefused({ format: 'other', version: 1, savedAt: '', state: {} }, /^snapshot\.format: must be "cif-workspace\/snapshot"/);
    const future = data(busyWorkspace());
    future.version = 2;
    expectRefused(future, /^snapshot\.version: must be 1/);
  });

  it('names the path of a corrupt field', () => {
    const corrupt = data(busyWorkspace());
    (corrupt.state.sessions[1]!.tabs as Record<string, unknown>[])[1]!.title = 7;
    expectRefused(corrupt, /^snapshot\.state\.sessions\[1\]\.tabs\[1\]\.title: /);
    const badMode = data(busyWorkspace());
    badMode.state.sessions[2]!.panelMode = 1;
    expectRefused(badMode, /^snapshot\.state\.sessions\[2\]\.panelMode: /);
  });

  describe('refuses states the workspace never makes', () => {
    const cases: [string, (d: ReturnType<typeof data>) => void, RegExp][] = [
      ['Home missing', (d) => d.state.sessions.shift(), /sessions\[0\]: must be the Home session/],
      ['no sessions', (d) => (d.state.sessions = []), /sessions: must hold at least the Home session/],
      ['duplicate session id', (d) => (d.state.sessions[2]!.sessionId = d.state.sessions[1]!.sessionId), /sessions\[2\]\.sessionId: duplicate id/],
      ['second default session', (d) => (d.state.sessions[1]!.isDefault = true), /sessions\[1\]\.isDefault: only Home/],
      ['session without template', (d) => (d.state.sessions[1]!.templateName = null), /sessions\[1\]\.templateName/],
      ['session without tabs', (d) => (d.state.sessions[1]!.tabs = []), /sessions\[1\]\.tabs: a session has at least its anchor tab/],
      ['duplicate tab id', (d) => ((d.state.sessions[2]!.tabs as { tabId: string }[])[0]!.tabId = (d.state.sessions[1]!.tabs as { tabId: string }[])[0]!.tabId), /sessions\[2\]\.tabs\[0\]\.tabId: duplicate id/],
      ['tab in the wrong session', (d) => ((d.state.sessions[1]!.tabs as { sessionId: string }[])[1]!.sessionId = 'session-x'), /sessions\[1\]\.tabs\[1\]\.sessionId: must be/],
      ['anchor not first', (d) => (d.state.sessions[1]!.tabs as unknown[]).reverse(), /isAnchor: the anchor is the first tab/],
      ['closable anchor', (d) => ((d.state.sessions[1]!.tabs as { canClose: boolean }[])[0]!.canClose = true), /tabs\[0\]\.canClose: an anchor tab is never closable/],
      ['focused tab gone', (d) => (d.state.sessions[1]!.focusedTabId = 'tab-x'), /sessions\[1\]\.focusedTabId: must be one of/],
      ['focused session gone', (d) => ((d.state as Record<string, unknown>).focusedSessionId = 'session-x'), /focusedSessionId: no session "session-x"/],
      ['history with a dead session', (d) => ((d.state as Record<string, unknown>).focusHistory = ['session-x']), /focusHistory\[0\]: "session-x" must be an open, unfocused session/],
      ['Home with a tab', (d) => (d.state.sessions[0]!.tabs = d.state.sessions[1]!.tabs), /sessions\[0\]: must be the Home session/],
    ];
    for (const [name, breakIt, message] of cases) {
      it(name, () => {
        const broken = data(busyWorkspace());
        breakIt(broken);
        expectRefused(broken, message);
      });
    }
  });
});
