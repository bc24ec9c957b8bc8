/**
 * Attention in the rail (contract section 2, CIF notifyNewActivity, requestFocusSession,
 * notifyKpiBreach): what to tell the agent when a session asks for it, and the roll-up of every
 * session the agent is not looking at.
 */
import type { Say } from '../../core/strings.js';
import { focusedSession, type SessionState, type WorkspaceState } from '../../core/workspace/state.js';

export interface AttentionRollUp {
  readonly unread: number;
  readonly attention: number;
  readonly kpiBreaches: number;
}

/** Unread updates, attention requests and breached KPIs of the sessions in the background. */
export function rollUp(state: WorkspaceState): AttentionRollUp {
  const focused = focusedSession(state);
  const background = state.sessions.filter((s) => s !== focused);
  return {
    unread: background.reduce((sum, s) => sum + s.unread, 0),
    attention: background.filter((s) => s.attention > 0).length,
    kpiBreaches: state.sessions.filter((s) => s.kpiBreach).length,
  };
}

/** The rail's roll-up in words ("3 new updates, 1 session needs attention"); empty when all is quiet. */
export function describeRollUp({ unread, attention, kpiBreaches }: AttentionRollUp, say: Say): string {
  return [
    unread ? say('newUpdates', { count: unread }) : '',
    attention ? say('sessionsNeedAttention', { count: attention }) : '',
    kpiBreaches ? say('kpiBreaches', { count: kpiBreaches }) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** Unread counts past nine show as "9+"; attention and a breached KPI as "!". */
export function badgeOf(session: SessionState): string {
  if (session.unread > 0) return session.unread >= 10 ? '9+' : String(session.unread);
  return session.attention > 0 || session.kpiBreach ? '!' : '';
}

/** What a session's badges say, for its accessible name. */
export function describeSession(session: SessionState, say: Say): string {
  return [session.unread ? say('newUpdates', { count: session.unread }) : '', session.attention ? say('needsAttention') : '', session.kpiBreach ? say('kpiBreached') : '']
    .filter(Boolean)
    .join(', ');
}

/** The news between two states, one sentence per session that asks for more than before. */
export function attentionNews(previous: WorkspaceState, next: WorkspaceState, say: Say): string[] {
  const news: string[] = [];
  for (const session of next.sessions) {
    const before = previous.sessions.find((s) => s.sessionId === session.sessionId);
    if (!before) continue;
    const { title } = session;
    if (session.unread > before.unread) news.push(say('sessionNews', { title, news: say('newUpdates', { count: session.unread }) }));
    if (session.attention > before.attention) news.push(say('sessionNeedsAttention', { title }));
    if (session.kpiBreach && !before.kpiBreach) news.push(say('sessionNews', { title, news: say('kpiBreached') }));
  }
  return news;
}
