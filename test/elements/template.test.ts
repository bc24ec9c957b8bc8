/**
 * Our templates (src/elements/template.ts): each kind of binding, updates that touch only what
 * changed, lists that grow and shrink, switching between templates, and values that are never
 * parsed as markup.
 */
import { expect } from '@open-wc/testing';
import { html, nothing, render } from '../../src/elements/template.js';

const view = (title: unknown, kind: unknown, hidden: unknown, value: unknown, onClick: unknown, items: unknown[]) =>
  html`<section class="card ${kind}" title=${title} ?hidden=${hidden}>
    <input .value=${value} @click=${onClick} />
    <h2>${title}</h2>
    <ul>${items.map((item) => html`<li>${item}</li>`)}</ul>
  </section>`;

describe('templates', () => {
  it('renders every kind of binding, and a second render changes only what differs', () => {
    const container = document.createElement('div');
    const clicks: string[] = [];
    render(view('Ann', 'vip', false, 'typed', () => clicks.push('first'), ['a', 'b']), container);
    const section = container.querySelector('section')!;
    const input = container.querySelector('input')!;
    expect(section.getAttribute('class')).to.equal('card vip');
    expect(section.title).to.equal('Ann');
    expect(section.hidden).to.equal(false);
    expect(input.value).to.equal('typed');
    expect(input.hasAttribute('.value'), 'no binding syntax reaches the DOM').to.equal(false);
    expect(container.querySelector('h2')!.textContent).to.equal('Ann');
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['a', 'b']);
    input.click();

    const h2Text = container.querySelector('h2')!.firstChild;
    const firstItem = container.querySelector('li');
    render(view('Bo', nothing, true, 'typed', () => clicks.push('second'), ['c', 'd', 'e']), container);
    expect(container.querySelector('section'), 'the same elements, updated').to.equal(section);
    expect(section.hasAttribute('class'), 'nothing in an attribute removes it').to.equal(false);
    expect(section.title).to.equal('Bo');
    expect(section.hidden).to.equal(true);
    expect(container.querySelector('h2')!.firstChild, 'a text node is rewritten, not replaced').to.equal(h2Text);
    expect(container.querySelector('li'), 'list items are kept by position').to.equal(firstItem);
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['c', 'd', 'e']);
    input.click();
    expect(clicks, 'the listener calls the latest handler').to.deep.equal(['first', 'second']);

    render(view('Bo', 'x', true, 'typed', null, []), container);
    expect(container.querySelectorAll('li')).to.have.length(0);
    input.click();
    expect(clicks).to.have.length(2);
  });

  it('switches between templates, text and nothing in one place', () => {
    const container = document.createElement('div');
    const a = (text: string) => html`<b>${text}</b>`;
    const b = (text: string) => html`<i>${text}</i>`;
    const show = (value: unknown) => {
      render(html`<p>${value}</p>`, container);
      return container.querySelector('p')!.innerHTML.replace(/<!---->/g, '');
    };
    expect(show(a('one'))).to.equal('<b>one</b>');
    expect(show(b('two'))).to.equal('<i>two</i>');
    expect(show('three')).to.equal('three');
    expect(show(4)).to.equal('4');
    expect(show(nothing)).to.equal('');
    expect(show(undefined)).to.equal('');
    expect(show([a('x'), 'y'])).to.equal('<b>x</b>y');
    expect(show(a('back'))).to.equal('<b>back</b>');
  });

  it('never parses a value as markup, in text or in attributes', () => {
    const container = document.createElement('div');
    const evil = '<img src=x onerror="window.hacked = true">';
    render(html`<p title=${evil} class="a ${evil}">${evil}</p>`, container);
    const p = container.querySelector('p')!;
    expect(p.textContent).to.equal(evil);
    expect(p.title).to.equal(evil);
    expect(p.querySelector('img')).to.equal(null);
    expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
  });

  it('keeps the case of property names and sets a URL only with its value', () => {
    const container = document.createElement('div');
    render(html`<textarea .defaultValue=${'saved'}></textarea><img src=${'data:,'} alt="" />`, container);
    expect(container.querySelector('textarea')!.defaultValue).to.equal('saved');
    expect(container.querySelector('img')!.getAttribute('src')).to.equal('data:,');
  });

  it('renders after what the container holds, and again in place', () => {
    const container = document.createElement('div');
    container.innerHTML = '<span>page</span>';
    render(html`<em>${1}</em>`, container);
    render(html`<em>${2}</em>`, container);
    expect(container.textContent).to.equal('page2');
  });
});
