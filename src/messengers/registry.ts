import { createRegistry, type MessengerRegistry } from '../core/registry';
import { builtInMessengers, type BuiltInDescriptorOf, type MessengerType } from './builtIns';

/** Descriptor of every built-in messenger type. */
export const messengerDescriptors: { readonly [T in MessengerType]: BuiltInDescriptorOf<T> } =
  /* @__PURE__ */ Object.fromEntries(
    /* @__PURE__ */ builtInMessengers.map((descriptor) => [descriptor.type, descriptor]),
  ) as {
    readonly [T in MessengerType]: BuiltInDescriptorOf<T>;
  };

/** The registry of the built-in types alone. @internal */
export const builtInRegistry: MessengerRegistry = /* @__PURE__ */ createRegistry(builtInMessengers);
