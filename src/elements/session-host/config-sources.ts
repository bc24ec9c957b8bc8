/**
 * Where a host's configuration comes from (contract section 3): a child
 * `<script type="application/json">`, the `config-src` URL, or the `config` property, in any
 * order. Each is validated; a good one is handed to the host, a bad one is reported (console and
 * `cif-config-error`), never thrown. It also tells the host whether a configuration is still on
 * its way, so readiness waits for it, and only for it: a host with none is ready at once with
 * the built-in templates.
 */
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import type { ResolvedConfig } from '../../core/config/types.js';
import { validateConfig } from '../../core/config/validate.js';
import { CifError } from '../../core/errors.js';
import { CifConfigErrorEvent } from '../../events/notifications.js';

type Host = ReactiveControllerHost & HTMLElement;

export class ConfigSources implements ReactiveController {
  /** A configuration arrived; until then the built-ins serve. */
  #received = false;
  /** The `config-src` being fetched: readiness waits for it. */
  #fetching: string | null = null;
  #fetched: string | null = null;

  constructor(
    private readonly host: Host,
    private readonly apply: (config: ResolvedConfig) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#readInline();
    // the parser may not have reached the inline script yet
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', this.#onParsed, { once: true });
  }

  hostDisconnected(): void {
    document.removeEventListener('DOMContentLoaded', this.#onParsed);
  }

  /** True while a configuration is on its way: a `config-src` fetch, or an inline script not parsed yet. */
  get awaited(): boolean {
    if (this.#received) return false;
    return this.#fetching !== null || !this.#parsedYet();
  }

  /** Resolves at once, or, while the parser may still write an inline configuration, once it is read. */
  get parsed(): Promise<void> | undefined {
    if (this.#received || this.#parsedYet()) return undefined;
    // registered after #onParsed (hostConnected), so the configuration is in when this resolves
    return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
  }

  /**
   * Whether the parser is done with the host's children, reading the inline script if so: the
   * parser inserts a script before its text, and deferred scripts run before DOMContentLoaded.
   */
  #parsedYet(): boolean {
    if (document.readyState === 'loading') return false;
    this.#readInline();
    return true;
  }

  /** Validates and applies `value`; rejects with the reported error when it is invalid. */
  set(value: unknown): Promise<void> {
    try {
      this.#accept(validateConfig(value));
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(this.#report(error));
    }
  }

  /** The `config-src` attribute changed: fetch it unless it is the one already fetched. */
  fetchIfNew(url: string | null): void {
    if (url && url !== this.#fetched) void this.#fetch(url);
  }

  #onParsed = (): void => {
    this.#readInline();
    this.host.requestUpdate();
  };

  #inlineScript(): Element | null {
    return this.host.querySelector(':scope > script[type="application/json"]');
  }

  /** Read once: an invalid one is reported once. */
  #inlineRead = false;

  #readInline(): void {
    const script = this.#inlineScript();
    if (!script || this.#received || this.#inlineRead) return;
    this.#inlineRead = true;
    try {
      this.#accept(validateConfig(JSON.parse(script.textContent ?? '')));
    } catch (error) {
      this.#report(error);
    }
  }

  async #fetch(url: string): Promise<void> {
    this.#fetched = this.#fetching = url;
    try {
      const response = await fetch(url);
      if (!response.ok) throw new CifError('INVALID_CONFIG', `config-src: ${url} answered ${response.status}`);
      this.#accept(validateConfig(await response.json()));
    } catch (error) {
      this.#report(error);
    } finally {
      // a configuration that cannot be had leaves the built-ins in force: the host comes up regardless
      if (this.#fetching === url) this.#fetching = null;
      this.host.requestUpdate();
    }
  }

  #accept(config: ResolvedConfig): void {
    this.#received = true;
    this.apply(config);
  }

  #report(error: unknown): CifError {
    const cif = error instanceof CifError ? error : new CifError('INVALID_CONFIG', `config: ${(error as Error).message}`);
    console.error(`cif-workspace: ${cif.message}`);
    this.host.dispatchEvent(new CifConfigErrorEvent(cif));
    return cif;
  }
}
