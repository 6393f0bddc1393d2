import type { InjectOptions } from '../inject-options';

/** A validated fault with its remaining uses. */
export interface QueuedFault {
  readonly status: number | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly delayMs: number;
  readonly dropConnection: boolean;
  readonly commit: boolean;
  remaining: number;
}

interface RouteFaults {
  readonly method: string | undefined;
  readonly matches: (pathname: string) => boolean;
  readonly faults: QueuedFault[];
}

function fail(message: string): never {
  throw new TypeError(`[@acct/emulator] inject: ${message}`);
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

function validate(options: InjectOptions): QueuedFault {
  if (options === null || typeof options !== 'object') fail('pass an object { path, ... }');
  const { path, method, status, headers = {}, delayMs = 0, times = 1 } = options;
  if (typeof path !== 'string' || !path.startsWith('/')) fail('path must start with "/"');
  if (method !== undefined && (typeof method !== 'string' || method === '')) {
    fail('method must be a non-empty string');
  }
  if (status !== undefined && !(Number.isInteger(status) && status >= 200 && status <= 599)) {
    fail('status must be an integer from 200 to 599');
  }
  if (headers === null || typeof headers !== 'object') fail('headers must be an object');
  if (!(typeof delayMs === 'number' && delayMs >= 0 && Number.isFinite(delayMs))) {
    fail('delayMs must be a finite number >= 0');
  }
  if (!(Number.isInteger(times) && times >= 1)) fail('times must be an integer >= 1');
  const lowered: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) lowered[name.toLowerCase()] = String(value);
  return {
    status,
    headers: lowered,
    body: options.body,
    delayMs,
    dropConnection: options.dropConnection === true,
    commit: options.commit === true,
    remaining: times,
  };
}

/** Injected faults, queued per route (method + path) in the order they were added. */
export class FaultQueue {
  readonly #routes = new Map<string, RouteFaults>();
  #count = 0;

  /** Validates and queues a fault; throws a TypeError naming the bad option. */
  add(options: InjectOptions): void {
    const fault = validate(options);
    const method = options.method?.toUpperCase();
    const key = `${method ?? '*'} ${options.path}`;
    let route = this.#routes.get(key);
    if (route === undefined) {
      route = { method, matches: matcher(options.path), faults: [] };
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
