import type { AnyMessengerDescriptor } from './descriptor';
import { devInvariant } from './devGuard';

/** The messenger types a tree of components offers: built-in ones, then custom ones. */
export interface MessengerRegistry {
  /** Type ids in display order. */
  readonly types: ReadonlyArray<string>;
  /** The descriptor of a type id, if registered. */
  get(type: string): AnyMessengerDescriptor | undefined;
}

function describe(descriptor: AnyMessengerDescriptor): string {
  return `"${descriptor.type}" (${descriptor.displayName})`;
}

/**
 * Builds a registry of the given descriptors, in order (the entry points pass
 * the built-in ones first, then custom ones). Registering a type id twice is a
 * development-time error; in production the first wins.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */ export function createRegistry(
  ...lists: ReadonlyArray<ReadonlyArray<AnyMessengerDescriptor>>
): MessengerRegistry {
  const byType = new Map<string, AnyMessengerDescriptor>();
  for (const descriptor of lists.flat()) {
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

/** A registry of no types, e.g. the default of a context without a provider. @internal */
export const emptyRegistry: MessengerRegistry = /* @__PURE__ */ createRegistry();
