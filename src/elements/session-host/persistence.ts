/**
 * When a host restores and saves its workspace (contract section 5, "Persistence"): once it is
 * ready (its configuration is in, its `id` and `persist` are known), it restores the stored
 * snapshot, merged with anything opened meanwhile, and from then on saves every change. A host
 * that leaves the page lets go of its storage slot and takes one again when it comes back; its
 * state never left. Where the snapshot lives is snapshot-store.ts's business.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseSnapshot, serializeSnapshot } from '../../core/persistence/snapshot.js';
import type { WorkspaceState } from '../../core/workspace/state.js';
import type { Workspace } from '../../core/workspace/workspace.js';
import { CifRestoreFailedEvent } from '../../events/notifications.js';
import { SnapshotStore, type PersistMode } from './snapshot-store.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly persist: PersistMode };

export class Persistence implements ReactiveController {
  #store: SnapshotStore | undefined;
  /** False until the stored snapshot was read: never overwrite one we have not read. */
  #saving = false;

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
      if (text) this.#restore(store, text);
      this.#saving = true;
      this.save(this.workspace.state);
      this.restored();
    });
  }

  /** A workspace with nothing but Home frees its place. */
  save(state: WorkspaceState): void {
    const store = this.#store;
    if (this.#saving && store?.writable) store.save(state.sessions.length > 1 ? serializeSnapshot(state) : null);
  }

  hostConnected(): void {
    // back in the page: take a place for the snapshot again, without taking another tab's
    this.#store?.open(() => this.save(this.workspace.state), false);
  }

  hostDisconnected(): void {
    this.#store?.close();
  }

  #restore(store: SnapshotStore, text: string): void {
    try {
      this.workspace.restore(parseSnapshot(text));
    } catch (error) {
      const reason = (error as Error).message;
      console.warn(`cif-workspace: discarded the stored workspace (${reason})`);
      store.discard();
      this.host.dispatchEvent(new CifRestoreFailedEvent(reason));
    }
  }
}
