// How every browser run of this repository starts Chromium: Debian's build (never a
// downloaded one), headless, with the background networking that this closed network
// refuses turned off. Used by vitest.config.ts, scripts/screenshot.mjs, the consumer
// fixtures and the benchmarks.

/** Path of the Chromium binary; `CHROMIUM_PATH` overrides Debian's. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Command-line flags for headless runs. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
