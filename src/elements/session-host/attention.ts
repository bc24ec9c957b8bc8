/**
 * Attention in the rail (contract section 2, CIF notifyNewActivity, requestFocusSession,
 * notifyKpiBreach): what to tell the agent when a session asks for it, and the roll-up of every
 * session the agent is not looking at.
 */
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
export function describeRollUp({ unread, attention, kpiBreaches }: AttentionRollUp): string {
  return [
    unread ? `${unread} new update${unread === 1 ? '' : 's'}` : '',
    attention ? `${attention} session${attention === 1 ? ' needs' : 's need'} attention` : '',
    kpiBreaches ? `${kpiBreaches} KPI breach${kpiBreaches === 1 ? '' : 'es'}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** What a session's badges say, for its accessible name. */
export function describeSession(session: SessionState): string {
  return [
    session.unread ? `${session.unread} new updates` : '',
    session.attention ? 'needs attention' : '',
    session.kpiBreach ? 'KPI breached' : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The news between two states, one sentence per session that asks for more than before. */
export function attentionNews(previous: WorkspaceState, next: WorkspaceState): string[] {
  const news: string[] = [];
  for (const session of next.sessions) {
    const before = previous.sessions.find((s) => s.sessionId === session.sessionId);
    if (!before) continue;
    if (session.unread > before.unread) news.push(`${session.title}: ${session.unread} new updates`);
    if (session.attention > before.attention) news.push(`${session.title} needs attention`);
    if (session.kpiBreach && !before.kpiBreach) news.push(`${session.title}: KPI breached`);
  }
  return news;
}
