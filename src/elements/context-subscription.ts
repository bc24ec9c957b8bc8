/**
 * Subscribes an element to one of the workspace's contexts through the context protocol, without
 * Lit's ContextConsumer: that controller re-renders its host on every change, and a tab must
 * re-render only when its own tab changed (the cost of a change is proportional to what changed).
 * The callback decides what to do with each value.
 */
import type { Context } from '@lit/context';
import { requestContext } from './context-protocol.js';
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { workspaceContext } from '../context.js';
import type { WorkspaceState } from '../core/workspace/state.js';

/** Asks the nearest host for the context's value, now and at every change; returns how to stop. */
export function subscribeTo<T>(element: HTMLElement, context: Context<unknown, T>, receive: (value: T) => void): () => void {
  let current: (() => void) | undefined;
  requestContext(
    element,
    context,
    (value, unsubscribe) => {
      // a provider may answer again (re-parenting): keep only the latest subscription
      if (unsubscribe !== current) current?.();
      current = unsubscribe;
      receive(value);
    },
    true,
  );
  return () => {
    current?.();
    current = undefined;
  };
}

export const subscribeToWorkspace = (element: HTMLElement, receive: (state: WorkspaceState) => void): (() => void) =>
  subscribeTo(element, workspaceContext, receive);

/** The same, for an element with controllers: subscribed while connected. */
export class ContextSubscription<T> implements ReactiveController {
  #stop: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly context: Context<unknown, T>,
    private readonly receive: (value: T) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = subscribeTo(this.host, this.context, this.receive);
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}
