/**
 * Handlers registered with `addHandler(eventName, handler)`. Dynamics delivers their payload as a
 * JSON string (`JSON.parse(paramStr).sessionId`), so this does too. A handler that throws or
 * rejects does not stop the others; `raiseEvent` resolves true when some handler heard it.
 */
import { isNonEmptyString } from '../core/json.js';
import { invalidInput } from '../core/validation.js';

export type CifHandler = (payload: string) => unknown;

/** `name` when it can name an event: a non-empty string (a provider's, of at most `maxLength` characters). */
export function checkEventName(name: unknown, maxLength = Infinity): string {
  if (!isNonEmptyString(name) || name.length > maxLength) invalidInput('eventName', 'must be a non-empty string');
  return name;
}

export class HandlerRegistry {
  readonly #handlers = new Map<string, Set<CifHandler>>();

  add(name: unknown, handler: unknown): void {
    if (typeof handler !== 'function') invalidInput('handler', 'must be a function');
    const eventName = checkEventName(name);
    let set = this.#handlers.get(eventName);
    if (!set) this.#handlers.set(eventName, (set = new Set()));
    set.add(handler as CifHandler);
  }

  /** True when the handler was registered (under a name, which is a string: nothing else finds one). */
  remove(name: unknown, handler: unknown): boolean {
    return this.#handlers.get(name as string)?.delete(handler as CifHandler) ?? false;
  }

  emit(name: string, payload: string): boolean {
    const handlers = [...(this.#handlers.get(name) ?? [])];
    for (const handler of handlers) {
      try {
        void Promise.resolve(handler(payload)).catch((error: unknown) => reportHandlerError(name, error));
      } catch (error) {
        reportHandlerError(name, error);
      }
    }
    return handlers.length > 0;
  }
}

function reportHandlerError(name: string, error: unknown): void {
  console.error(`cif-workspace: a handler of "${name}" failed:`, error);
}

/** A raised event's parameters as the JSON string handlers receive (a Map becomes an object). */
export function payloadString(parameters: unknown): string {
  if (typeof parameters === 'string') return parameters;
  const plain = parameters instanceof Map ? Object.fromEntries(parameters) : parameters;
  return JSON.stringify(plain ?? {});
}
