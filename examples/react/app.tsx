/**
 * cif-workspace in a React 19 app, from npm: the elements, the CIF APIs (installPageApis) and the
 * JSX types (cif-workspace/react). What it shows, and what test/e2e/frameworks.e2e.mjs checks:
 * - config as a property, and a new config through a re-render (the "Case tab" switch);
 * - events as `oncif-…` props, and the state mirrored from `cif-state-changed`;
 * - slotted children (Home's content, a same-page widget in the communication panel);
 * - a page renderer that mounts a React component in a tab, and unmounts it when the tab closes;
 * - the whole workspace unmounted and mounted again, its sessions restored;
 * - Microsoft.CIFramework, as a provider's code calls it.
 */
import { StrictMode, useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { installPageApis, registerElements, type CifSessionHost, type SessionState, type WorkspaceConfig } from 'cif-workspace';
import type {} from 'cif-workspace/react';
import baseConfig from '../config.json';

registerElements();
const { CIFramework } = installPageApis() as { CIFramework: { createSession(input: object): Promise<string> } };

function withCaseTab(withCase: boolean): WorkspaceConfig {
  const [chat] = baseConfig.sessionTemplates;
  return { ...baseConfig, sessionTemplates: [{ ...chat!, additionalTabs: withCase ? ['contoso_case'] : [] }] } as WorkspaceConfig;
}

/** The customer record, a React component with state of its own, shown in a tab. */
function CustomerCard({ customerId }: { customerId: string }) {
  const [note, setNote] = useState('');
  return (
    <section className="customer-card">
      <h2>Customer {customerId}</h2>
      <label>
        Note <input value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
    </section>
  );
}

/** One React root per record page: made when the tab builds its page, unmounted when it closes. */
const pageRoots = new WeakMap<Node, Root>();
window.examplePages = { mounted: 0, unmounted: 0 };

function renderCustomerPage(parameters: Readonly<Record<string, unknown>>): Node {
  const node = document.createElement('div');
  const root = createRoot(node);
  root.render(<CustomerCard customerId={String(parameters.entityId)} />);
  pageRoots.set(node, root);
  window.examplePages.mounted++;
  return node;
}

function disposeCustomerPage(node: Node | string): void {
  const root = typeof node === 'string' ? undefined : pageRoots.get(node);
  if (!root) return;
  pageRoots.delete(node as Node);
  window.examplePages.unmounted++;
  // React unmounts a root outside the work of another: after the host's change is done
  queueMicrotask(() => root.unmount());
}

function Workspace({ withCase, onSessions, onLog }: { withCase: boolean; onSessions: (sessions: readonly SessionState[]) => void; onLog: (line: string) => void }) {
  const [host, setHost] = useState<CifSessionHost | null>(null);
  const config = useMemo(() => withCaseTab(withCase), [withCase]); // a new object only when it changes
  useEffect(() => {
    if (!host) return;
    host.registerPageRenderer('entityrecord', renderCustomerPage, disposeCustomerPage);
    // the mirror starts from the state (restored ones included), and follows cif-state-changed
    void host.ready.then(() => onSessions(host.sessions));
  }, [host, onSessions]);
  return (
    <cif-session-host
      ref={setHost}
      id="react-workspace"
      persist="session"
      config={config}
      oncif-state-changed={(event) => onSessions(event.state.sessions)}
      oncif-session-created={(event) => onLog(`created ${event.templateName}`)}
      oncif-config-error={(event) => onLog(`config refused: ${event.error.message}`)}
    >
      <p className="home">Home: no customer yet.</p>
      <cif-comm-panel slot="panel" label="Phone" mode="docked">
        <div className="softphone">Softphone (same page)</div>
      </cif-comm-panel>
    </cif-session-host>
  );
}

function App() {
  const [mounted, setMounted] = useState(true);
  const [withCase, setWithCase] = useState(true);
  const [sessions, setSessions] = useState<readonly SessionState[]>([]);
  const [log, setLog] = useState<string[]>([]);
  const addLog = useCallback((line: string) => setLog((lines) => [...lines, line]), []);
  const startChat = async () => {
    const sessionId = await CIFramework.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann Lee', customerId: 'C-7' } });
    addLog(`CIF session ${sessionId}`);
  };
  const breakConfig = () => {
    const host = document.querySelector('cif-session-host');
    if (host) host.config = { sessionTemplates: 'not a list' } as unknown as WorkspaceConfig; // reported, never thrown
  };
  return (
    <main>
      <header className="toolbar">
        <button onClick={startChat}>Start chat</button>
        <label>
          <input type="checkbox" checked={withCase} onChange={(event) => setWithCase(event.target.checked)} /> Case tab
        </label>
        <button onClick={breakConfig}>Break config</button>
        <button onClick={() => setMounted((m) => !m)}>{mounted ? 'Unmount' : 'Mount'} workspace</button>
      </header>
      <ul aria-label="Mirrored sessions">
        {sessions.map((session) => (
          <li key={session.sessionId}>
            {session.title} ({session.tabs.length} tabs)
          </li>
        ))}
      </ul>
      <ol aria-label="Log">
        {log.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
      {mounted && <Workspace withCase={withCase} onSessions={setSessions} onLog={addLog} />}
    </main>
  );
}

declare global {
  interface Window {
    /** How many record pages were mounted and unmounted, for the end-to-end test. */
    examplePages: { mounted: number; unmounted: number };
  }
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
