/** The invariants every workspace state must keep, checked after each step of the property tests. */
import { expect } from '@open-wc/testing';
import { HOME_SESSION_ID, type WorkspaceState } from '../../../src/core/workspace/state.js';

export function expectInvariants(state: WorkspaceState, limits: { maxSessions: number; maxTabs: number }): void {
  const [home, ...work] = state.sessions;
  expect(home!.sessionId, 'Home comes first').to.equal(HOME_SESSION_ID);
  expect(home!.tabs, 'Home has no tabs').to.have.length(0);
  expect(work.length, 'sessions within max-sessions').to.be.at.most(limits.maxSessions);

  const ids = new Set(state.sessions.map((s) => s.sessionId));
  expect(ids.size, 'session ids are unique').to.equal(state.sessions.length);
  expect(ids.has(state.focusedSessionId), 'focus is on a live session').to.equal(true);
  expect(state.focusHistory, 'history excludes the focused session').not.to.include(state.focusedSessionId);
  expect(state.focusHistory.every((id) => ids.has(id)), 'history holds live sessions only').to.equal(true);
  expect(new Set(state.focusHistory).size, 'history lists each session once').to.equal(state.focusHistory.length);

  const tabIds = new Set<string>();
  for (const session of work) {
    expect(session.tabs.length, 'a session keeps its anchor').to.be.at.least(1);
    expect(session.tabs.length, 'tabs within max-tabs').to.be.at.most(limits.maxTabs);
    expect(session.tabs[0]!.isAnchor, 'the anchor is first').to.equal(true);
    expect(session.tabs[0]!.canClose, 'the anchor is never closable').to.equal(false);
    expect(session.tabs.filter((t) => t.isAnchor), 'one anchor').to.have.length(1);
    expect(session.tabs.some((t) => t.tabId === session.focusedTabId), 'focused tab is live').to.equal(true);
    for (const tab of session.tabs) {
      expect(tabIds.has(tab.tabId), 'tab ids are unique').to.equal(false);
      tabIds.add(tab.tabId);
      expect(tab.sessionId).to.equal(session.sessionId);
    }
    if (session.sessionId === state.focusedSessionId) {
      expect(session.unread + session.attention, 'the focused session shows no indicators').to.equal(0);
    }
  }
  expect(Object.isFrozen(state) && Object.isFrozen(state.sessions), 'state is immutable').to.equal(true);
}
