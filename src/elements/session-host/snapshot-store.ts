/**
 * Where a host keeps its snapshot between page loads (contract section 5, "Persistence").
 *
 * - `session`: sessionStorage, which belongs to one browser tab: nothing to share.
 * - `local`: localStorage, which every tab of the origin shares. Two tabs of the same CRM page
 *   must never overwrite each other's sessions, so each tab claims a slot of its own through the
 *   Web Locks API (a lock dies with its tab, so a free slot is one no live tab holds): slot 1 is
 *   `cif-workspace:<id>`, further ones `cif-workspace:<id>#2`, `#3`, …. A tab remembers its slot
 *   in sessionStorage to find it again after a reload; a tab that starts fresh (a browser
 *   restart) takes a free slot that still holds a snapshot, so every tab's work comes back.
 * - `none`, or storage that is blocked, full or taken: the workspace lives in memory only, and
 *   says so once on the console. Nothing here ever throws into the host.
 */
import { snapshotKey } from '../../core/persistence/snapshot.js';

export type PersistMode = 'session' | 'local' | 'none';

/** Tabs of one page that can each keep their own local snapshot. */
const MAX_SLOTS = 20;
/** How long a reloading tab waits for its old document to let go of its slot's lock. */
const RELOAD_GRACE_MS = 1000;

interface LockManagerLike {
  request(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: unknown) => unknown): Promise<unknown>;
}

export class SnapshotStore {
  readonly #mode: PersistMode;
  readonly #hostId: string;
  /** The key this page writes to, once claimed; undefined: nothing is saved. */
  #key: string | undefined;
  /** The storage in use, found by open(). */
  #storage: Storage | undefined;
  #releaseLock: (() => void) | undefined;
  #closed = false;
  #saveFailed = false;

  constructor(mode: PersistMode, hostId: string) {
    this.#mode = mode === 'local' || mode === 'none' ? mode : 'session';
    this.#hostId = hostId;
  }

  /**
   * Claims this page's place and hands over the stored snapshot text (null when there is none).
   * Synchronous for sessionStorage, so restored sessions show in the first render; localStorage
   * waits for its lock. `forRestore: false` (a host re-inserted into the page) claims a place
   * without taking over another tab's snapshot.
   */
  open(receive: (text: string | null) => void, forRestore = true): void {
    this.#closed = false;
    const storage = (this.#storage = this.#findStorage());
    if (!storage) return receive(null);
    const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
    if (this.#mode === 'session' || !locks) {
      if (this.#mode === 'local') console.warn('cif-workspace: this page has no Web Locks (not a secure context), so two tabs of it share one stored workspace.');
      this.#key = snapshotKey(this.#hostId);
      return receive(forRestore ? this.#read(storage, this.#key) : null);
    }
    void this.#claimSlot(storage, locks, forRestore).then((slot) => {
      // the host left the page while the slot was being claimed: it holds none, and saves nowhere
      if (this.#closed) return receive(null);
      if (slot === undefined) {
        console.warn(`cif-workspace: every stored workspace slot of "${this.#hostId}" is in use by another tab; this tab's sessions are kept in memory only.`);
        return receive(null);
      }
      this.#key = slotKey(this.#hostId, slot);
      this.#remember(slot);
      receive(forRestore ? this.#read(storage, this.#key) : null);
    });
  }

  /** True when save() writes somewhere (a key is claimed and storage is available). */
  get writable(): boolean {
    return this.#key !== undefined && this.#storage !== undefined;
  }

  /** Writes the snapshot; a workspace with nothing in it frees its slot. */
  save(text: string | null): void {
    const key = this.#key;
    const storage = this.#storage;
    if (!key || !storage) return;
    try {
      if (text === null) storage.removeItem(key);
      else storage.setItem(key, text);
      this.#saveFailed = false;
    } catch (error) {
      // full (QuotaExceededError) or revoked: keep working in memory, and try again next change
      if (!this.#saveFailed) console.warn(`cif-workspace: could not save the workspace (${(error as Error).message}); it is kept in memory only until saving works again.`);
      this.#saveFailed = true;
    }
  }

  /** Lets go of the slot (the host left the page); `open` takes one again. */
  close(): void {
    this.#closed = true;
    this.#key = undefined;
    this.#releaseLock?.();
    this.#releaseLock = undefined;
  }

  #findStorage(): Storage | undefined {
    if (this.#mode === 'none') return undefined;
    try {
      return this.#mode === 'local' ? localStorage : sessionStorage;
    } catch (error) {
      // blocked by privacy settings or a sandboxed frame
      console.warn(`cif-workspace: ${this.#mode}Storage is not available (${(error as Error).message}); the workspace is kept in memory only.`);
      return undefined;
    }
  }

  #read(storage: Storage, key: string): string | null {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  }

  async #claimSlot(storage: Storage, locks: LockManagerLike, forRestore: boolean): Promise<number | undefined> {
    const remembered = this.#remembered();
    if (remembered !== undefined && (await this.#lock(locks, remembered, RELOAD_GRACE_MS))) return remembered;
    const slots = Array.from({ length: MAX_SLOTS }, (_, index) => index + 1).filter((slot) => slot !== remembered);
    const stored = (slot: number) => this.#read(storage, slotKey(this.#hostId, slot)) !== null;
    // fresh start: another tab's left-over work first; a re-inserted host: an empty slot first
    slots.sort((a, b) => Number(stored(b) === forRestore) - Number(stored(a) === forRestore));
    for (const slot of slots) {
      if (this.#closed) return undefined;
      if (await this.#lock(locks, slot, 0)) return slot;
    }
    return undefined;
  }

  /** Takes a slot's lock and holds it until close(); false when another tab holds it. */
  #lock(locks: LockManagerLike, slot: number, waitMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const options = waitMs > 0 ? { signal: AbortSignal.timeout(waitMs) } : { ifAvailable: true };
      locks
        .request(`${slotKey(this.#hostId, slot)} (lock)`, options, (lock) => {
          if (!lock || this.#closed) return resolve(false);
          resolve(true);
          return new Promise<void>((release) => (this.#releaseLock = release));
        })
        .catch(() => resolve(false)); // waited in vain
    });
  }

  #remembered(): number | undefined {
    try {
      const slot = Number(sessionStorage.getItem(slotMemoryKey(this.#hostId)));
      return Number.isInteger(slot) && slot >= 1 && slot <= MAX_SLOTS ? slot : undefined;
    } catch {
      return undefined;
    }
  }

  #remember(slot: number): void {
    try {
      sessionStorage.setItem(slotMemoryKey(this.#hostId), String(slot));
    } catch {
      // without sessionStorage a reload finds a free slot, possibly another one
    }
  }
}

/** Slot 1 is the contract's key; further tabs of the page get numbered ones. */
export const slotKey = (hostId: string, slot: number): string => (slot === 1 ? snapshotKey(hostId) : `${snapshotKey(hostId)}#${slot}`);
const slotMemoryKey = (hostId: string) => `${snapshotKey(hostId)}(slot)`;
