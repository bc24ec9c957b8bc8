/**
 * When a host restores and saves its workspace (contract section 5, "Persistence"): once it is
 * ready (its configuration is in, its `id` and `persist` are known), it restores the stored
 * snapshot, merged with anything opened meanwhile, and from then on saves every change. A host
 * that leaves the page lets go of its storage slot and takes one again when it comes back; its
 * state never left. Where the snapshot lives is snapshot-store.ts's business.
 */
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { parseSnapshot, serializeSnapshot } from '../../core/persistence/snapshot.js';
import type { WorkspaceState } from '../../core/workspace/state.js';
import type { Workspace } from '../../core/workspace/workspace.js';
import { CifRestoreFailedEvent } from '../../events/notifications.js';
import { SnapshotStore, type PersistMode } from './snapshot-store.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly persist: PersistMode };

export class Persistence implements ReactiveController {
  /** Saves nowhere until it holds a place, and it reads that place's snapshot first. */
  #store: SnapshotStore | undefined;

  constructor(
    private readonly host: Host,
    private readonly workspace: Workspace,
    private readonly restored: () => void,
  ) {
    host.addController(this);
  }

  get started(): boolean {
    return this.#store !== undefined;
  }

  /** Restores the stored workspace, then calls `restored` (at once for sessionStorage, after a lock for localStorage). */
  start(): void {
    const store = (this.#store = new SnapshotStore(this.host.persist, this.host.id || 'default'));
    store.open((text) => {
      if (text) this.#restore(text);
      this.save(this.workspace.state);
      this.restored();
    });
  }

  /** A workspace with nothing but Home frees its place. */
  save(state: WorkspaceState): void {
    // serialized only when it will be written somewhere (not with persist="none", not before the slot is read)
    if (this.#store?.writable) this.#store.save(state.sessions.length > 1 ? serializeSnapshot(state) : null);
  }

  hostConnected(): void {
    // back in the page: take a place for the snapshot again, without taking another tab's
    this.#store?.open(() => this.save(this.workspace.state), false);
  }

  hostDisconnected(): void {
    this.#store?.close();
  }

  #restore(text: string): void {
    try {
      this.workspace.restore(parseSnapshot(text));
    } catch (error) {
      const reason = (error as Error).message;
      console.warn(`cif-workspace: discarded the stored workspace (${reason})`);
      // what is in memory replaces it (nothing but Home: nothing)
      this.save(this.workspace.state);
      this.host.dispatchEvent(new CifRestoreFailedEvent(reason));
    }
  }
}
