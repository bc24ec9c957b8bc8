/**
 * The elements' templates: `html` literals rendered into a container, where a second render with
 * the same literal changes only the values that differ. It covers what our templates use, in
 * lit-html's notation: text and nested templates and lists of them, `attribute=${}` (also inside
 * a quoted value: `class="badge ${kind}"`), `?boolean=${}`, `.property=${}`, `@event=${}`, and
 * `nothing` for no content or no attribute.
 *
 * Our own rather than lit-html because a script tag carries every byte: this is about a third of
 * its size, with no directives, SVG or async values, which we do not use. Values are never parsed
 * as markup: they become text nodes, attribute values and properties. Templates are our code, so
 * their static text may hold no `<` or `>` inside a tag (it would hide where an attribute is).
 */

/** For a child: no content; for an attribute: no attribute. */
export const nothing: unique symbol = Symbol('nothing');

export class TemplateResult {
  constructor(
    readonly strings: TemplateStringsArray,
    readonly values: readonly unknown[],
  ) {}
}

export const html = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => new TemplateResult(strings, values);

/** Stands in for a value while the template is parsed: a comment for a child, the value of an attribute. */
const MARKER = `cif${Math.random().toString(36).slice(2)}`;

interface Compiled {
  readonly template: HTMLTemplateElement;
  /**
   * The name of each attribute with expressions, as written (`.textContent`, `@click`). In the
   * template it is named `<MARKER><its index>`: the parser would lowercase the real name, and a
   * clone with a real `src` would start loading the marker.
   */
  readonly names: readonly string[];
}

const compiled = new WeakMap<TemplateStringsArray, Compiled>();

/**
 * Under `require-trusted-types-for 'script'` a template's markup goes through a policy of ours,
 * named `cif-workspace` (a page that lists its policies lists this one). Only our templates' static
 * text passes through it; values never do.
 */
type Policy = { createHTML(markup: string): string };
let policy: Policy | undefined;
function trusted(markup: string): string {
  const rules: Policy = { createHTML: (text) => text };
  policy ??= (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes?.createPolicy('cif-workspace', rules) ?? rules;
  return policy.createHTML(markup);
}

function compile(strings: TemplateStringsArray): Compiled {
  let markup = '';
  const names: string[] = [];
  strings.forEach((text, index) => {
    markup += text;
    if (index === strings.length - 1) return;
    if (markup.lastIndexOf('<') > markup.lastIndexOf('>')) {
      // inside a tag: the expression is an attribute's value, or part of it
      const [, name, rest] = /([^\s"'=<>/]+)(\s*=\s*["']?[^"'=]*)$/.exec(markup)!;
      if (!name!.startsWith(MARKER)) {
        // the attribute's first expression (a second finds it renamed already)
        markup = markup.slice(0, markup.length - name!.length - rest!.length) + MARKER + names.length + rest;
        names.push(name!);
      }
      markup += MARKER;
    } else {
      markup += `<!--${MARKER}-->`;
    }
  });
  const template = document.createElement('template');
  template.innerHTML = trusted(markup);
  return { template, names };
}

interface Part {
  /** How many of the template's values it takes. */
  readonly size: number;
  /** Takes its values from `values`, starting at `from` (no copy per render). */
  set(values: readonly unknown[], from: number): void;
}

/**
 * An attribute's expressions: `name=${}` (or static text around several), and one each for
 * `?name=${}` (present or not), `.name=${}` (a property) and `@name=${}` (a listener).
 */
class AttributePart implements Part {
  readonly #element: Element;
  readonly #name: string;
  readonly #statics: readonly string[];
  #last: readonly unknown[] | undefined;

  constructor(element: Element, name: string, statics: readonly string[]) {
    this.#element = element;
    this.#name = name;
    this.#statics = statics;
  }

  get size(): number {
    return this.#statics.length - 1;
  }

  set(all: readonly unknown[], from: number): void {
    const last = this.#last;
    if (last && last.every((value, index) => value === all[from + index])) return;
    const values = all.slice(from, from + this.size);
    this.#last = values;
    const element = this.#element;
    const name = this.#name;
    const [value] = values;
    const bare = name.slice(1);
    if (name[0] === '?') element.toggleAttribute(bare, !!value && value !== nothing);
    else if (name[0] === '.') (element as unknown as Record<string, unknown>)[bare] = value === nothing ? undefined : value;
    // one listener for the element's life, calling whichever handler the last render gave
    else if (name[0] === '@') last || element.addEventListener(bare, (event) => (this.#last![0] as ((event: Event) => void) | undefined)?.(event));
    else if (values.some((item) => item === nothing || item == null)) element.removeAttribute(name);
    else element.setAttribute(name, this.#statics.reduce((text, part, index) => text + String(values[index - 1]) + part));
  }
}

/** The content between two comments: text, a template, a list, or nothing. */
class ChildPart implements Part {
  readonly size = 1;
  #text: Text | undefined;
  #instance: TemplateInstance | undefined;
  #items: ChildPart[] | undefined;

  readonly #start: ChildNode;
  readonly #end: ChildNode;

  constructor(start: ChildNode, end: ChildNode) {
    this.#start = start;
    this.#end = end;
  }

  set(values: readonly unknown[], from: number): void {
    const value = values[from];
    if (value instanceof TemplateResult) {
      let instance = this.#instance;
      if (instance?.strings === value.strings) {
        instance.update(value.values);
      } else {
        instance = new TemplateInstance(value.strings);
        instance.update(value.values);
        this.clear();
        this.#instance = instance;
        this.#insert(instance.fragment);
      }
    } else if (Array.isArray(value)) {
      if (!this.#items) {
        this.clear();
        this.#items = [];
      }
      const items = this.#items;
      for (let index = 0; index < value.length; index++) {
        if (!items[index]) {
          const start = this.#insert(document.createComment(''));
          items[index] = new ChildPart(start, this.#insert(document.createComment('')));
        }
        items[index]!.set(value, index);
      }
      for (const extra of items.splice(value.length)) {
        extra.clear();
        extra.#start.remove();
        extra.#end.remove();
      }
    } else if (value === nothing || value == null) {
      this.clear();
    } else if (this.#text) {
      this.#text.data = String(value);
    } else {
      this.clear();
      this.#text = this.#insert(document.createTextNode(String(value)));
    }
  }

  /** Removes what it shows. */
  clear(): void {
    const start = this.#start;
    while (start.nextSibling !== this.#end) start.nextSibling!.remove();
    this.#text = this.#instance = this.#items = undefined;
  }

  #insert<N extends Node>(node: N): N {
    this.#end.before(node);
    return node;
  }
}

class TemplateInstance {
  readonly fragment: DocumentFragment;
  readonly #parts: Part[] = [];

  constructor(readonly strings: TemplateStringsArray) {
    let found = compiled.get(strings);
    if (!found) compiled.set(strings, (found = compile(strings)));
    this.fragment = document.importNode(found.template.content, true);
    const walker = document.createTreeWalker(this.fragment, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Comment) {
        if (node.data !== MARKER) continue;
        node.data = '';
        const start = document.createComment('');
        node.before(start);
        this.#parts.push(new ChildPart(start, node));
        continue;
      }
      const element = node as Element;
      for (const { name, value } of [...element.attributes]) {
        if (!name.startsWith(MARKER)) continue;
        element.removeAttribute(name);
        const written = found.names[Number(name.slice(MARKER.length))]!;
        const statics = value.split(MARKER);
        this.#parts.push(new AttributePart(element, written, statics));
      }
    }
  }

  update(values: readonly unknown[]): void {
    let index = 0;
    for (const part of this.#parts) {
      part.set(values, index);
      index += part.size;
    }
  }
}

const ROOT_PART = Symbol('cif-template');

/**
 * Renders `value` at the end of `container`; rendering again into the same container updates what
 * it rendered there.
 */
export function render(value: unknown, container: Element | DocumentFragment): void {
  const owner = container as (Element | DocumentFragment) & { [ROOT_PART]?: ChildPart };
  let part = owner[ROOT_PART];
  if (!part) {
    const start = container.appendChild(document.createComment(''));
    part = owner[ROOT_PART] = new ChildPart(start, container.appendChild(document.createComment('')));
  }
  part.set([value], 0);
}
