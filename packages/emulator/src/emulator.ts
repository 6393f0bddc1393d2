import type { AccountSeed } from './account-seed';
import { DEMO_ACCOUNT } from './demo-account';
import type { EmulatorOptions } from './emulator-options';
import type { EmulatorRequest, EmulatorResponse } from './emulator-request';
import type { EmulatorSnapshot } from './emulator-snapshot';
import type { InjectOptions } from './inject-options';
import type { RequestLogEntry } from './request-log-entry';
import { AccountStore } from './internal/account-store';
import { checkObject } from './internal/check-object';
import { deepFreeze } from './internal/deep-freeze';
import { FaultQueue } from './internal/fault-queue';
import { faultReply } from './internal/fault-reply';
import { KnownSecrets } from './internal/known-secrets';
import { LOG_BODY_LIMIT, LOG_LIMIT } from './internal/limits';
import { processRequest, type Processed } from './internal/process-request';
import { redactFields, redactHeaders } from './internal/redact';
import { familyOf, type Reply } from './internal/reply';
import { RingBuffer } from './internal/ring-buffer';
import { sleep } from './internal/sleep';
import { traceIds } from './internal/trace-id';
import { validateRequest } from './internal/validate-request';
import { validateSeeds } from './internal/validate-seeds';

const DEMO_SEED: AccountSeed = {
  apiKey: DEMO_ACCOUNT.apiKey,
  secrets: [DEMO_ACCOUNT.apiSecret],
  balance: DEMO_ACCOUNT.balance,
  autoReload: DEMO_ACCOUNT.autoReload,
  topUpAmount: DEMO_ACCOUNT.topUpAmount,
};

function clip(body: string): string {
  return body.length <= LOG_BODY_LIMIT
    ? body
    : `${body.slice(0, LOG_BODY_LIMIT)}... [${body.length} characters in all]`;
}

function splitUrl(url: string): { pathname: string; query: string } {
  let rest = url;
  if (!rest.startsWith('/')) {
    const scheme = rest.indexOf('://');
    const slash = scheme === -1 ? -1 : rest.indexOf('/', scheme + 3);
    rest = slash === -1 ? '/' : rest.slice(slash);
  }
  const hash = rest.indexOf('#');
  if (hash !== -1) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  return q === -1
    ? { pathname: rest, query: '' }
    : { pathname: rest.slice(0, q), query: rest.slice(q + 1) };
}

/**
 * The emulator's core: one in-memory Account API (accounts, secrets held as salted hashes,
 * balances, top-ups, settings) with fault injection and a redacted request log. Both
 * {@link startEmulator} (a real node:http server) and {@link createHandlers} (msw handlers)
 * serve requests through its one {@link Emulator.handle} method.
 *
 * @example
 * ```ts
 * import { Emulator, DEMO_ACCOUNT } from '@acct/emulator';
 *
 * const emulator = new Emulator();
 * const auth = Buffer.from(`${DEMO_ACCOUNT.apiKey}:${DEMO_ACCOUNT.apiSecret}`).toString('base64');
 * const response = await emulator.handle({
 *   method: 'GET',
 *   url: '/account/get-balance',
 *   headers: { authorization: `Basic ${auth}` },
 * });
 * console.log(response.status, JSON.parse(response.body)); // 200 { value: 10.5, autoReload: true }
 * ```
 */
export class Emulator {
  readonly #initial: AccountStore;
  #store: AccountStore;
  readonly #faults = new FaultQueue();
  readonly #log = new RingBuffer<RequestLogEntry>(LOG_LIMIT);
  readonly #nextId = traceIds();
  readonly #secrets = new KnownSecrets();

  /**
   * @param options - the accounts to seed; none seeds the demo account ({@link DEMO_ACCOUNT}).
   * @throws {@link EmulatorOptionError} when `options` or a seed is invalid (the message names
   * the option, e.g. `accounts[0].secrets`, never a value).
   */
  constructor(options: EmulatorOptions = {}) {
    const { accounts } = checkObject(
      options,
      'new Emulator() options',
      ['accounts'],
      '{ accounts }',
    );
    const seeds = validateSeeds(accounts ?? [DEMO_SEED]);
    for (const seed of seeds) this.#secrets.seed(seed.secrets);
    this.#initial = AccountStore.fromSeeds(seeds);
    this.#store = this.#initial.clone();
  }

  /**
   * A deep-frozen copy of the current state (accounts by key, accepted top-ups). Secrets show
   * only their id and creation time.
   *
   * @returns a new snapshot on each read.
   */
  get state(): EmulatorSnapshot {
    return this.#store.snapshot();
  }

  /**
   * The most recent requests (up to 1,000, oldest first), credentials redacted: by name (the
   * `authorization`, `x-api-key`, `api_secret`, `secret`, `token`... headers and fields), and by
   * value (every secret the emulator knows, and any `Basic`/`Bearer` credential, wherever it
   * stands).
   *
   * @returns a frozen copy.
   */
  get requests(): readonly RequestLogEntry[] {
    return deepFreeze(this.#log.toArray());
  }

  /**
   * Queues a fault for the next `times` requests matching `method` and `path`; faults on one
   * route apply in the order queued.
   *
   * @param fault - what to match and how to fail.
   * @throws {@link EmulatorOptionError} when an option is invalid (the message names it and
   * what to pass; see the README's "Errors" section for every bound). Nothing is queued then.
   * @example
   * ```ts
   * import { Emulator } from '@acct/emulator';
   *
   * const emulator = new Emulator();
   * emulator.inject({ path: '/account/get-balance', status: 503, headers: { 'retry-after': '1' } });
   * const response = await emulator.handle({ method: 'GET', url: '/account/get-balance', headers: {} });
   * console.log(response.status, response.headers['retry-after']); // 503 1
   * ```
   */
  inject(fault: InjectOptions): void {
    this.#faults.add(fault);
  }

  /** The request log entry of one request, redacted with every secret known now. */
  #entry(
    request: EmulatorRequest,
    seen: {
      id: string;
      at: string;
      method: string;
      pathname: string;
      query: string;
      processed: Processed | undefined;
      status: number;
    },
    fault: boolean,
  ): RequestLogEntry {
    const { processed } = seen;
    if (processed?.received !== undefined) this.#secrets.receive(processed.received);
    const scrub = this.#secrets.scrub;
    let query: Record<string, string> = {};
    if (seen.query !== '') {
      const fields = Object.create(null) as Record<string, string>;
      for (const [name, value] of new URLSearchParams(seen.query)) fields[name] = value;
      query = redactFields(fields, scrub);
    }
    return {
      id: seen.id,
      at: seen.at,
      method: scrub(seen.method),
      path: scrub(seen.pathname),
      query,
      headers: redactHeaders(request.headers, scrub),
      body: clip(processed?.body(scrub) ?? ''),
      apiKey: processed?.apiKey ?? null,
      status: seen.status,
      fault,
    };
  }

  /**
   * Returns to the seeded state: accounts, secrets (same ids), balances and settings as
   * seeded; top-ups, queued faults and the request log cleared.
   *
   * @example
   * ```ts
   * import { Emulator } from '@acct/emulator';
   *
   * const emulator = new Emulator();
   * emulator.inject({ path: '/account/get-balance', status: 500 });
   * emulator.reset();
   * console.log(emulator.requests.length); // 0
   * ```
   */
  reset(): void {
    this.#store = this.#initial.clone();
    this.#faults.clear();
    this.#log.clear();
  }

  /**
   * Whether any injected fault is still queued (an adapter only needs an abort signal for
   * {@link Emulator.handle} when one is, since only a fault delays an answer).
   *
   * @returns `true` while a fault waits for its request.
   */
  get hasFaults(): boolean {
    return this.#faults.pending;
  }

  /**
   * Serves one request: the single implementation behind both adapters. Whatever the client
   * sent is answered, never thrown: an unexpected failure answers 500. Only a request object of
   * the wrong shape (an adapter's bug: `headers` not an object, `body` neither a string nor a
   * `Uint8Array`...) rejects, with {@link EmulatorOptionError}.
   *
   * @param request - method, URL, headers and raw body.
   * @param signal - aborts an injected delay (the client went away); the answer is then a drop.
   * @returns the response to write, or `dropConnection: true`.
   * @example
   * ```ts
   * import { Emulator } from '@acct/emulator';
   *
   * const response = await new Emulator().handle({ method: 'DELETE', url: '/account/get-balance', headers: {} });
   * console.log(response.status, response.headers.allow); // 405 GET
   * ```
   */
  async handle(request: EmulatorRequest, signal?: AbortSignal): Promise<EmulatorResponse> {
    validateRequest(request);
    const id = this.#nextId();
    const at = new Date().toISOString();
    const method = String(request.method).toUpperCase();
    const { pathname, query } = splitUrl(String(request.url));
    const fault = this.#faults.take(method, pathname);
    let processed: Processed | undefined;
    let reply: Reply | undefined;
    let drop = false;
    try {
      if (fault !== undefined && fault.delayMs > 0 && !(await sleep(fault.delayMs, signal))) {
        drop = true;
      } else if (fault !== undefined && (fault.status !== undefined || fault.dropConnection)) {
        if (fault.commit)
          processed = processRequest(this.#store, request, method, pathname, query, id);
        drop = fault.dropConnection;
        if (!drop) reply = faultReply(fault, familyOf(pathname), id);
      } else {
        processed = processRequest(this.#store, request, method, pathname, query, id);
        reply = processed.reply;
        if (fault !== undefined)
          reply = { ...reply, headers: { ...reply.headers, ...fault.headers } };
      }
    } catch {
      reply = {
        status: 500,
        headers: { 'content-type': 'application/problem+json' },
        body: JSON.stringify({
          type: 'https://developer.nexmo.com/api-errors#internal-server-error',
          title: 'Internal Server Error',
          detail: 'the emulator failed to process this request',
          instance: id,
        }),
      };
    }
    const status = drop || reply === undefined ? 0 : reply.status;
    this.#log.push(
      this.#entry(
        request,
        { id, at, method, pathname, query, processed, status },
        fault !== undefined,
      ),
    );
    if (status === 0 || reply === undefined) {
      return { status: 0, headers: { 'x-request-id': id }, body: '', dropConnection: true };
    }
    return {
      status,
      headers: { ...reply.headers, 'x-request-id': id },
      body: reply.body,
      dropConnection: false,
    };
  }
}
