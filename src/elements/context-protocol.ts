/**
 * Our side of the context protocol, the one @lit/context defines: a consumer dispatches a
 * bubbling, composed `context-request` event carrying the context key and a callback; the nearest
 * provider of that key stops it and calls back with the value, and again at every change when the
 * consumer subscribed. Keys come from @lit/context's `createContext`, so Lit's `ContextConsumer`
 * and `@consume()` read our contexts unchanged. A provider announces itself when it connects
 * (`context-provider`), so a page's Lit `ContextRoot` replays requests made before it existed.
 * Our own elements need no root: the host is defined first, so it upgrades before its children.
 *
 * Our own rather than @lit/context's classes because a script tag carries every byte: the one
 * thing the workspace needs, a provider whose value changes, costs a third of theirs.
 */
import type { Context, ContextCallback } from '@lit/context';
import type { ReactiveControllerHost } from '@lit/reactive-element';

/** A `context-request` event, with the fields @lit/context's ContextRequestEvent has. */
export interface ContextRequest<T = unknown> extends Event {
  readonly context: unknown;
  readonly contextTarget: Element;
  readonly callback: ContextCallback<T>;
  readonly subscribe?: boolean;
}

/** Asks the nearest provider of `context` above `element`. */
export function requestContext<T>(element: Element, context: Context<unknown, T>, callback: ContextCallback<T>, subscribe: boolean): void {
  element.dispatchEvent(Object.assign(new Event('context-request', { bubbles: true, composed: true }), { context, contextTarget: element, callback, subscribe }));
}

/** A host's value for one context: answers requests from below, and tells subscribers each new value. */
export class ContextValue<T> {
  #value: T;
  readonly #subscribers = new Map<ContextCallback<T>, () => void>();

  constructor(host: ReactiveControllerHost & HTMLElement, context: Context<unknown, T>, value: T) {
    this.#value = value;
    host.addEventListener('context-request', (event) => {
      if ((event as ContextRequest<T>).context === context) this.#answer(event as ContextRequest<T>);
    });
    // a provider that (re)connects says so: a context root hands it the requests that waited
    host.addController({
      hostConnected: () => host.dispatchEvent(Object.assign(new Event('context-provider', { bubbles: true, composed: true }), { context, contextTarget: host })),
    });
  }

  get value(): T {
    return this.#value;
  }

  setValue(value: T): void {
    this.#value = value;
    for (const [callback, unsubscribe] of this.#subscribers) callback(value, unsubscribe);
  }

  /** A request for our context. */
  #answer(event: ContextRequest<T>): void {
    event.stopPropagation();
    const { callback } = event;
    if (!event.subscribe) return callback(this.#value);
    // a consumer that asks again replaces its subscription; its old unsubscribe then does nothing
    const unsubscribe = () => this.#subscribers.get(callback) === unsubscribe && this.#subscribers.delete(callback);
    this.#subscribers.set(callback, unsubscribe);
    callback(this.#value, unsubscribe);
  }
}
