import { isMessengerType, type MessengerType } from '../messengers/builtIns';
import type { AnyMessengerDescriptor, MessengerIcon } from '../core/descriptor';
import { useMessengerRegistry } from '../messengers/useRegistry';
import { useBrandMarks } from './brandMarks';

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

/** One offered type. @internal */
export interface TypeChoice<T extends string> {
  type: T;
  descriptor: AnyMessengerDescriptor;
  /** The descriptor's mark, else the built-in one once loaded. */
  icon: MessengerIcon | undefined;
  /** A built-in mark still loading (or failed to): a placeholder of its size stands in. */
  pending: boolean;
}

/**
 * The offered types with their descriptors and marks (the descriptor's, else
 * the built-in one, loaded lazily); unknown ids are skipped.
 * @internal
 */
export function useTypeChoices<T extends string>(
  types: ReadonlyArray<T> | undefined,
): Array<TypeChoice<T>> {
  const registry = useMessengerRegistry();
  const marks = useBrandMarks();
  const list = (types ?? registry.types) as ReadonlyArray<T>;
  return list.flatMap((type) => {
    const descriptor = registry.get(type);
    if (!descriptor) return [];
    const builtIn = !descriptor.icon && isMessengerType(type);
    const icon = descriptor.icon ?? (builtIn ? marks?.[type] : undefined);
    return [{ type, descriptor, icon, pending: builtIn && !icon }];
  });
}
