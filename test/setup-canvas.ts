// jsdom has no canvas: its getContext() logs "Not implemented" to stderr, then
// returns null. axe-core asks for a 2D context on every run (icon-ligature
// detection). Return the same null without the log.
if (typeof HTMLCanvasElement !== 'undefined') {
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
    configurable: true,
    value: () => null,
  });
}
