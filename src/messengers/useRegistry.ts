import { useMessengerRegistryContext } from '../core/context';
import type { MessengerRegistry } from '../core/registry';
import { builtInRegistry } from './registry';

/**
 * The messenger types available here: the built-in ones plus those
 * registered with `MessengerFormsProvider messengers`.
 * @internal
 */
export function useMessengerRegistry(): MessengerRegistry {
  return useMessengerRegistryContext() ?? builtInRegistry;
}
