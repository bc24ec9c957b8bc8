/**
 * Handlers registered with `addHandler(eventName, handler)`. Dynamics delivers their payload as a
 * JSON string (`JSON.parse(paramStr).sessionId`), so this does too. A handler that throws or
 * rejects does not stop the others; `raiseEvent` resolves true when some handler heard it.
 */
import { CifError } from '../core/errors.js';

export type CifHandler = (payload: string) => unknown;

export class HandlerRegistry {
  readonly #handlers = new Map<string, Set<CifHandler>>();

  add(name: unknown, handler: unknown): void {
    if (typeof name !== 'string' || name === '' || typeof handler !== 'function') {
      throw new CifError('INVALID_INPUT', typeof handler === 'function' ? 'eventName: must be a non-empty string' : 'handler: must be a function');
    }
    let set = this.#handlers.get(name);
    if (!set) this.#handlers.set(name, (set = new Set()));
    set.add(handler as CifHandler);
  }

  /** True when the handler was registered. */
  remove(name: unknown, handler: unknown): boolean {
    return typeof name === 'string' && (this.#handlers.get(name)?.delete(handler as CifHandler) ?? false);
  }

  /** True when no handler is registered for any event. */
  get empty(): boolean {
    for (const set of this.#handlers.values()) if (set.size > 0) return false;
    return true;
  }

  has(name: string): boolean {
    return (this.#handlers.get(name)?.size ?? 0) > 0;
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
