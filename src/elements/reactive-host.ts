import { render } from './template.js';
import { adoptStyles, type Styles } from './styles.js';
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

export interface PropertyOptions {
  /** The attribute's name; the property's own name lowercased by default; false for none. */
  readonly attribute?: string | boolean;
  readonly type?: typeof Number | typeof Boolean;
  /** Writes the property back to its attribute at each update. */
  readonly reflect?: boolean;
  /** Internal state: no attribute. */
  readonly state?: boolean;
}

/** The properties an update is about, with the values they had before it. */
export type PropertyValues = Map<PropertyKey, unknown>;

type Initializer = (element: ReactiveHost) => void;

/** Per class: attribute name → property name, filled when the class is first used. */
const ATTRIBUTES = new WeakMap<object, Map<string, string>>();
/** Per element: the values of its declared properties, behind their accessors. */
const VALUES = new WeakMap<ReactiveHost, Map<string, unknown>>();

/**
 * The element base our rendered elements share, with only what they use: declared properties
 * mirrored from (and, where asked, to) attributes; one update per microtask after a change
 * (willUpdate → render into the shadow root → updated), first once the element is in the page;
 * `updateComplete`; the ReactiveController protocol (the controllers in session-host/ use it);
 * styles adopted into an open shadow root. It stands in for Lit's ReactiveElement and LitElement,
 * which cost 2,009 B gzip of the script-tag bundle, mostly for features these elements never use;
 * this costs about 800 B. Templates (template.ts), stylesheets (styles.ts) and the context provider
 * (context-protocol.ts) are our own too, for the same reason.
 *
 * @ignore a base, not an element: its members are documented on the elements' own pages
 */
export abstract class ReactiveHost extends HTMLElement implements ReactiveControllerHost {
  static styles?: Styles | readonly Styles[];
  static properties: Readonly<Record<string, PropertyOptions>> = {};
  static initializers?: Initializer[];

  /** Runs `initializer` on every element of this class, as it is constructed. */
  static addInitializer(initializer: Initializer): void {
    if (!Object.hasOwn(this, 'initializers')) this.initializers = [...(this.initializers ?? [])];
    this.initializers!.push(initializer);
  }

  static get observedAttributes(): string[] {
    return [...attributesOf(this).keys()];
  }

  readonly renderRoot: ShadowRoot;
  #controllers = new Set<ReactiveController>();
  #changed: PropertyValues = new Map();
  /** Values of declared properties set before the class was defined, taken over at connection. */
  #early: Map<string, unknown>;
  #pending = false;
  #willUpdating = false;
  #reflecting: string | undefined;
  #connected!: () => void;
  readonly #firstConnection = new Promise<void>((resolve) => (this.#connected = resolve));
  #updateComplete: Promise<boolean> = Promise.resolve(true);

  constructor() {
    super();
    const type = this.constructor as typeof ReactiveHost;
    this.#early = takeEarlyProperties(this, Object.keys(type.properties));
    this.renderRoot = this.attachShadow({ mode: 'open' });
    if (type.styles) adoptStyles(this.renderRoot, [type.styles].flat());
    for (const initialize of type.initializers ?? []) initialize(this);
  }

  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.#controllers.delete(controller);
  }

  get updateComplete(): Promise<boolean> {
    return this.#updateComplete;
  }

  get isUpdatePending(): boolean {
    return this.#pending;
  }

  connectedCallback(): void {
    for (const [name, value] of this.#early) (this as Record<string, unknown>)[name] = value;
    this.#early.clear();
    this.#connected();
    for (const controller of this.#controllers) controller.hostConnected?.();
  }

  disconnectedCallback(): void {
    for (const controller of this.#controllers) controller.hostDisconnected?.();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const name = attributesOf(this.constructor as typeof ReactiveHost).get(attribute);
    if (!name || name === this.#reflecting) return;
    const { type } = (this.constructor as typeof ReactiveHost).properties[name]!;
    (this as Record<string, unknown>)[name] = type === Boolean ? value !== null : type === Number ? (value === null ? null : Number(value)) : value;
  }

  /** A declared property changed (or, without a name, something else the render reads). */
  requestUpdate(name?: string, old?: unknown): void {
    if (name !== undefined && !this.#changed.has(name)) this.#changed.set(name, old);
    // a change made in willUpdate is part of the update under way
    if (this.#pending || this.#willUpdating) return;
    this.#pending = true;
    this.#updateComplete = this.#update();
  }

  async #update(): Promise<boolean> {
    // one microtask at least (as Lit: what changes in the same task updates once), and the first
    // update only once the element is in the page
    await this.#firstConnection;
    const changed = this.#changed;
    this.#changed = new Map();
    this.#willUpdating = true;
    try {
      this.willUpdate(changed);
    } finally {
      this.#willUpdating = false;
    }
    for (const [name, old] of this.#changed) if (!changed.has(name)) changed.set(name, old);
    this.#changed = new Map();
    for (const controller of this.#controllers) controller.hostUpdate?.();
    this.#reflect(changed);
    render(this.render(), this.renderRoot);
    this.#pending = false;
    for (const controller of this.#controllers) controller.hostUpdated?.();
    this.updated(changed);
    return !this.#pending;
  }

  #reflect(changed: PropertyValues): void {
    const { properties } = this.constructor as typeof ReactiveHost;
    for (const [attribute, name] of attributesOf(this.constructor as typeof ReactiveHost)) {
      if (!properties[name]!.reflect || !changed.has(name)) continue;
      const value = (this as Record<string, unknown>)[name];
      this.#reflecting = name;
      if (value === false || value == null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value === true ? '' : String(value));
      this.#reflecting = undefined;
    }
  }

  /** Before each render: derive state from what changed; changes made here join this update. */
  protected willUpdate(_changed: PropertyValues): void {}

  /** What the shadow root shows: a Lit template (or `nothing`). */
  protected abstract render(): unknown;

  /** After each render. */
  protected updated(_changed: PropertyValues): void {}

}

/**
 * The values of `names` set on `element` before its class was defined: own properties that hide
 * the class's accessors. They are removed, for the caller to set again through the accessors.
 */
export function takeEarlyProperties(element: HTMLElement, names: readonly string[]): Map<string, unknown> {
  const early = new Map<string, unknown>();
  for (const name of names) {
    if (!Object.hasOwn(element, name)) continue;
    early.set(name, (element as unknown as Record<string, unknown>)[name]);
    delete (element as unknown as Record<string, unknown>)[name];
  }
  return early;
}

/** A class's attribute map, defining its property accessors on first use. */
function attributesOf(type: typeof ReactiveHost): Map<string, string> {
  let attributes = ATTRIBUTES.get(type);
  if (attributes) return attributes;
  attributes = new Map(Object.getPrototypeOf(type) === ReactiveHost ? [] : attributesOf(Object.getPrototypeOf(type)));
  for (const [name, options] of Object.entries(Object.hasOwn(type, 'properties') ? type.properties : {})) {
    if (!options.state && options.attribute !== false) attributes.set(typeof options.attribute === 'string' ? options.attribute : name.toLowerCase(), name);
    Object.defineProperty(type.prototype, name, {
      get(this: ReactiveHost) {
        return VALUES.get(this)?.get(name);
      },
      set(this: ReactiveHost, value: unknown) {
        let values = VALUES.get(this);
        if (!values) VALUES.set(this, (values = new Map()));
        const old = values.get(name);
        if (values.has(name) && Object.is(old, value)) return;
        values.set(name, value);
        this.requestUpdate(name, old);
      },
      configurable: true,
    });
  }
  ATTRIBUTES.set(type, attributes);
  return attributes;
}
