// The vanilla lower bound, vanilla.html's whole script (its size is measured as the side's script):
// what any implementation of the same visible result must do, with plain DOM. A rail entry per
// session; one tab strip, rebuilt for the focused session; a panel per tab holding the page's
// element, created once and only hidden or shown by attribute.
(() => {
  const rail = document.querySelector('.rail');
  const strip = document.querySelector('.strip');
  const panels = document.querySelector('.panels');
  const home = panels.querySelector('.home');
  const sessions = new Map();
  const tabs = new Map();
  let focused = undefined; // undefined = Home
  let nextId = 1;

  function el(tag, className, text) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  function select(element, selected) {
    element.setAttribute('aria-selected', String(selected));
    element.tabIndex = selected ? 0 : -1;
  }

  function railEntry(title, closable) {
    const entry = el('div', 'entry');
    entry.setAttribute('role', 'tab');
    entry.append(el('span', 'icon initial', closable ? title.trim().charAt(0).toUpperCase() : '⌂'), el('span', 'title', title));
    if (closable) entry.append(el('span', 'close', '×'));
    select(entry, false);
    rail.append(entry);
    return entry;
  }
  const homeEntry = railEntry('Home', false);
  select(homeEntry, true);

  function addTab(session, title, data) {
    const tab = { id: `tab-${nextId++}`, session, title, panel: el('div', 'panel') };
    tab.panel.setAttribute('role', 'tabpanel');
    tab.panel.hidden = true;
    const card = document.createElement('bench-card');
    card.data = data;
    tab.panel.append(card);
    panels.append(tab.panel);
    session.tabs.push(tab);
    tabs.set(tab.id, tab);
    return tab;
  }

  function header(tab, selected) {
    const element = el('div', 'tab');
    element.setAttribute('role', 'tab');
    element.dataset.tabId = tab.id;
    element.append(el('span', 'title', tab.title));
    if (tab !== tab.session.tabs[0]) element.append(el('span', 'close', '×'));
    select(element, selected);
    return element;
  }

  function shownPanel() {
    return focused ? focused.focusedTab.panel : home;
  }

  /** Shows `session` (undefined: Home) with its `tab`. */
  function show(session, tab = session?.focusedTab) {
    const before = shownPanel();
    if (session !== focused) {
      select(focused ? focused.entry : homeEntry, false);
      select(session ? session.entry : homeEntry, true);
      focused = session;
      if (session) {
        session.focusedTab = tab;
        strip.replaceChildren(...session.tabs.map((t) => header(t, t === tab)));
      } else strip.replaceChildren();
      strip.hidden = !session;
    } else if (session && tab !== session.focusedTab) {
      for (const element of strip.children) select(element, element.dataset.tabId === tab.id);
      session.focusedTab = tab;
    }
    const after = shownPanel();
    if (after !== before) {
      before.hidden = true;
      after.hidden = false;
    }
  }

  rail.addEventListener('click', (event) => {
    const entry = event.target.closest('.entry');
    if (!entry) return;
    show([...sessions.values()].find((s) => s.entry === entry));
  });
  strip.addEventListener('click', (event) => {
    const element = event.target.closest('.tab');
    if (element) show(focused, tabs.get(element.dataset.tabId));
  });

  window.benchAdapter = {
    ready: Promise.resolve(),
    async openSession(i) {
      const customer = `Customer ${i}`;
      const title = `Chat with ${customer}`;
      const session = { id: `session-${nextId++}`, title, tabs: [], focusedTab: undefined, entry: railEntry(title, true) };
      sessions.set(session.id, session);
      addTab(session, customer, { customer, section: 'Profile' });
      addTab(session, 'Activity', { customer, section: 'Activity' });
      addTab(session, 'Details', { customer, section: 'Details' });
      show(session, session.tabs[0]);
      return session.id;
    },
    async focusSession(sessionId) {
      show(sessions.get(sessionId));
    },
    async focusTab(tabId) {
      const tab = tabs.get(tabId);
      show(tab.session, tab);
    },
    async createTab(sessionId, n) {
      const session = sessions.get(sessionId);
      const tab = addTab(session, `Notes ${n}`, { customer: `Notes ${n}`, section: 'Notes' });
      if (session === focused) strip.append(header(tab, false));
      show(session, tab);
      return tab.id;
    },
    async closeTab(tabId) {
      const tab = tabs.get(tabId);
      const { session } = tab;
      const index = session.tabs.indexOf(tab);
      // closing the shown tab shows its left neighbour (the anchor is never closed), as the workspace does
      if (tab === session.focusedTab) show(session, session.tabs[index - 1]);
      session.tabs.splice(index, 1);
      if (session === focused) strip.querySelector(`[data-tab-id="${tabId}"]`).remove();
      tab.panel.remove();
      tabs.delete(tabId);
    },
    async closeSession(sessionId) {
      const session = sessions.get(sessionId);
      if (session === focused) show(undefined);
      session.entry.remove();
      for (const tab of session.tabs) {
        tab.panel.remove();
        tabs.delete(tab.id);
      }
      sessions.delete(sessionId);
    },
    tabsOf: (sessionId) => sessions.get(sessionId).tabs.map((tab) => tab.id),
    focusedTabId: (sessionId) => sessions.get(sessionId).focusedTab.id,
    visible: () => ({
      rail: [...rail.querySelectorAll('.entry .title')].map((node) => node.textContent.trim()),
      selected: rail.querySelector('.entry[aria-selected="true"] .title')?.textContent.trim() ?? null,
      strip: [...strip.querySelectorAll('.tab .title')].map((node) => node.textContent.trim()),
      shown: (shownPanel().querySelector('h2') ?? shownPanel().querySelector('h1')).textContent.trim(),
    }),
  };
})();
