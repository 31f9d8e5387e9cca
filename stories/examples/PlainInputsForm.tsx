// A messenger form rendered with plain HTML elements on the headless
// `useMessengerForm` hook: no MUI. The hook gives values, texts in the active
// locale, errors, warnings, actions and submit; this file is only markup.
// The form conformance suite (test/forms) runs over it too.
import { useState } from 'react';
import {
  describeActionResult,
  generateVerifyToken,
  useMessengerForm,
  type BaseConfig,
  type MessengerDescriptor,
  type MessengerFormAction,
  type MessengerFormField,
  type MessengerFormProps,
  type MessengerFormTranslate,
  type UseMessengerFormResult,
} from '../../src';

/** Props of {@link PlainInputsForm}: the descriptor and the usual form props. */
export interface PlainInputsFormProps<C extends BaseConfig> extends MessengerFormProps<C> {
  /** The messenger to render, e.g. `messengerDescriptors.telegram` or a `defineMessenger` one. */
  descriptor: MessengerDescriptor<C, string>;
}

interface PlainFieldProps {
  field: MessengerFormField;
  disabled: boolean;
  readOnly: boolean;
  t: MessengerFormTranslate;
  setValue: (key: string, value: string) => void;
  blur: (key: string, value: string) => void;
}

/** One field: a label, an input, a show/hide toggle for secrets, and its helper text. */
function PlainField({ field, disabled, readOnly, t, setValue, blur }: PlainFieldProps) {
  const [shown, setShown] = useState(false);
  const secret = field.kind !== 'text';
  const describedBy = `${field.inputId}-helper`;
  return (
    <p>
      <label htmlFor={field.inputId}>{field.label}</label>{' '}
      <input
        id={field.inputId}
        name={field.key}
        type={secret && !shown ? 'password' : 'text'}
        value={field.value}
        disabled={disabled}
        readOnly={readOnly}
        required={!field.optional && field.stored !== 'kept'}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={Boolean(field.error)}
        aria-describedby={describedBy}
        onChange={(event) => setValue(field.key, event.target.value)}
        onBlur={(event) => blur(field.key, event.target.value)}
      />
      {secret && (
        <button
          type="button"
          aria-pressed={shown}
          aria-controls={field.inputId}
          disabled={disabled}
          onClick={() => setShown((s) => !s)}
        >
          {t(shown ? 'secret.hide' : 'secret.show', { label: field.label })}
        </button>
      )}
      {field.kind === 'generated-token' && !readOnly && (
        <button
          type="button"
          disabled={disabled}
          onClick={() => setValue(field.key, generateVerifyToken())}
        >
          {t('generate.button')}
        </button>
      )}
      <br />
      <small id={describedBy}>{field.error ?? field.warning ?? field.helper}</small>
    </p>
  );
}

/** An action's last result: role="alert", so screen readers announce it. */
function ActionResult({
  form,
  action,
}: {
  form: UseMessengerFormResult;
  action: MessengerFormAction;
}) {
  const message = describeActionResult(form, action);
  if (!message) return null;
  return (
    <div role="alert" data-severity={message.severity}>
      <p>
        <strong>{message.title}:</strong> {message.text}
      </p>
      {message.checks.length > 0 && (
        <ol>
          {message.checks.map((check, index) => (
            <li key={index}>
              <strong>{check.label}:</strong> {check.text}
            </li>
          ))}
        </ol>
      )}
      {message.details.length > 0 && (
        <dl>
          {message.details.map(({ key, label, value }) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {message.stale && <p>{message.stale}</p>}
    </div>
  );
}

/**
 * A messenger form with plain `<input>`s and `<button>`s on `useMessengerForm`.
 * Set Webhook URL dialogs (Viber) and the stored-secret Replace / Keep buttons are
 * left out to keep the example short; the hook provides both
 * (`webhookDialog`, `setStored`).
 */
export function PlainInputsForm<C extends BaseConfig>({
  descriptor,
  ...props
}: PlainInputsFormProps<C>) {
  const form = useMessengerForm(descriptor, props);
  const { t, fields, actions, busy, disabled, readOnly, typeField } = form;
  const [first, ...rest] = fields;
  const renderField = (field: MessengerFormField) => (
    <PlainField
      key={field.key}
      field={field}
      disabled={disabled || busy}
      readOnly={readOnly}
      t={t}
      setValue={form.setValue}
      blur={form.blur}
    />
  );
  return (
    <form {...form.formProps}>
      {first && renderField(first)}
      <p>
        <label htmlFor={typeField.id}>{typeField.label}</label>{' '}
        <input
          id={typeField.id}
          name="type"
          value={typeField.value}
          readOnly
          disabled={disabled}
          aria-describedby={`${typeField.id}-helper`}
        />
        <br />
        <small id={`${typeField.id}-helper`}>{typeField.helper}</small>
      </p>
      {rest.map(renderField)}
      <p>
        {(['setWebhook', 'testConnection'] as const).map(
          (name) =>
            actions[name].available && (
              <button
                key={name}
                type="button"
                onClick={actions[name].run}
                aria-disabled={actions[name].running || undefined}
                disabled={disabled || busy}
              >
                {actions[name].label}
              </button>
            ),
        )}
      </p>
      <ActionResult form={form} action={actions.testConnection} />
      <ActionResult form={form} action={actions.setWebhook} />
      {form.submitError && <p role="alert">{form.submitError}</p>}
      <p>
        {form.cancel && (
          <button type="button" onClick={form.cancel} disabled={disabled || busy}>
            {t('form.cancel')}
          </button>
        )}
        {!readOnly && (
          <button type="submit" disabled={disabled || busy || (form.editing && !form.dirty)}>
            {form.submitLabel}
          </button>
        )}
      </p>
    </form>
  );
}
