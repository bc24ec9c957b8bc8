/**
 * The element base of the host, the panel and the native pages (src/elements/reactive-host.ts),
 * on an element of its own: what Lit's ReactiveElement did for them, it must do too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { html as template } from '../../src/elements/template.js';
import { css } from '../../src/elements/styles.js';
import { ReactiveHost, type PropertyValues } from '../../src/elements/reactive-host.js';

class TestElement extends ReactiveHost {
  static override styles = css`
    p {
      color: rgb(1, 2, 3);
    }
  `;
  static override properties = {
    label: {},
    count: { type: Number },
    on: { type: Boolean, reflect: true },
    mode: { attribute: 'data-mode', reflect: true },
    internal: { state: true },
  };
  declare label: string;
  declare count: number;
  declare on: boolean;
  declare mode: string;
  declare internal: number;
  renders = 0;
  changes: PropertyValues[] = [];

  constructor() {
    super();
    this.label = 'start';
    this.on = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('count') && this.count < 0) this.count = 0; // joins this update
  }

  protected override render() {
    this.renders++;
    return template`<p>${this.label} ${this.count}</p>`;
  }

  protected override updated(changed: PropertyValues): void {
    this.changes.push(changed);
  }
}
customElements.define('reactive-host-test', TestElement);

describe('ReactiveHost', () => {
  it('renders once per task, after the element is in the page, with its styles', async () => {
    const element = document.createElement('reactive-host-test') as TestElement;
    element.label = 'one';
    element.count = 1;
    await Promise.resolve();
    expect(element.renders, 'not before it is in the page').to.equal(0);
    (await fixture(html`<div></div>`)).append(element);
    await element.updateComplete;
    expect(element.renders).to.equal(1);
    expect(element.renderRoot.querySelector('p')!.textContent).to.equal('one 1');
    expect(getComputedStyle(element.renderRoot.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
    expect([...element.changes[0]!.keys()].sort()).to.deep.equal(['count', 'label', 'on']);
    element.label = 'two';
    element.count = 2;
    element.label = 'three';
    expect(element.isUpdatePending).to.equal(true);
    expect(await element.updateComplete).to.equal(true);
    expect(element.renders, 'three changes, one render').to.equal(2);
    expect(element.changes[1]!.get('label'), 'the value before the update').to.equal('one');
    element.label = 'three';
    expect(element.isUpdatePending, 'the same value is no change').to.equal(false);
  });

  it('converts attributes to typed properties and reflects the ones that ask', async () => {
    const element = await fixture<TestElement>(html`<reactive-host-test count="7" on data-mode="fast"></reactive-host-test>`);
    expect([element.count, element.on, element.mode]).to.deep.equal([7, true, 'fast']);
    element.on = false;
    element.mode = 'slow';
    element.internal = 3;
    await element.updateComplete;
    expect([element.hasAttribute('on'), element.getAttribute('data-mode'), element.hasAttribute('internal')]).to.deep.equal([false, 'slow', false]);
    element.removeAttribute('count');
    expect(element.count).to.equal(null);
  });

  it('lets willUpdate correct a value within the same update', async () => {
    const element = await fixture<TestElement>(html`<reactive-host-test></reactive-host-test>`);
    const before = element.renders;
    element.count = -5;
    await element.updateComplete;
    expect(element.count).to.equal(0);
    expect(element.renders - before).to.equal(1);
    expect(element.isUpdatePending).to.equal(false);
  });

  it('takes over properties set before the class was defined', async () => {
    const early = document.createElement('reactive-host-late');
    Object.assign(early, { label: 'early', on: true });
    customElements.define('reactive-host-late', class extends TestElement {});
    customElements.upgrade(early);
    (await fixture(html`<div></div>`)).append(early);
    await (early as TestElement).updateComplete;
    expect([(early as TestElement).label, early.hasAttribute('on')]).to.deep.equal(['early', true]);
    expect(Object.hasOwn(early, 'label'), 'the accessor answers, not an own property').to.equal(false);
  });

  it('runs controllers and initializers', async () => {
    const calls: string[] = [];
    class WithInitializer extends TestElement {}
    WithInitializer.addInitializer((element) => calls.push(`init ${element.localName}`));
    customElements.define('reactive-host-init', WithInitializer);
    const element = document.createElement('reactive-host-init') as TestElement;
    element.addController({
      hostConnected: () => calls.push('connected'),
      hostDisconnected: () => calls.push('disconnected'),
      hostUpdate: () => calls.push('update'),
      hostUpdated: () => calls.push('updated'),
    });
    const parent = await fixture(html`<div></div>`);
    parent.append(element);
    await element.updateComplete;
    element.remove();
    expect(calls).to.deep.equal(['init reactive-host-init', 'connected', 'update', 'updated', 'disconnected']);
  });
});
