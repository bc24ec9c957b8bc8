// The session rail of the peer pages (dockview.html, shoelace.html). Neither library has one: a
// tab component has no notion of sessions, so each page adds this bit of plain DOM, the same
// markup and classes (shell.css) as the vanilla page's rail, so that every side shows the same
// list. It is page glue, not part of a side's measured script.
//
//   const rail = createBenchRail(navElement, (entry) => …clicked…);
//   rail.home                   the Home entry, selected at first
//   rail.add(title) → entry     a session's entry, at the end
//   rail.select(entry)          selects it and deselects the one selected before
//   rail.remove(entry)
//   rail.visible()              { rail: titles, selected: the selected entry's title }
window.createBenchRail = (nav, onClick) => {
  const el = (tag, className, text) => {
    const element = document.createElement(tag);
    element.className = className;
    element.textContent = text;
    return element;
  };
  const mark = (entry, selected) => {
    entry.setAttribute('aria-selected', String(selected));
    entry.tabIndex = selected ? 0 : -1;
  };
  const entry = (title, closable) => {
    const element = document.createElement('div');
    element.className = 'entry';
    element.setAttribute('role', 'tab');
    element.append(el('span', 'icon initial', closable ? title.trim().charAt(0).toUpperCase() : '⌂'), el('span', 'title', title));
    if (closable) element.append(el('span', 'close', '×'));
    mark(element, false);
    nav.append(element);
    return element;
  };
  const text = (node) => node?.textContent.trim() ?? null;

  let selected = entry('Home', false);
  mark(selected, true);
  nav.addEventListener('click', (event) => {
    const clicked = event.target.closest('.entry');
    if (clicked) onClick(clicked);
  });

  return {
    home: selected,
    add: (title) => entry(title, true),
    select(next) {
      if (next === selected) return;
      mark(selected, false);
      mark(next, true);
      selected = next;
    },
    remove: (element) => element.remove(),
    visible: () => ({
      rail: [...nav.querySelectorAll('.entry .title')].map(text),
      selected: text(nav.querySelector('.entry[aria-selected="true"] .title')),
    }),
  };
};
