import { useSyncExternalStore } from 'react';
import type { MessengerIcon } from '../core/descriptor';
import { lazyPart } from '../core/form/lazy';
import type { MessengerType } from '../messengers/builtIns';

/** The built-in types' marks, once loaded. */
type BrandMarks = Readonly<Record<MessengerType, MessengerIcon>>;

const marksPart = lazyPart(() => import('../messengers/icons'));
const listeners = new Set<() => void>();

/**
 * Loads the built-in brand marks (`messengers/icons`, its own chunk of the ESM
 * build) once for the page: the picker and the add menu render at once with
 * a placeholder of the same size and draw the marks when they arrive. A failed
 * load leaves the placeholders (never throws) and lets a later mount try again.
 * @internal
 */
export function loadBrandMarks(): Promise<void> {
  if (marksPart.current) return Promise.resolve();
  return marksPart.load().then((module) => {
    if (module) listeners.forEach((listener) => listener());
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadBrandMarks();
  return () => {
    listeners.delete(listener);
  };
}

const loaded = (): BrandMarks | undefined => marksPart.current?.builtInIcons;
// On the server and while hydrating: no marks, so both render the placeholders.
const none = (): BrandMarks | undefined => undefined;

/**
 * The built-in brand marks, `undefined` until loaded; mounting starts the load.
 * @internal
 */
export function useBrandMarks(): BrandMarks | undefined {
  return useSyncExternalStore(subscribe, loaded, none);
}
