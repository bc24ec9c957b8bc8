// The page's own element that every tab of both variants shows: a small customer card of exactly
// 30 elements, built with plain DOM once, when it is first connected (data may arrive before).
// Shared by workspace.html and vanilla.html so that the cost of the pages themselves cancels out.
(() => {
  const make = (tag, text, attrs) => {
    const element = document.createElement(tag);
    if (text !== undefined) element.textContent = text;
    if (attrs) for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    return element;
  };

  class BenchCard extends HTMLElement {
    #data = undefined;
    #built = false;

    set data(value) {
      this.#data = value;
      if (this.isConnected) this.#build();
    }

    get data() {
      return this.#data;
    }

    connectedCallback() {
      if (!this.#built) this.#build();
    }

    #build() {
      const data = this.#data ?? {};
      const who = String(data.customer ?? 'Unknown');
      const section = String(data.section ?? 'Card');
      const card = make('article', undefined, { class: 'bench-card' }); // 1
      const header = make('header'); // 2
      header.append(make('h2', `${section}: ${who}`), make('span', 'VIP', { class: 'badge' })); // 4
      const facts = make('dl'); // 5
      const rows = [
        ['Customer', who],
        ['Section', section],
        ['Account', `ACC-${who.length * 7919}`],
        ['Phone', '+1 555 0100'],
        ['Email', `${who.replace(/\s+/g, '.').toLowerCase()}@example.com`],
        ['Since', '2019-04-01'],
      ];
      for (const [term, value] of rows) facts.append(make('dt', term), make('dd', value)); // 17
      const history = make('ul'); // 18
      for (let i = 1; i <= 5; i++) history.append(make('li', `Case #${1000 + i}: resolved`)); // 23
      const footer = make('footer'); // 24
      for (const label of ['Call', 'Email', 'Notes']) footer.append(make('button', label, { type: 'button' })); // 27
      const note = make('p'); // 28
      note.append(make('strong', 'Note: '), make('em', 'prefers chat')); // 30
      card.append(header, facts, history, footer, note);
      this.replaceChildren(card);
      this.#built = true;
    }
  }

  if (!customElements.get('bench-card')) customElements.define('bench-card', BenchCard);
})();
