import { object, type AnyObjectSchema, type StringSchema } from 'yup';
import type {
  ActionsDescriptor,
  BaseConfig,
  FieldKind,
  MessengerDescriptor,
  MessengerIcon,
} from './descriptor';
import { devInvariant } from './devGuard';
import { normalizeCompact, normalizeText } from './normalize';
import { credential, requiredString } from './rules';

/** One field of a custom messenger, see {@link defineMessenger}. */
export interface MessengerFieldSpec<K extends string> {
  /** Config key the field edits. */
  key: K;
  /**
   * Rendering: plain text, masked secret with show/hide, or a secret with
   * Generate random token and Copy.
   * @default "text"
   */
  kind?: FieldKind;
  /** Label: literal text, or a key of the spec's `messages`. */
  label: string;
  /** Helper text under the field: literal text, or a key of `messages`. */
  helper?: string;
  /**
   * Paste sanitation applied on blur and before submit; must be idempotent.
   * @default normalizeText for text fields, normalizeCompact for secrets
   */
  normalize?: (value: string) => string;
  /**
   * Parts of a secret value that are secret on their own, redacted wherever
   * the whole value is (in results, errors and the HTTP adapter's answers).
   * @default none
   */
  secretParts?: (value: string) => ReadonlyArray<string>;
  /**
   * Yup rule of the normalized value; messages may be text or keys of `messages`.
   * @default required; secrets also single-word and at most 4096 characters
   */
  rule?: StringSchema<string | undefined>;
  /**
   * If `true`, the field may stay empty: its config key is optional, the rule
   * accepts an empty value, and an empty value is left out of the config
   * (forms and `validateMessengerConfig`). A value that is given is still
   * checked by `rule`.
   * @default false
   */
  optional?: boolean;
}

/**
 * The config type of a custom messenger: its `type` and one string per field;
 * the keys `O` of optional fields may be absent.
 */
export type DefinedConfig<T extends string, K extends string, O extends string = never> = {
  type: T;
} & { [P in Exclude<K, O>]: string } & { [P in O & K]?: string };

/** The config keys of a spec's fields marked `optional: true`. */
export type OptionalFieldKey<F extends ReadonlyArray<{ key: string; optional?: boolean }>> =
  Extract<F[number], { optional: true }>['key'];

/** Everything that describes a custom messenger, see {@link defineMessenger}. */
export interface MessengerSpec<T extends string, K extends string, O extends string = never> {
  /** Unique type id, also `config.type`, e.g. `"whatsapp-twilio"`. */
  type: T;
  /** Product name shown in the picker and the Type field. */
  displayName: string;
  /**
   * Brand mark in the picker and the add menu, e.g. from simple-icons:
   * `{ path: siWhatsapp.path, hex: siWhatsapp.hex }`.
   * @default the display name's initial
   */
  icon?: MessengerIcon;
  /**
   * One line under the name in the picker and the add menu saying what the
   * type needs, e.g. "Account SID and auth token" (text or a key of `messages`).
   * @default none
   */
  hint?: string;
  /** Fields after Type, in display order. */
  fields: ReadonlyArray<MessengerFieldSpec<K>>;
  /** Soft rules: field → warning text (or key). Never blocks. */
  warnings?: (config: DefinedConfig<T, K, O>) => Partial<Record<K, string>>;
  /**
   * Supported actions; the host passes the callbacks (`onTestConnection`,
   * `onSetWebhook`) as props, and a declared action without one is a
   * development-time error.
   * @default no actions
   */
  actions?: Partial<ActionsDescriptor>;
  /** Texts of this messenger per locale, for labels, helpers and messages given as keys. */
  messages?: Readonly<Partial<Record<'en' | 'ja', Readonly<Record<string, string>>>>>;
}

/** The config keys of a spec's fields that hold secrets (`kind` other than `"text"`). */
export type SecretFieldKey<F extends ReadonlyArray<{ key: string; kind?: FieldKind }>> = Extract<
  F[number],
  { kind: 'secret' | 'generated-token' }
>['key'];

/** A descriptor that also lists its secret keys, typed from the fields' `kind`. */
export interface DefinedMessengerDescriptor<
  C extends BaseConfig,
  S extends string = string,
> extends MessengerDescriptor<C, string> {
  /** Keys of the fields whose `kind` is `"secret"` or `"generated-token"`, in field order. */
  readonly secretKeys: ReadonlyArray<S>;
}

/**
 * The keys of a descriptor's secret fields (`kind` other than `"text"`): the
 * one answer to "is this field secret" for forms, mocks and connectors.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */ export function secretKeysOf(descriptor: {
  readonly fields: ReadonlyArray<{ readonly key: string; readonly kind: FieldKind }>;
}): string[] {
  return descriptor.fields.filter((field) => field.kind !== 'text').map((field) => field.key);
}

/**
 * The secret values of a config: the values of its descriptor's secret fields
 * (`kind` other than `"text"`) and their {@link MessengerFieldSpec.secretParts};
 * what every redaction (forms, HTTP adapter, connectors) cuts out.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */ export function secretValuesOf(
  descriptor: {
    readonly fields: ReadonlyArray<{
      readonly key: string;
      readonly kind: FieldKind;
      readonly secretParts?: (value: string) => ReadonlyArray<string>;
    }>;
  },
  config: Readonly<Record<string, unknown>>,
): string[] {
  return descriptor.fields.flatMap((field) => {
    const value = config[field.key];
    if (field.kind === 'text' || typeof value !== 'string' || value === '') return [];
    return [value, ...(field.secretParts?.(value) ?? [])];
  });
}

/** Development-time checks of a custom spec (the built-in ones are covered by tests). */
function checkSpec<T extends string, K extends string>(spec: MessengerSpec<T, K>): void {
  const name = () => `messenger "${String(spec.type)}" (${String(spec.displayName)})`;
  devInvariant(
    typeof spec.type === 'string' && spec.type.trim() !== '',
    () => `${name()} needs a non-empty type id.`,
  );
  devInvariant(
    typeof spec.displayName === 'string' && spec.displayName.trim() !== '',
    () => `${name()} needs a displayName.`,
  );
  devInvariant(
    Array.isArray(spec.fields) && spec.fields.length > 0,
    () => `${name()} needs at least one field.`,
  );
  const seen = new Set<string>();
  for (const field of spec.fields ?? []) {
    devInvariant(
      typeof field.label === 'string' && field.label.trim() !== '',
      () => `field "${String(field.key)}" of ${name()} has no label.`,
    );
    devInvariant(
      !seen.has(field.key) && field.key !== 'type',
      () => `field key "${String(field.key)}" of ${name()} is used twice or is reserved.`,
    );
    seen.add(field.key);
  }
}

/** An optional field's rule accepts an empty value; a given one is still checked. */
/* @__NO_SIDE_EFFECTS__ */ function optionalRule(
  rule: StringSchema<string | undefined>,
  optional: boolean,
): StringSchema<string | undefined> {
  return optional ? (rule.notRequired() as StringSchema<string | undefined>) : rule;
}

/* @__NO_SIDE_EFFECTS__ */ function buildDescriptor<T extends string, K extends string>(
  spec: MessengerSpec<T, K>,
  requireCallbacks: boolean,
): DefinedMessengerDescriptor<DefinedConfig<T, K>> {
  const fields = (spec.fields ?? []).map((field) => {
    const kind = field.kind ?? 'text';
    return {
      key: field.key as Exclude<K, 'type'>,
      kind,
      label: field.label,
      helper: field.helper ?? '',
      normalize: field.normalize ?? (kind === 'text' ? normalizeText : normalizeCompact),
      ...(field.secretParts ? { secretParts: field.secretParts } : {}),
      ...(field.optional ? { optional: true } : {}),
      rule: optionalRule(
        field.rule ?? (kind === 'text' ? requiredString() : credential()),
        field.optional === true,
      ),
    };
  });
  const shape: Record<string, StringSchema<string | undefined>> = {};
  for (const field of fields) shape[field.key] = field.rule;
  const schema: AnyObjectSchema = object(shape);
  const described = fields.map(({ rule: _rule, ...field }) => field);

  return {
    type: spec.type,
    displayName: spec.displayName,
    ...(spec.icon ? { icon: spec.icon } : {}),
    ...(spec.hint ? { hint: spec.hint } : {}),
    fields: described,
    schema,
    ...(spec.warnings ? { warnings: spec.warnings } : {}),
    actions: {
      testConnection: spec.actions?.testConnection ?? false,
      ...(spec.actions?.setWebhook ? { setWebhook: spec.actions.setWebhook } : {}),
    },
    ...(spec.messages ? { messages: spec.messages } : {}),
    requireCallbacks,
    secretKeys: secretKeysOf({ fields: described }),
  };
}

/**
 * Describes a messenger type that the library does not ship (WhatsApp,
 * WeChat…), with the same engine, validation, actions and look as the
 * built-in ones. Register the result with
 * `<MessengerFormsProvider messengers={[...]}>`; render it with
 * `createMessengerForm` (fully typed) or `MessengerAccountForm type="…"`.
 * Mistakes (no fields, a field without label, a key used twice) are
 * development-time errors naming the messenger; production builds stay silent.
 * @example
 * const whatsapp = defineMessenger({
 *   type: 'whatsapp',
 *   displayName: 'WhatsApp',
 *   fields: [{ key: 'phoneNumber', label: 'Phone number' }, { key: 'apiKey', label: 'API key', kind: 'secret' }],
 *   actions: { testConnection: true },
 * });
 */
/* @__NO_SIDE_EFFECTS__ */ export function defineMessenger<
  const T extends string,
  const F extends ReadonlyArray<MessengerFieldSpec<string>>,
>(
  spec: Omit<MessengerSpec<T, F[number]['key'], OptionalFieldKey<F>>, 'fields'> & { fields: F },
): MessengerDescriptor<DefinedConfig<T, F[number]['key'], OptionalFieldKey<F>>, string> {
  const untyped = spec as unknown as MessengerSpec<T, string>;
  checkSpec(untyped);
  return buildDescriptor(untyped, true) as unknown as MessengerDescriptor<
    DefinedConfig<T, F[number]['key'], OptionalFieldKey<F>>,
    string
  >;
}

/**
 * The typed variant of {@link defineMessenger} the built-in messengers are
 * written with (same implementation): the fields' `kind` also types the
 * secret keys (`secretKeys`, and so `SecretKey` of the config), and a form
 * without a callback simply hides the action instead of being an error.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */ export function defineBuiltInMessenger<
  const T extends string,
  const F extends ReadonlyArray<MessengerFieldSpec<string>>,
>(
  spec: Omit<MessengerSpec<T, F[number]['key'], OptionalFieldKey<F>>, 'fields'> & { fields: F },
): DefinedMessengerDescriptor<
  DefinedConfig<T, F[number]['key'], OptionalFieldKey<F>>,
  SecretFieldKey<F>
> {
  return buildDescriptor(
    spec as unknown as MessengerSpec<T, string>,
    false,
  ) as unknown as DefinedMessengerDescriptor<
    DefinedConfig<T, F[number]['key'], OptionalFieldKey<F>>,
    SecretFieldKey<F>
  >;
}

/** The secret keys of a descriptor made by {@link defineBuiltInMessenger}. */
export type SecretKeyOfDescriptor<D> = D extends { readonly secretKeys: ReadonlyArray<infer S> }
  ? S
  : never;
