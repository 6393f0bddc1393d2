import type { IncomingMessage } from 'node:http';
import { BODY_LIMIT } from './limits';

/**
 * Reads a request body up to {@link BODY_LIMIT} bytes. Past the limit (announced by
 * Content-Length or reached while streaming) it stops reading at once (pauses the stream, so
 * nothing more is buffered) and reports `tooLarge`. A request without a body is answered at
 * once without waiting for the stream to end.
 */
export function collectBody(
  req: IncomingMessage,
  done: (body: Buffer | undefined, tooLarge: boolean) => void,
): void {
  const length = req.headers['content-length'];
  if (length === undefined && req.headers['transfer-encoding'] === undefined) {
    done(undefined, false);
    return;
  }
  req.on('error', () => {
    // the client went away mid-body; the response's close handler cleans up
  });
  if (length !== undefined && Number(length) > BODY_LIMIT) {
    req.pause();
    done(undefined, true);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const onData = (chunk: Buffer): void => {
    size += chunk.length;
    if (size > BODY_LIMIT) {
      req.off('data', onData);
      req.off('end', onEnd);
      req.pause();
      chunks.length = 0;
      done(undefined, true);
      return;
    }
    chunks.push(chunk);
  };
  const onEnd = (): void => done(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), false);
  req.on('data', onData);
  req.on('end', onEnd);
}
