import { messengerDescriptors } from '../messengers/registry';
import type { AnyMessengerDescriptor } from './descriptor';
import { devInvariant } from './devGuard';
import { MESSENGER_TYPES } from './messengerTypes';

/** The messenger types a tree of components offers: built-in ones, then custom ones. */
export interface MessengerRegistry {
  /** Type ids in display order. */
  readonly types: ReadonlyArray<string>;
  /** The descriptor of a type id, if registered. */
  get(type: string): AnyMessengerDescriptor | undefined;
}

const builtIns: ReadonlyArray<AnyMessengerDescriptor> = MESSENGER_TYPES.map(
  (type) => messengerDescriptors[type],
);

function describe(descriptor: AnyMessengerDescriptor): string {
  return `"${descriptor.type}" (${descriptor.displayName})`;
}

/**
 * Builds a registry of the built-in types plus `custom` ones. Registering a
 * type id twice is a development-time error; in production the first wins.
 * @internal
 */
export function createRegistry(
  custom: ReadonlyArray<AnyMessengerDescriptor> = [],
): MessengerRegistry {
  const byType = new Map<string, AnyMessengerDescriptor>();
  for (const descriptor of [...builtIns, ...custom]) {
    const existing = byType.get(descriptor.type);
    devInvariant(
      !existing,
      () =>
        `messenger type ${describe(descriptor)} is registered twice${
          existing && existing !== descriptor ? ` (already taken by ${describe(existing)})` : ''
        }. Give each messenger a unique type id.`,
    );
    if (!existing) byType.set(descriptor.type, descriptor);
  }
  const types = [...byType.keys()];
  return { types, get: (type) => byType.get(type) };
}

/** The registry of the built-in types alone. @internal */
export const builtInRegistry: MessengerRegistry = createRegistry();
