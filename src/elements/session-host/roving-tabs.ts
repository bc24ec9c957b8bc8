/**
 * Keyboard access for a tab list, after the WAI-ARIA tabs pattern: one tab stop (the selected
 * tab), arrows move and activate (RTL-aware, wrapping), Home/End jump, Delete closes where
 * closable. The list is re-rendered from state, so focus is restored to the selected tab after a
 * render that this controller caused.
 *
 * Reordering: a movable tab (`draggable`; never the first, Home or the anchor) moves one place
 * with Control+Shift and an arrow, or is dragged onto another tab's place. Only the order
 * changes: pages live elsewhere and never reload.
 */
import type { ReactiveControllerHost } from '@lit/reactive-element';

export interface RovingTabsOptions {
  /** The `part` name of the list's container in the host's shadow root. */
  container: string;
  orientation: 'horizontal' | 'vertical';
  onClose: (id: string) => Promise<unknown>;
  /** Moves the item with this id to `index` in the list. */
  onMove: (id: string, index: number) => unknown;
}

type Host = ReactiveControllerHost & HTMLElement;

export class RovingTabs {
  #refocus = false;
  /** The tab being dragged. */
  #dragged: HTMLElement | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: RovingTabsOptions,
  ) {
    // heard on the host, for the list inside its shadow root: the list is re-rendered, the host stays
    host.addEventListener('keydown', this.#onKeydown);
    host.addEventListener('dragstart', this.#onDragStart);
    host.addEventListener('dragover', this.#onDragOver);
    host.addEventListener('drop', this.#onDrop);
  }

  /** The tab of this list the event happened on, if any. */
  #tabOf(event: Event): HTMLElement | undefined {
    const tab = (event.composedPath()[0] as Element).closest?.<HTMLElement>('[role="tab"]');
    return tab && this.#tabs().includes(tab) ? tab : undefined;
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    const current = this.#tabOf(event);
    if (event.defaultPrevented || !current) return;
    const tabs = this.#tabs();
    const index = tabs.indexOf(current);
    const target = this.#targetIndex(event.key, index, tabs.length);
    const { ctrlKey, altKey, metaKey } = event;
    if (ctrlKey && event.shiftKey && !altKey && !metaKey && event.key.startsWith('Arrow')) {
      // one place along, never onto the first (Home, the anchor) or around the end
      if (current.draggable && target && Math.abs(target - index) === 1) {
        event.preventDefault();
        this.#move(current, target);
      }
      return;
    }
    // a key held with a modifier (a shortcut's) is not the list's
    if (altKey || ctrlKey || metaKey) return;
    if (target !== undefined) {
      event.preventDefault();
      tabs[target]!.focus();
      tabs[target]!.click();
      this.#refocus = true;
      return;
    }
    if (event.key === 'Delete' && current.hasAttribute('aria-keyshortcuts')) {
      event.preventDefault();
      this.#refocus = true;
      void this.options.onClose(this.#idOf(current)).catch(() => {});
    }
  };

  readonly #onDragStart = (event: DragEvent): void => {
    const tab = this.#tabOf(event);
    if (!tab?.draggable || !event.dataTransfer) return;
    this.#dragged = tab;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', tab.title);
  };

  /** Over another tab of this list, after the first: a drop moves the dragged tab to its place. */
  readonly #onDragOver = (event: DragEvent): void => {
    if (this.#dropIndex(event)) event.preventDefault();
  };

  readonly #onDrop = (event: DragEvent): void => {
    const index = this.#dropIndex(event);
    if (!index) return;
    event.preventDefault();
    this.#move(this.#dragged!, index);
    this.#dragged = undefined;
  };

  /** Where a drop would put the dragged tab; 0 (never a place) when nowhere. */
  #dropIndex(event: DragEvent): number {
    const over = this.#tabOf(event);
    return over && this.#dragged && this.#tabs().includes(this.#dragged) ? Math.max(0, this.#tabs().indexOf(over)) : 0;
  }

  #move(tab: HTMLElement, index: number): void {
    this.#refocus = tab.getAttribute('aria-selected') === 'true';
    this.options.onMove(this.#idOf(tab), index);
  }

  #idOf(tab: HTMLElement): string {
    return tab.dataset.sessionId ?? tab.dataset.tabId!;
  }

  /** After the next render, focus goes to the selected tab (the selection changed from the keyboard elsewhere). */
  focusSelectedAfterRender(): void {
    this.#refocus = true;
  }

  /** Called by the host after each render. */
  afterRender(): void {
    if (!this.#refocus) return;
    this.#refocus = false;
    this.#tabs().find((tab) => tab.getAttribute('aria-selected') === 'true')?.focus();
  }

  #targetIndex(key: string, index: number, count: number): number | undefined {
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const [previous, next] =
      this.options.orientation === 'vertical'
        ? ['ArrowUp', 'ArrowDown']
        : rtl
          ? ['ArrowRight', 'ArrowLeft']
          : ['ArrowLeft', 'ArrowRight'];
    if (key === next) return (index + 1) % count;
    if (key === previous) return (index - 1 + count) % count;
    if (key === 'Home') return 0;
    if (key === 'End') return count - 1;
    return undefined;
  }

  /** The tabs of the list, which is the element with the container's part or inside it. */
  #tabs(): HTMLElement[] {
    return [...(this.host.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${this.options.container}"] [role="tab"]`) ?? [])];
  }
}
