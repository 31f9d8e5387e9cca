// argTypes shared by the messenger form stories, grouped by category in the Controls table.
import type { ArgTypes } from '@storybook/react-vite';

type InputType = NonNullable<ArgTypes[string]>;

const events = { table: { category: 'Events' } } satisfies InputType;
const behaviour = { table: { category: 'Behaviour' } } satisfies InputType;
const layout = { table: { category: 'Layout' } } satisfies InputType;
const hidden = { table: { disable: true } } satisfies InputType;

/** argTypes of the common form props (`MessengerFormProps`). */
export const formArgTypes = {
  initialValues: { control: 'object', table: { category: 'Values' } },
  onSubmit: events,
  onCancel: events,
  onChange: events,
  onTestConnection: events,
  onSetWebhook: events,
  disabled: { control: 'boolean', ...behaviour },
  readOnly: { control: 'boolean', ...behaviour },
  actionTimeoutMs: { control: { type: 'number', min: 500, step: 500 }, ...behaviour },
  id: { control: 'text', ...layout },
  hideActions: { control: 'boolean', ...layout },
  submitLabel: { control: 'text', ...layout },
} satisfies Record<string, InputType>;

/** The same, for a messenger without actions (Nexmo): the action callbacks are hidden. */
export const formArgTypesWithoutActions = {
  ...formArgTypes,
  onTestConnection: hidden,
  onSetWebhook: hidden,
} satisfies Record<string, InputType>;

/** The same, for a messenger with Test Connection only (Facebook Messenger, LINE). */
export const formArgTypesWithoutWebhook = {
  ...formArgTypes,
  onSetWebhook: hidden,
} satisfies Record<string, InputType>;
