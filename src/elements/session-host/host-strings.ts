/**
 * The host's texts (`host.strings`, core/strings.ts): the table in force, how it is said in the
 * host's language, and the strings context that carries it to the panel and the workspace's own
 * record pages. A bad table is reported and the previous one stays, never thrown (frameworks set
 * properties while they render).
 */
import type { ReactiveControllerHost } from '@lit/reactive-element';
import { stringsContext } from '../../context.js';
import { ENGLISH_STRINGS, parseStrings, sayer, type Say, type Strings } from '../../core/strings.js';
import { ContextValue } from '../context-protocol.js';
import { parsedOrReported } from './page-input.js';

export class HostStrings {
  #strings: Strings = ENGLISH_STRINGS;
  #say: Say;
  readonly #context: ContextValue<Say>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** New texts: what shows them says them again. */
    private readonly changed: (say: Say) => void,
  ) {
    this.#say = this.#sayer();
    this.#context = new ContextValue(host, stringsContext, this.#say);
  }

  /** Says a text with the table in force, whenever it is called. */
  readonly say: Say = (key, values) => this.#say(key, values);

  get strings(): Strings {
    return this.#strings;
  }

  set strings(value: unknown) {
    const strings = parsedOrReported(() => (value == null ? ENGLISH_STRINGS : parseStrings(value)));
    if (!strings) return;
    this.#strings = strings;
    this.#say = this.#sayer();
    this.#context.setValue(this.#say);
    this.changed(this.#say);
  }

  /** Plural forms follow the host's language: its `lang`, or the nearest ancestor's. */
  #sayer(): Say {
    return sayer(this.#strings, () => this.host.closest<HTMLElement>('[lang]')?.lang || 'en');
  }
}
