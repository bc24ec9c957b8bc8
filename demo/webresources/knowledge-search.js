// Contoso's knowledge search web resource. The workspace passes the tab's `data` parameter as
// ?data= (CIF's convention); it is the initial search text. Searching again keeps working inside
// the tab, and the workspace keeps the frame alive, so results survive tab switches.
import { searchArticles, articles } from '../crm/data.js';

const form = /** @type {HTMLFormElement} */ (document.getElementById('search'));
const input = /** @type {HTMLInputElement} */ (document.getElementById('query'));
const results = /** @type {HTMLOListElement} */ (document.getElementById('results'));
const summary = /** @type {HTMLElement} */ (document.getElementById('summary'));
const reader = /** @type {HTMLElement} */ (document.getElementById('article'));

/** @param {string} tag @param {Record<string, string>} [attributes] @param {...(Node | string)} children */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function search(/** @type {string} */ text) {
  const found = searchArticles(text);
  summary.textContent = text.trim()
    ? `${found.length} ${found.length === 1 ? 'article matches' : 'articles match'} “${text.trim()}”`
    : `All ${articles.length} articles, newest first`;
  results.replaceChildren(
    ...found.map((article) => {
      const open = el('button', { type: 'button', class: 'result' },
        el('span', { class: 'result-title' }, article.title),
        el('span', { class: 'result-meta' }, `${article.id} · ${article.category} · ${article.views.toLocaleString('en-US')} views`),
        el('span', { class: 'result-summary' }, article.summary),
      );
      open.addEventListener('click', () => show(article));
      return el('li', {}, open);
    }),
  );
  if (!found.length) results.append(el('li', { class: 'empty' }, 'No articles found. Try fewer or other words.'));
  reader.hidden = true;
  results.hidden = false;
}

/** @param {import('../crm/data.js').Article} article */
function show(article) {
  const back = el('button', { type: 'button', class: 'back' }, '← Back to results');
  back.addEventListener('click', () => {
    reader.hidden = true;
    results.hidden = false;
  });
  const copy = el('button', { type: 'button', class: 'primary' }, 'Copy link for the customer');
  copy.addEventListener('click', async () => {
    const link = `https://support.contoso.example/kb/${article.id}`;
    try {
      await navigator.clipboard.writeText(link);
      copy.textContent = 'Link copied';
    } catch {
      copy.textContent = link; // clipboard access can be refused inside a frame
    }
  });
  reader.replaceChildren(
    back,
    el('p', { class: 'muted' }, `${article.id} · ${article.category} · updated ${article.updated}`),
    el('h2', {}, article.title),
    el('p', {}, article.summary),
    el('h3', {}, 'Steps'),
    el('ol', {}, ...article.steps.map((step) => el('li', {}, step))),
    copy,
  );
  results.hidden = true;
  reader.hidden = false;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  search(input.value);
});

input.value = new URLSearchParams(location.search).get('data') ?? '';
search(input.value);
