/**
 * Subscribes an element to the workspace snapshot through the context protocol, without Lit's
 * ContextConsumer: that controller re-renders its host on every change, and a tab must re-render
 * only when its own tab changed (the cost of a change is proportional to what changed). The
 * callback decides what to do with each snapshot.
 */
import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { workspaceContext } from '../context.js';
import type { WorkspaceState } from '../core/workspace/state.js';

/** Asks the nearest host for the snapshot, now and at every change; returns how to stop. */
export function subscribeToWorkspace(element: HTMLElement, receive: (state: WorkspaceState) => void): () => void {
  let current: (() => void) | undefined;
  element.dispatchEvent(
    new ContextEvent(
      workspaceContext,
      element,
      (state, unsubscribe) => {
        // a provider may answer again (re-parenting): keep only the latest subscription
        if (unsubscribe !== current) current?.();
        current = unsubscribe;
        receive(state);
      },
      true,
    ),
  );
  return () => {
    current?.();
    current = undefined;
  };
}

/** The same, for a Lit element: subscribed while connected. */
export class WorkspaceSubscription implements ReactiveController {
  #stop: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly receive: (state: WorkspaceState) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = subscribeToWorkspace(this.host, this.receive);
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}
