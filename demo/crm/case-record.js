// <contoso-case-record>: one case (Dataverse's `incident`), the anchor of case sessions and a tab
// anywhere else. `data`: { caseId } (an id such as "case-3" or a number such as "CAS-01044").
import { caseById, customerById, orders } from './data.js';
import { RecordPage, h, pill, formatDateTime, ago } from './ui.js';

export class ContosoCaseRecord extends RecordPage {
  render() {
    const { caseId } = /** @type {Record<string, string | undefined>} */ (this.data);
    const item = caseById(caseId);
    const root = /** @type {ShadowRoot} */ (this.shadowRoot);
    const draft = root.querySelector('textarea')?.value ?? '';
    root.replaceChildren(item ? this.#record(item, draft) : h('section', { class: 'card empty' }, `Case ${caseId ?? ''} was not found.`));
  }

  /** @param {import('./data.js').Case} item @param {string} draft */
  #record(item, draft) {
    const customer = customerById(item.customerId);
    const order = orders.find((o) => o.id === item.orderId);
    const resolved = item.status === 'Resolved';
    const toggle = () => {
      item.status = resolved ? 'In progress' : 'Resolved';
      this.render();
      this.toast(resolved ? `${item.number} reopened.` : `${item.number} resolved.`);
    };

    return h(
      'div',
      { class: 'stack' },
      h(
        'section',
        { class: 'card' },
        h(
          'div',
          { class: 'row' },
          h('div', {}, h('p', { class: 'muted mono' }, item.number), h('h1', {}, item.title)),
          h('span', { class: 'spacer' }),
          pill(item.priority),
          pill(item.status),
          h('button', { class: resolved ? '' : 'primary', onclick: toggle }, resolved ? 'Reopen case' : 'Resolve case'),
        ),
      ),
      h(
        'div',
        { class: 'grid' },
        h(
          'section',
          { class: 'card', 'aria-label': 'Case details' },
          h(
            'dl',
            {},
            h('dt', {}, 'Customer'),
            h(
              'dd',
              {},
              customer
                ? h(
                    'button',
                    {
                      class: 'link',
                      onclick: () =>
                        this.ask('cif-create-tab', {
                          templateName: 'contoso_customer',
                          templateParameters: { customerId: customer.id, customerName: customer.name },
                        }),
                    },
                    customer.name,
                  )
                : 'Unknown',
            ),
            h('dt', {}, 'Order'),
            h(
              'dd',
              {},
              order
                ? h(
                    'button',
                    { class: 'link mono', onclick: () => this.ask('cif-create-tab', { templateName: 'contoso_shipping', templateParameters: { orderId: order.id } }) },
                    `${order.id} (track)`,
                  )
                : '—',
            ),
            h('dt', {}, 'Origin'), h('dd', {}, item.origin),
            h('dt', {}, 'Owner'), h('dd', {}, item.owner),
            h('dt', {}, 'Created'), h('dd', {}, `${formatDateTime(item.created)} (${ago(item.created)})`),
            h('dt', {}, 'SLA'), h('dd', {}, resolved ? 'Met' : `Respond within ${item.slaHours} h`),
          ),
          h(
            'div',
            { class: 'row', style: 'margin-top: 16px' },
            h(
              'button',
              { onclick: () => this.ask('cif-create-tab', { templateName: 'contoso_kbsearch', templateParameters: { searchText: item.title } }) },
              'Search knowledge base',
            ),
          ),
        ),
        h(
          'div',
          { class: 'stack' },
          h('section', { class: 'card' }, h('header', {}, h('h2', {}, 'Description')), h('p', {}, item.description)),
          h(
            'section',
            { class: 'card' },
            h('header', {}, h('h2', {}, 'Timeline')),
            h('label', { for: 'comment', class: 'sr-only' }, 'Internal comment'),
            h('textarea', { id: 'comment', placeholder: 'Add an internal comment…', value: draft }),
            h(
              'ol',
              { class: 'timeline', style: 'margin-top: 14px' },
              h('li', {}, h('h3', {}, `Case created from ${item.origin.toLowerCase()}`), h('p', { class: 'muted small' }, formatDateTime(item.created))),
              item.owner !== 'Unassigned' ? h('li', {}, h('h3', {}, `Assigned to ${item.owner}`), h('p', { class: 'muted small' }, 'Routing rule: Tier 1 support')) : null,
              order ? h('li', {}, h('h3', {}, `Linked to order ${order.id}`), h('p', { class: 'muted small' }, `${order.items} · ${order.status}`)) : null,
            ),
          ),
        ),
      ),
    );
  }
}

if (!customElements.get('contoso-case-record')) customElements.define('contoso-case-record', ContosoCaseRecord);
