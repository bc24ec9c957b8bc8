// <contoso-case-list>: a filterable list of cases. `data`: { customerId?, customerName? } narrows it
// to one customer (by id, else by name); without them it lists every case. A row opens the case in a tab of the current
// session (a `cif-create-tab` request, so the workspace de-duplicates it).
import { cases, customerById, customerByName } from './data.js';
import { RecordPage, h, pill, ago } from './ui.js';
import { caseTab } from './customer-record.js';

const FILTERS = /** @type {const} */ (['Open', 'All', 'Resolved']);

export class ContosoCaseList extends RecordPage {
  /** @type {(typeof FILTERS)[number]} */
  #filter = 'Open';
  #query = '';

  render() {
    const { customerId, customerName } = /** @type {Record<string, string | undefined>} */ (this.data);
    // a provider knows its customer by name only; the CRM's own sessions pass the id
    const customer = customerById(customerId) ?? customerByName(customerName);
    const scope = customer ? cases.filter((c) => c.customerId === customer.id) : cases;
    const query = this.#query.toLowerCase();
    const shown = scope
      .filter((c) => this.#filter === 'All' || (this.#filter === 'Open') === (c.status !== 'Resolved'))
      .filter((c) => !query || `${c.number} ${c.title} ${customerById(c.customerId)?.name ?? ''}`.toLowerCase().includes(query))
      .sort((a, b) => b.created.localeCompare(a.created));

    const root = /** @type {ShadowRoot} */ (this.shadowRoot);
    const hadFocus = root.activeElement?.id === 'case-search';
    root.replaceChildren(
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'list-heading' },
        h(
          'header',
          {},
          h('h1', { id: 'list-heading' }, customer ? `Cases · ${customer.name}` : customerName ? `Cases · ${customerName}` : 'All cases'),
          h('span', { class: 'count' }, `(${shown.length})`),
          h('span', { class: 'spacer' }),
          h('label', { for: 'case-search', class: 'sr-only' }, 'Search cases'),
          h('input', {
            id: 'case-search',
            type: 'search',
            placeholder: 'Search cases',
            value: this.#query,
            oninput: (/** @type {InputEvent} */ event) => {
              this.#query = /** @type {HTMLInputElement} */ (event.target).value;
              this.render();
            },
          }),
          h(
            'div',
            { class: 'row', role: 'group', 'aria-label': 'Status filter' },
            FILTERS.map((filter) =>
              h(
                'button',
                {
                  class: filter === this.#filter ? 'primary' : '',
                  'aria-pressed': String(filter === this.#filter),
                  onclick: () => {
                    this.#filter = filter;
                    this.render();
                  },
                },
                filter,
              ),
            ),
          ),
        ),
        shown.length ? this.#table(shown, !customer) : h('p', { class: 'empty' }, 'No cases match.'),
      ),
    );
    if (hadFocus) /** @type {HTMLInputElement} */ (root.getElementById('case-search')).focus();
  }

  /** @param {import('./data.js').Case[]} rows @param {boolean} withCustomer */
  #table(rows, withCustomer) {
    return h(
      'table',
      {},
      h(
        'thead',
        {},
        h('tr', {}, h('th', {}, 'Case'), h('th', {}, 'Title'), withCustomer ? h('th', {}, 'Customer') : null, h('th', {}, 'Priority'), h('th', {}, 'Status'), h('th', {}, 'Owner'), h('th', {}, 'Created')),
      ),
      h(
        'tbody',
        {},
        rows.map((item) => {
          const customer = customerById(item.customerId) ?? { name: 'Unknown' };
          const open = () => this.ask('cif-create-tab', caseTab(item, customer));
          return h(
            'tr',
            {
              class: 'clickable',
              tabindex: '0',
              'aria-label': `Open ${item.number}`,
              onclick: open,
              onkeydown: (/** @type {KeyboardEvent} */ event) => {
                if (event.key === 'Enter') open();
              },
            },
            h('td', { class: 'mono' }, item.number),
            h('td', {}, item.title),
            withCustomer ? h('td', {}, customer.name) : null,
            h('td', {}, pill(item.priority)),
            h('td', {}, pill(item.status)),
            h('td', {}, item.owner),
            h('td', { class: 'muted' }, ago(item.created)),
          );
        }),
      ),
    );
  }
}

if (!customElements.get('contoso-case-list')) customElements.define('contoso-case-list', ContosoCaseList);
