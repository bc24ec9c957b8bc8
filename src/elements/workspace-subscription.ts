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

export class WorkspaceSubscription implements ReactiveController {
  #unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly receive: (state: WorkspaceState) => void,
    private readonly enabled: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.enabled()) return; // the state is pushed to this element directly
    this.host.dispatchEvent(
      new ContextEvent(
        workspaceContext,
        this.host,
        (state, unsubscribe) => {
          // a provider may answer again (re-parenting): keep only the latest subscription
          if (unsubscribe !== this.#unsubscribe) this.#unsubscribe?.();
          this.#unsubscribe = unsubscribe;
          this.receive(state);
        },
        true,
      ),
    );
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
