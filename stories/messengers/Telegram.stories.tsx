import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { TelegramAccountForm, type ActionResult, type TelegramConfig } from '../../src';

const meta = {
  title: 'Messengers/Telegram',
  component: TelegramAccountForm,
  args: {
    onSubmit: fn(async (_config: TelegramConfig) => {}),
    onTestConnection: fn(async (_config: TelegramConfig): Promise<ActionResult> => ({
      ok: true,
      message: 'Connected to @acme_support_bot',
    })),
  },
} satisfies Meta<typeof TelegramAccountForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText('Bot Username')).toHaveValue('');
  },
};

export const TestConnectionSucceeds: Story = {
  args: {
    initialValues: {
      botUsername: 'acme_support_bot',
      token: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Test Connection' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Connected to @acme_support_bot',
    );
  },
};
