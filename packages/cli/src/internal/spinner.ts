import type { CliOutputStream } from '../cli-io';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** How long a call may take before the spinner shows, in ms. */
export const SPINNER_DELAY = 150;

/**
 * Runs `task`; when `enabled` and it takes longer than {@link SPINNER_DELAY} ms, shows a
 * spinner with `label` on `stream` until it settles, then erases it.
 */
export async function withSpinner<T>(
  stream: CliOutputStream,
  enabled: boolean,
  label: string,
  task: () => Promise<T>,
): Promise<T> {
  if (!enabled) return task();
  let frame = 0;
  let interval: ReturnType<typeof setInterval> | undefined;
  const draw = (): void => {
    stream.write(`\r${FRAMES[frame % FRAMES.length] ?? ''} ${label}`);
    frame += 1;
  };
  const timer = setTimeout(() => {
    draw();
    interval = setInterval(draw, 80);
  }, SPINNER_DELAY);
  try {
    return await task();
  } finally {
    clearTimeout(timer);
    if (interval !== undefined) {
      clearInterval(interval);
      stream.write('\r\u001b[K');
    }
  }
}
