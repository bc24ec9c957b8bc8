/**
 * Random operation sequences against the state machine. After every step: the invariants hold,
 * a failed command changed nothing (same state object, no notification), and the state survives
 * a trip through the snapshot format unchanged.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateConfig } from '../../../src/core/config/validate.js';
import { CifError } from '../../../src/core/errors.js';
import { sequentialIds } from '../../../src/core/ids.js';
import { parseSnapshot, serializeSnapshot } from '../../../src/core/persistence/snapshot.js';
import type { WorkspaceChange } from '../../../src/core/workspace/changes.js';
import { Workspace } from '../../../src/core/workspace/workspace.js';
import { testConfig } from '../fixtures.js';
import { expectInvariants } from './invariants.js';

const config = validateConfig(testConfig);
const sessionTemplates = ['contoso_chat', 'contoso_call', 'contoso_case', 'contoso_link', 'nope_missing'];
const tabTemplates = ['contoso_notes', 'contoso_kb', 'contoso_site', 'contoso_customer', 'nope_missing'];
const modes = ['docked', 'minimized', 'hidden', 'collapsed'] as const;

/** Picks an id among the live ones (by index), or a bogus one. */
const pick = fc.nat(20);
type Op = (ws: Workspace) => unknown;
const liveSessionId = (ws: Workspace, i: number) => ws.state.sessions[i % (ws.state.sessions.length + 1)]?.sessionId ?? 'session-bogus';
const liveTabId = (ws: Workspace, i: number) => {
  const tabs = ws.state.sessions.flatMap((s) => s.tabs);
  return tabs[i % (tabs.length + 1)]?.tabId ?? 'tab-bogus';
};

const operation: fc.Arbitrary<{ name: string; run: Op }> = fc.oneof(
  fc.record({ t: fc.constantFrom(...sessionTemplates), focus: fc.boolean(), name: fc.constantFrom('Ann', '', 'Bob') }).map(({ t, focus, name }) => ({
    name: `createSession(${t}, ${focus})`,
    run: (ws: Workspace) =>
      ws.createSession({
        templateName: t,
        isFocused: focus,
        templateParameters: { customerName: name, link: name ? 'https://ok.example/' : 'javascript:alert(1)' },
        sessionContext: { entityName: 'incident', entityId: name },
      }),
  })),
  fc.record({ t: fc.constantFrom(...tabTemplates), n: fc.nat(4), s: pick, focus: fc.boolean() }).map(({ t, n, s, focus }) => ({
    name: `createTab(${t}, n=${n})`,
    run: (ws: Workspace) => ws.createTab({ templateName: t, templateParameters: { n }, isFocused: focus }, liveSessionId(ws, s)),
  })),
  pick.map((i) => ({ name: 'focusSession', run: (ws: Workspace) => ws.focusSession(liveSessionId(ws, i)) })),
  pick.map((i) => ({ name: 'closeSession', run: (ws: Workspace) => ws.closeSession(liveSessionId(ws, i)) })),
  pick.map((i) => ({ name: 'focusTab', run: (ws: Workspace) => ws.focusTab(liveTabId(ws, i)) })),
  pick.map((i) => ({ name: 'closeTab', run: (ws: Workspace) => ws.closeTab(liveTabId(ws, i)) })),
  pick.map((i) => ({ name: 'refreshTab', run: (ws: Workspace) => ws.refreshTab(liveTabId(ws, i)) })),
  fc.record({ i: pick, title: fc.string({ maxLength: 8 }) }).map(({ i, title }) => ({
    name: 'setTabTitle',
    run: (ws: Workspace) => ws.setTabTitle(liveTabId(ws, i), title),
  })),
  fc.constantFrom(...modes, 'bogus').map((mode) => ({ name: `setPanelMode(${mode})`, run: (ws: Workspace) => ws.setPanelMode(mode as 'docked') })),
  fc.record({ i: pick, count: fc.integer({ min: -1, max: 12 }) }).map(({ i, count }) => ({
    name: 'notifyNewActivity',
    run: (ws: Workspace) => ws.notifyNewActivity(liveSessionId(ws, i), count),
  })),
  fc.record({ i: pick, to: fc.integer({ min: -1, max: 6 }) }).map(({ i, to }) => ({
    name: `moveSession(to ${to})`,
    run: (ws: Workspace) => ws.moveSession(liveSessionId(ws, i), to),
  })),
  fc.record({ i: pick, to: fc.integer({ min: -1, max: 6 }) }).map(({ i, to }) => ({
    name: `moveTab(to ${to})`,
    run: (ws: Workspace) => ws.moveTab(liveTabId(ws, i), to),
  })),
  pick.map((i) => ({ name: 'requestAttention', run: (ws: Workspace) => ws.requestAttention(liveSessionId(ws, i)) })),
  fc.record({ i: pick, key: fc.constantFrom('customerName', 'caseId'), value: fc.string({ maxLength: 6 }) }).map(({ i, key, value }) => ({
    name: 'updateContext',
    run: (ws: Workspace) => ws.updateContext(liveSessionId(ws, i), { [key]: value }),
  })),
);

describe('workspace state machine (property-based)', () => {
  it('keeps its invariants through random operation sequences', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(operation, { minLength: 1, maxLength: 40 }),
        (maxSessions, maxTabs, ops) => {
          const ws = new Workspace({ config, maxSessions, maxTabs, generateId: sequentialIds(), warn: () => {} });
          let notified: (readonly WorkspaceChange[])[] = [];
          ws.subscribe((_state, changes) => notified.push(changes));
          for (const op of ops) {
            const before = ws.state;
            notified = [];
            let failed = false;
            try {
              op.run(ws);
            } catch (error) {
              if (!(error instanceof CifError)) throw error;
              failed = true;
            }
            if (failed) {
              expect(ws.state, `${op.name} failed but changed the state`).to.equal(before);
              expect(notified, `${op.name} failed but notified`).to.have.length(0);
            } else if (ws.state === before) {
              expect(notified, `${op.name} changed nothing but notified`).to.have.length(0);
            }
            expectInvariants(ws.state, { maxSessions, maxTabs });
            expect(parseSnapshot(serializeSnapshot(ws.state))).to.deep.equal(ws.state);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never exceeds max-sessions however creations interleave with closes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.array(fc.boolean(), { maxLength: 60 }), (maxSessions, steps) => {
        const ws = new Workspace({ config, maxSessions, warn: () => {} });
        for (const create of steps) {
          if (create) {
            const allowed = ws.canCreateSession();
            try {
              ws.createSession({ templateName: 'contoso_call', templateParameters: { customerName: 'x' } });
              expect(allowed, 'created although canCreateSession() said no').to.equal(true);
            } catch (error) {
              expect((error as CifError).code).to.equal('SESSION_LIMIT_REACHED');
              expect(allowed).to.equal(false);
            }
          } else if (ws.state.sessions.length > 1) {
            ws.closeSession(ws.state.sessions.at(-1)!.sessionId);
          }
          expect(ws.state.sessions.length - 1).to.be.at.most(maxSessions);
        }
      }),
      { numRuns: 500 },
    );
  });
});
