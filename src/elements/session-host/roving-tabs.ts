/**
 * Keyboard access for a tab list, after the WAI-ARIA tabs pattern: one tab stop (the selected
 * tab), arrows move and activate (RTL-aware, wrapping), Home/End jump, Delete closes where
 * closable. The list is re-rendered from state, so focus is restored to the selected tab after a
 * render that this controller caused.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingTabsOptions {
  /** The `part` name of the list's container in the host's shadow root. */
  container: string;
  orientation: 'horizontal' | 'vertical';
  onClose: (id: string) => Promise<unknown>;
}

type Host = ReactiveControllerHost & HTMLElement;

export class RovingTabsController implements ReactiveController {
  #refocus = false;

  constructor(
    private readonly host: Host,
    private readonly options: RovingTabsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  readonly onKeydown = (event: KeyboardEvent): void => {
    // a key the page took, or one held with a modifier (a shortcut's), is not the list's
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const tabs = this.#tabs();
    const current = (event.target as HTMLElement).closest<HTMLElement>('[role="tab"]');
    if (!current || tabs.length === 0) return;
    const index = tabs.indexOf(current);
    const target = this.#targetIndex(event.key, index, tabs.length);
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
      const id = current.dataset.sessionId ?? current.dataset.tabId;
      if (id) void this.options.onClose(id).catch(() => {});
    }
  };

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
