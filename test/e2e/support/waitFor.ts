/** Waiting for a condition instead of sleeping: every helper of the harness waits through this. */

/** Default time a helper waits for the workbench to reach a state. */
export const defaultTimeoutMs = 20_000;

export interface WaitOptions {
  /** Give up after this long (default {@link defaultTimeoutMs}). */
  timeout?: number;
  /** What was awaited, for the error message. */
  message?: string;
}

/**
 * Calls `probe` until it returns something other than `undefined`, `null` or `false`, and returns that.
 * A probe that throws counts as "not yet" (elements come and go while the workbench renders); its last error
 * is reported if time runs out.
 */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  options: WaitOptions = {},
): Promise<T> {
  const timeout = options.timeout ?? defaultTimeoutMs;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  let delay = 25;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${options.message ?? 'a condition'}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 250);
  }
}

/** True when `text` matches `pattern`: a string must be contained, a RegExp must match. */
export function textMatches(text: string, pattern: string | RegExp): boolean {
  return typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
}
