import type { MessengerType } from '../messengers/builtIns';
import type { AnyMessengerDescriptor, MessengerIcon } from '../core/descriptor';
import type { MessengerRegistry } from '../core/registry';
import { builtInIcons } from '../messengers/icons';

/** `T`, not used to infer `T` (so `onSelect={setState}` keeps the default); works before TS 5.4's NoInfer. */
type NoInferType<T> = [T][T extends unknown ? 0 : never];

/** Props shared by the components that let the administrator choose a messenger type. */
export interface MessengerTypeChoiceProps<T extends string = MessengerType> {
  /**
   * Callback fired when the administrator picks a messenger type.
   * @param type The chosen type.
   */
  onSelect: (type: NoInferType<T>) => void;
  /**
   * Types offered, in this order (custom types registered with
   * `MessengerFormsProvider messengers` may be listed too).
   * @default every registered type: Facebook Messenger, LINE, Nexmo, Telegram, Viber, then custom ones
   */
  types?: ReadonlyArray<T>;
}

/**
 * The offered types with their descriptors and marks (the descriptor's, else
 * the built-in one); unknown ids are skipped.
 * @internal
 */
export function typeChoices<T extends string>(
  registry: MessengerRegistry,
  types: ReadonlyArray<T> | undefined,
): Array<{ type: T; descriptor: AnyMessengerDescriptor; icon: MessengerIcon | undefined }> {
  const list = (types ?? registry.types) as ReadonlyArray<T>;
  return list.flatMap((type) => {
    const descriptor = registry.get(type);
    return descriptor
      ? [
          {
            type,
            descriptor,
            icon: descriptor.icon ?? (builtInIcons as Record<string, MessengerIcon>)[type],
          },
        ]
      : [];
  });
}
