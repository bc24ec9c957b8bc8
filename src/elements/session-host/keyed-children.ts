/**
 * The children of a list container, one element per item, kept by key: an item that did not
 * change costs nothing, and closing the first of thirty tabs removes one element instead of
 * rewriting the twenty-nine after it (what an unkeyed `map` in a template does). The host renders
 * the container; this fills it after each render.
 */
export interface KeyedChildrenOptions<T> {
  key(item: T): string;
  /** A new element for an item; `update` then fills it in. */
  create(item: T): HTMLElement;
  /** Brings an element in line with its item (a new object) or its selection (a change). */
  update(element: HTMLElement, item: T, selected: boolean): void;
}

interface Child<T> {
  readonly element: HTMLElement;
  item: T | undefined;
  selected: boolean | undefined;
}

export class KeyedChildren<T> {
  readonly #children = new Map<string, Child<T>>();

  constructor(private readonly options: KeyedChildrenOptions<T>) {}

  /** Every element is brought in line again at the next sync (what they say changed: `host.strings`). */
  invalidate(): void {
    for (const child of this.#children.values()) child.item = undefined;
  }

  /** Without a container (the strip is not shown on Home), every element goes. */
  sync(container: Element | null, items: readonly T[], selectedKey: string | null): void {
    const { key, create, update } = this.options;
    const keys = new Set(container ? items.map(key) : []);
    for (const [childKey, child] of this.#children) {
      if (keys.has(childKey)) continue;
      child.element.remove();
      this.#children.delete(childKey);
    }
    if (!container) return;
    // the container may be new (the strip comes back after Home): elements not in it move in
    let expected = container.firstElementChild;
    for (const item of items) {
      const itemKey = key(item);
      let child = this.#children.get(itemKey);
      if (!child) this.#children.set(itemKey, (child = { element: create(item), item: undefined, selected: undefined }));
      const selected = itemKey === selectedKey;
      if (child.item !== item || child.selected !== selected) {
        update(child.element, item, selected);
        child.item = item;
        child.selected = selected;
      }
      if (child.element === expected) expected = expected.nextElementSibling;
      else container.insertBefore(child.element, expected);
    }
  }
}
