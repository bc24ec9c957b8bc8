// <contoso-customer-record>: Contoso's customer profile, the anchor page of chat and call sessions.
// `data`: { customerId?, customerName?, channel?: 'chat' | 'call', topic? }. The notes box is never
// saved on its own: what you type stays only because the workspace keeps the tab alive.
import { customerById, customerByName, ordersOf, casesOf } from './data.js';
import { RecordPage, h, avatar, pill, formatDate, formatMoney, formatWholeMoney, ago } from './ui.js';

const CHANNEL_LABEL = { chat: 'Live chat', call: 'Voice call' };

export class ContosoCustomerRecord extends RecordPage {
  /** Notes saved during this page's life (the fake CRM has no server to save them to). */
  #savedNotes = /** @type {string[]} */ ([]);

  render() {
    const { customerId, customerName, channel, topic } = /** @type {Record<string, string | undefined>} */ (this.data);
    const customer = customerById(customerId) ?? customerByName(customerName);
    const root = /** @type {ShadowRoot} */ (this.shadowRoot);
    // Keep a note that is being typed across re-renders (e.g. a refreshed `data`).
    const draft = root.querySelector('textarea')?.value ?? '';
    root.replaceChildren(
      h(
        'div',
        { class: 'stack' },
        channel && channelBanner(channel, customer?.name ?? customerName ?? 'Unknown customer', topic),
        customer ? this.#profile(customer, draft) : unknownCustomer(customerName),
      ),
    );
  }

  /** @param {import('./data.js').Customer} customer @param {string} draft */
  #profile(customer, draft) {
    const orders = ordersOf(customer.id);
    const cases = casesOf(customer.id);
    const open = cases.filter((c) => c.status !== 'Resolved');
    const lifetime = orders.reduce((sum, order) => sum + order.total, 0);

    return h(
      'div',
      { class: 'grid' },
      h(
        'div',
        { class: 'stack' },
        h(
          'section',
          { class: 'card', 'aria-label': 'Contact' },
          h(
            'div',
            { class: 'row', style: 'margin-bottom: 14px' },
            avatar(customer.name, 'lg'),
            h('div', {}, h('h1', {}, customer.name), h('p', { class: 'muted' }, customer.company)),
            h('span', { class: 'spacer' }),
            pill(customer.tier),
          ),
          h(
            'dl',
            {},
            h('dt', {}, 'Customer ID'), h('dd', { class: 'mono' }, customer.id),
            h('dt', {}, 'Email'), h('dd', {}, h('a', { href: `mailto:${customer.email}` }, customer.email)),
            // click-to-call: the workspace hands the number to the softphone (CIF onclicktoact)
            h('dt', {}, 'Phone'), h('dd', {}, h('button', { class: 'link', title: 'Call with the softphone', 'data-cif-click-to-act': true, 'data-cif-name': 'telephone1', 'data-cif-format': 'Phone', 'data-cif-entity': 'contact' }, customer.phone)),
            h('dt', {}, 'Location'), h('dd', {}, customer.city),
            h('dt', {}, 'Language'), h('dd', {}, customer.language),
            h('dt', {}, 'Customer since'), h('dd', {}, formatDate(customer.since)),
          ),
        ),
        h(
          'section',
          { class: 'card', 'aria-label': 'Key figures' },
          h(
            'div',
            { class: 'kpis' },
            h('div', { class: 'kpi' }, h('b', {}, formatWholeMoney(lifetime)), h('span', { class: 'muted small' }, 'Lifetime value')),
            h('div', { class: 'kpi' }, h('b', {}, String(orders.length)), h('span', { class: 'muted small' }, 'Orders')),
            h('div', { class: 'kpi' }, h('b', {}, String(open.length)), h('span', { class: 'muted small' }, 'Open cases')),
          ),
        ),
        this.#notes(customer, draft),
      ),
      h(
        'div',
        { class: 'stack' },
        h(
          'section',
          { class: 'card', 'aria-labelledby': 'orders-heading' },
          h('header', {}, h('h2', { id: 'orders-heading' }, 'Recent orders'), h('span', { class: 'count' }, `(${orders.length})`)),
          orders.length ? this.#ordersTable(orders) : h('p', { class: 'empty' }, 'No orders yet.'),
        ),
        h(
          'section',
          { class: 'card', 'aria-labelledby': 'cases-heading' },
          h(
            'header',
            {},
            h('h2', { id: 'cases-heading' }, 'Cases'),
            h('span', { class: 'count' }, `(${open.length} open)`),
            h('span', { class: 'spacer' }),
            h(
              'button',
              {
                class: 'link',
                onclick: () =>
                  this.ask('cif-create-tab', {
                    templateName: 'contoso_caselist',
                    templateParameters: { customerId: customer.id, customerName: customer.name },
                  }),
              },
              'All cases',
            ),
          ),
          cases.length
            ? h('ul', { class: 'plain' }, cases.map((c) => this.#caseItem(c, customer)))
            : h('p', { class: 'empty' }, 'No cases for this customer.'),
        ),
      ),
    );
  }

  /** @param {import('./data.js').Order[]} orders */
  #ordersTable(orders) {
    return h(
      'table',
      {},
      h('thead', {}, h('tr', {}, h('th', {}, 'Order'), h('th', {}, 'Items'), h('th', { class: 'num' }, 'Total'), h('th', {}, 'Status'), h('th', {}, h('span', { class: 'sr-only' }, 'Actions')))),
      h(
        'tbody',
        {},
        orders.map((order) =>
          h(
            'tr',
            {},
            h('td', { class: 'nowrap' }, h('span', { class: 'mono' }, order.id), h('div', { class: 'muted small' }, formatDate(order.date))),
            h('td', {}, order.items),
            h('td', { class: 'num' }, formatMoney(order.total)),
            h('td', {}, pill(order.status)),
            h(
              'td',
              {},
              order.carrier === 'Digital delivery'
                ? null
                : h(
                    'button',
                    {
                      class: 'link',
                      title: `Track ${order.id} on the carrier's site`,
                      onclick: () => this.ask('cif-create-tab', { templateName: 'contoso_shipping', templateParameters: { orderId: order.id } }),
                    },
                    'Track',
                  ),
            ),
          ),
        ),
      ),
    );
  }

  /** @param {import('./data.js').Case} item @param {import('./data.js').Customer} customer */
  #caseItem(item, customer) {
    return h(
      'li',
      { class: 'note case-item' },
      h('div', {}, h('button', { class: 'link', onclick: () => this.ask('cif-create-tab', caseTab(item, customer)) }, `${item.number} · ${item.title}`), h('p', { class: 'muted small' }, `${item.origin} · ${ago(item.created)} · ${item.owner}`)),
      pill(item.status),
    );
  }

  /** @param {import('./data.js').Customer} customer @param {string} draft */
  #notes(customer, draft) {
    const textarea = /** @type {HTMLTextAreaElement} */ (
      h('textarea', { id: 'note', placeholder: 'Type a note about this conversation…', value: draft })
    );
    const list = h(
      'ul',
      { class: 'plain' },
      [...this.#savedNotes, ...customer.notes].map((note) => h('li', { class: 'note' }, note)),
    );
    const save = () => {
      const text = textarea.value.trim();
      if (!text) return;
      this.#savedNotes.unshift(text);
      textarea.value = '';
      list.prepend(h('li', { class: 'note' }, text));
    };
    return h(
      'section',
      { class: 'card', 'aria-labelledby': 'notes-heading' },
      h('header', {}, h('h2', { id: 'notes-heading' }, 'Notes')),
      h('label', { for: 'note', class: 'sr-only' }, 'New note'),
      textarea,
      h(
        'div',
        { class: 'row', style: 'margin: 8px 0 12px' },
        h('span', { class: 'muted small' }, 'A draft stays here while you switch tabs and sessions.'),
        h('span', { class: 'spacer' }),
        h('button', { class: 'primary', onclick: save }, 'Add note'),
      ),
      list,
    );
  }
}

/** The `cif-create-tab` request that opens a case record in the current session. */
export const caseTab = (/** @type {import('./data.js').Case} */ item, /** @type {{ name: string }} */ customer) => ({
  templateName: 'contoso_case_record',
  templateParameters: { caseId: item.id, caseNumber: item.number, caseTitle: item.title, customerName: customer.name },
});

/** @param {string} channel @param {string} name @param {string | undefined} topic */
function channelBanner(channel, name, topic) {
  const label = CHANNEL_LABEL[/** @type {keyof typeof CHANNEL_LABEL} */ (channel)] ?? channel;
  return h(
    'div',
    { class: 'banner', role: 'note' },
    h('span', { class: 'live-dot', 'aria-hidden': 'true' }),
    h('div', {}, h('strong', {}, `${label} with ${name}`), topic ? h('p', { class: 'small' }, `“${topic}”`) : null),
  );
}

/** @param {string | undefined} name */
function unknownCustomer(name) {
  return h(
    'section',
    { class: 'card' },
    h('h1', {}, name || 'Unknown customer'),
    h('p', { class: 'muted', style: 'margin-top: 6px' }, 'No Contoso contact matches this conversation yet. Ask for an email address or order number to identify the customer.'),
  );
}

if (!customElements.get('contoso-customer-record')) customElements.define('contoso-customer-record', ContosoCustomerRecord);
