import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { EmulatorResponse } from './emulator-request';
import type { RunningEmulator } from './running-emulator';
import type { StartEmulatorOptions } from './start-emulator-options';
import { baseUrl } from './internal/base-url';
import { clientErrorResponse, clientErrorStatus } from './internal/client-error-response';
import { collectBody } from './internal/collect-body';
import { NULL_BODY_STATUSES } from './internal/limits';
import { validateStartOptions } from './internal/validate-start-options';

function write(
  req: IncomingMessage,
  res: ServerResponse,
  response: EmulatorResponse,
  tooLarge: boolean,
): void {
  if (res.destroyed || res.headersSent) return;
  if (response.dropConnection) {
    req.socket.destroy();
    return;
  }
  const empty = NULL_BODY_STATUSES.has(response.status);
  // a Buffer, not a string: Node writes the head in Latin-1 only when the body is not a string
  // (with a string body, it encodes head and body together as UTF-8)
  const body = empty ? undefined : Buffer.from(response.body);
  const headers: Record<string, string | number> = { ...response.headers };
  if (body !== undefined) headers['content-length'] = body.byteLength;
  if (tooLarge) headers.connection = 'close';
  try {
    res.writeHead(response.status, headers);
    res.end(body);
  } catch {
    // inject() refuses what Node cannot write; should anything still fail, only this
    // connection ends, never the process
    req.socket.destroy();
  }
}

/**
 * Starts the emulator as a real node:http server (HTTP/1.1, keep-alive, bounded header, request
 * and idle timeouts). Point an SDK's `restHost` and `apiHost` at its `url`.
 *
 * @param options - port, host, seed accounts, timeouts.
 * @returns the URL and controls; `close()` it when done.
 * @throws {@link EmulatorOptionError} (a rejection, before anything listens) when an option or
 * a seed is invalid; the listen error (e.g. `EADDRINUSE`) when the port is taken.
 * @example
 * ```ts
 * import { startEmulator, DEMO_ACCOUNT } from '@acct/emulator';
 *
 * const emulator = await startEmulator();
 * const auth = Buffer.from(`${DEMO_ACCOUNT.apiKey}:${DEMO_ACCOUNT.apiSecret}`).toString('base64');
 * const response = await fetch(`${emulator.url}/account/get-balance`, {
 *   headers: { authorization: `Basic ${auth}` },
 * });
 * console.log(await response.json()); // { value: 10.5, autoReload: true }
 * await emulator.close();
 * ```
 */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const { port, host, emulator, headersTimeout, requestTimeout, keepAliveTimeout } =
    validateStartOptions(options);
  const pending = new Set<AbortController>();
  const sockets = new Set<Socket>();

  const server = createServer(
    {
      headersTimeout,
      requestTimeout,
      connectionsCheckingInterval: Math.min(1_000, headersTimeout),
      requireHostHeader: false,
    },
    (req, res) => {
      collectBody(req, (body, tooLarge) => {
        // only a queued fault can delay an answer, so only then is an abort signal needed
        let controller: AbortController | undefined;
        if (emulator.hasFaults) {
          const own = new AbortController();
          pending.add(own);
          res.once('close', () => {
            pending.delete(own);
            if (!res.writableFinished) own.abort();
          });
          controller = own;
        }
        void emulator
          .handle(
            {
              method: req.method ?? 'GET',
              url: req.url ?? '/',
              headers: req.headers,
              body,
              bodyTooLarge: tooLarge,
            },
            controller?.signal,
          )
          .then((response) => write(req, res, response, tooLarge))
          .catch(() => req.socket.destroy());
      });
    },
  );
  server.keepAliveTimeout = keepAliveTimeout;
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(clientErrorStatus(error.code)), () => socket.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', () => {
    // after listening, socket-level errors belong to their connection; the server keeps serving
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;
  const url = baseUrl(host, boundPort);

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const controller of pending) controller.abort();
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
    });
    return closing;
  };

  return {
    url,
    port: boundPort,
    get state() {
      return emulator.state;
    },
    get requests() {
      return emulator.requests;
    },
    emulator,
    inject: (fault) => emulator.inject(fault),
    reset: () => emulator.reset(),
    close,
  };
}
