/** Whether development-time checks run: everywhere but production builds. */
export function isDevelopment(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  return env?.NODE_ENV !== 'production';
}

/**
 * Throws a development-time error naming the descriptor at fault; silent in
 * production builds.
 * @internal
 */
export function devInvariant(condition: unknown, message: () => string): void {
  if (!condition && isDevelopment()) {
    throw new Error(`messenger-integration-forms: ${message()}`);
  }
}
