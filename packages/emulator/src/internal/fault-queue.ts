import { EmulatorOptionError } from '../emulator-option-error';
import type { InjectOptions } from '../inject-options';
import { MAX_QUEUED_FAULTS } from './limits';
import { validateFault, type QueuedFault } from './validate-fault';

export type { QueuedFault } from './validate-fault';

interface RouteFaults {
  readonly method: string | undefined;
  readonly matches: (pathname: string) => boolean;
  readonly faults: QueuedFault[];
}

function matcher(path: string): (pathname: string) => boolean {
  if (!path.includes('{')) return (pathname) => pathname === path;
  const escaped = path
    .split(/\{[^}]*\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  const pattern = new RegExp(`^${escaped}$`);
  return (pathname) => pattern.test(pathname);
}

/** Injected faults, queued per route (method + path) in the order they were added. */
export class FaultQueue {
  readonly #routes = new Map<string, RouteFaults>();
  #count = 0;

  /** Validates and queues a fault; throws {@link EmulatorOptionError} naming the bad option. */
  add(options: InjectOptions): void {
    const fault = validateFault(options);
    if (this.#count >= MAX_QUEUED_FAULTS) {
      throw new EmulatorOptionError(
        'inject',
        `cannot queue more than ${MAX_QUEUED_FAULTS} faults: use times, or reset()`,
      );
    }
    const key = `${fault.method ?? '*'} ${fault.path}`;
    let route = this.#routes.get(key);
    if (route === undefined) {
      route = { method: fault.method, matches: matcher(fault.path), faults: [] };
      this.#routes.set(key, route);
    }
    route.faults.push(fault);
    this.#count += 1;
  }

  /** Takes one use of the first fault queued for this request, if any. */
  take(method: string, pathname: string): QueuedFault | undefined {
    if (this.#count === 0) return undefined;
    for (const route of this.#routes.values()) {
      const fault = route.faults[0];
      if (fault === undefined || (route.method !== undefined && route.method !== method)) continue;
      if (!route.matches(pathname)) continue;
      fault.remaining -= 1;
      if (fault.remaining === 0) {
        route.faults.shift();
        this.#count -= 1;
      }
      return fault;
    }
    return undefined;
  }

  /** Whether any fault is queued. */
  get pending(): boolean {
    return this.#count > 0;
  }

  /** Forgets every queued fault. */
  clear(): void {
    this.#routes.clear();
    this.#count = 0;
  }
}
