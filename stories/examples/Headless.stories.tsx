import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { messengerDescriptors, type MessengerFormProps, type TelegramConfig } from '../../src';
import { translator } from '../support/i18n';
import { PlainInputsForm } from './PlainInputsForm';

/** The Telegram descriptor rendered with plain inputs on `useMessengerForm` (no MUI). */
function PlainTelegramForm(props: MessengerFormProps<TelegramConfig>) {
  return <PlainInputsForm descriptor={messengerDescriptors.telegram} {...props} />;
}

const meta = {
  title: 'Examples/Headless (plain inputs)',
  component: PlainTelegramForm,
  args: {
    onSubmit: fn(),
    onCancel: fn(),
    onTestConnection: fn(async () => ({ ok: true as const })),
    onSetWebhook: fn(async () => ({ ok: true as const })),
  },
  parameters: {
    // Play functions read their texts from the active locale (test/stories-ja.test.tsx).
    localeAware: true,
    docs: {
      description: {
        component:
          'The Telegram form rendered with plain `<input>`s and `<button>`s on the headless ' +
          '`useMessengerForm` hook: the hook gives values, texts in the active locale, errors, ' +
          'warnings, actions and submit; the component is only markup. Source: ' +
          '`stories/examples/PlainInputsForm.tsx`. See [Headless forms](?path=/docs/docs-headless-forms--docs).',
      },
    },
  },
} satisfies Meta<typeof PlainTelegramForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Empty; Save shows the errors on the plain inputs, as in the MUI form. */
export const PlainInputs: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: t('form.save') }));
    const token = canvas.getByLabelText(t('telegram.token.label'), { selector: 'input' });
    await waitFor(() => expect(token).toHaveAttribute('aria-invalid', 'true'));
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};
