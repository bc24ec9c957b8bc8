// @ts-check
// Generates the type declarations that let React 19 (JSX) and Vue 3 (templates) know the elements,
// from custom-elements.json, so they cannot drift from the elements themselves:
//   types/react.d.ts   the tags in React's JSX.IntrinsicElements: writable properties, attributes,
//                      and `on<event-name>` handlers (React 19 listens for a custom element's events so)
//   types/vue.d.ts     the tags as Vue GlobalComponents: the same properties and attributes, and
//                      `on<EventName>` handlers (what `@event-name` compiles to)
// Properties are typed through the element classes (`CifSessionHost['config']`) and events through
// HTMLElementEventMap, so every type is the element's own.
//
//   node scripts/framework-types.mjs           write both files
//   node scripts/framework-types.mjs --check   exit 1 when a file on disk differs from a fresh build
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
/** Only the classes the npm entry exports can be named in the declarations. */
const exported = new Set([...readFileSync(resolve(root, 'src/index.ts'), 'utf8').matchAll(/\b(Cif[A-Za-z]+)\b/g)].map((m) => m[1]));

/** @typedef {{ tag: string, className: string, properties: string[], attributes: { name: string, type: string, description: string }[], events: { name: string, description: string }[], summary: string }} Element */

/** @returns {Element[]} */
function elementsOf() {
  /** @type {Element[]} */
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName || !exported.has(declaration.name)) continue;
      const properties = (declaration.members ?? [])
        .filter((/** @type {any} */ m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
        .map((/** @type {any} */ m) => m.name);
      const attributes = (declaration.attributes ?? []).map((/** @type {any} */ a) => ({
        name: a.name,
        type: a.type?.text === 'boolean' ? 'boolean' : a.type?.text === 'number' ? 'number | string' : 'string',
        description: a.description ?? '',
      }));
      const events = (declaration.events ?? []).map((/** @type {any} */ e) => ({ name: e.name, description: e.description ?? '' }));
      elements.push({ tag: declaration.tagName, className: declaration.name, properties, attributes, events, summary: declaration.summary ?? '' });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

const comment = (/** @type {string} */ text, /** @type {string} */ indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '* /')} */\n` : '');
const camel = (/** @type {string} */ name) => name.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase());

/** @param {Element} element @param {(event: string) => string} handlerName */
function propsOf(element, handlerName) {
  const picked = element.properties.map((p) => `'${p}'`).join(' | ');
  const lines = [];
  for (const attribute of element.attributes) {
    // an attribute with the name of a property is set as that property already
    if (element.properties.includes(attribute.name)) continue;
    lines.push(comment(attribute.description, '  ') + `  '${attribute.name}'?: ${attribute.type};`);
  }
  for (const event of element.events) {
    lines.push(comment(event.description, '  ') + `  '${handlerName(event.name)}'?: (event: HTMLElementEventMap['${event.name}']) => void;`);
  }
  const base = picked ? `Partial<Pick<${element.className}, ${picked}>>` : '{}';
  return `export type ${element.className}Props = ${base} & {\n${lines.join('\n')}\n};\n`;
}

const HEADER = '// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.\n';

function react(/** @type {Element[]} */ elements) {
  const classes = elements.map((e) => e.className).join(', ');
  return `${HEADER}// React 19: \`import type {} from 'cif-workspace/react';\` once, and the tags type-check in JSX.
import type { DetailedHTMLProps, HTMLAttributes, RefAttributes } from 'react';
import type { ${classes} } from 'cif-workspace';

${elements.map((e) => propsOf(e, (name) => `on${name}`)).join('\n')}
type ElementProps<E extends HTMLElement, P> = P & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof P> & RefAttributes<E>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => comment(e.summary, '      ') + `      '${e.tag}': ElementProps<${e.className}, ${e.className}Props>;`).join('\n')}
    }
  }
}
`;
}

function vue(/** @type {Element[]} */ elements) {
  const classes = elements.map((e) => e.className).join(', ');
  return `${HEADER}// Vue 3: \`import type {} from 'cif-workspace/vue';\` once, and the tags type-check in templates
// (tell the compiler they are custom elements: compilerOptions.isCustomElement = (tag) => tag.startsWith('cif-')).
import type { DefineComponent } from 'vue';
import type { ${classes} } from 'cif-workspace';

${elements.map((e) => propsOf(e, (name) => `on${camel(name)}`)).join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => comment(e.summary, '    ') + `    '${e.tag}': DefineComponent<${e.className}Props>;`).join('\n')}
  }
}
`;
}

const files = { 'types/react.d.ts': react(elementsOf()), 'types/vue.d.ts': vue(elementsOf()) };
if (process.argv.includes('--check')) {
  const stale = Object.entries(files).filter(([path, text]) => {
    try {
      return readFileSync(resolve(root, path), 'utf8') !== text;
    } catch {
      return true;
    }
  });
  for (const [path] of stale) console.error(`${path} is stale: run \`node scripts/framework-types.mjs\` (after \`npm run analyze\`).`);
  if (!stale.length) console.log('types/react.d.ts and types/vue.d.ts are up to date.');
  process.exit(stale.length ? 1 : 0);
}
for (const [path, text] of Object.entries(files)) writeFileSync(resolve(root, path), text);
console.log(`wrote ${Object.keys(files).join(' and ')}`);
