import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { MessengerAccountForm, type MessengerType } from '../../src';
import { formatMessage } from '../../src';
import { resultMessages, type ResultMessageKey } from '../../src/connectors';
import { createMockHandlers, createProviderState } from '../../src/mocks';
import { localeOf, translator } from '../support/i18n';
import { setWebhookCallback, testConnectionCallback, withMocks } from '../support/mocks';
import { expectFieldError } from '../support/play';
import { sampleValues } from '../support/sampleValues';

// The whole chain in the browser: form → createHttpCallbacks → contract handler
// → connector (messenger-integration-forms/connectors) → provider mock that
// answers like api.telegram.org, graph.facebook.com, api.line.me or chatapi.viber.com.
// One provider state for the file, fresh for every story.
const state = createProviderState();

interface ChainProps {
  /** The messenger type of the form. */
  type: MessengerType;
}

function ProviderChainForm({ type }: ChainProps) {
  return (
    <MessengerAccountForm
      type={type}
      onSubmit={() => undefined}
      onTestConnection={testConnectionCallback()}
      onSetWebhook={setWebhookCallback()}
    />
  );
}

const meta = {
  title: 'Examples/Provider connectors',
  component: ProviderChainForm,
  parameters: {
    ...withMocks(createMockHandlers({ connectors: { state } })),
    // Play functions read their texts from the active locale (test/stories/sweepJapanese.tsx).
    localeAware: true,
    docs: {
      description: {
        component:
          'Test Connection and Set Webhook through the connectors against the provider-faithful mocks: the answers are built from what the providers\' real APIs return (bot names, pages, current webhook), with identity warnings and provider errors mapped to fields. See "Docs/Connecting to providers".',
      },
    },
  },
  beforeEach: () => {
    Object.assign(state, createProviderState());
  },
  args: { type: 'telegram' },
} satisfies Meta<typeof ProviderChainForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A connector result message in the story's locale (the form sends it as Accept-Language). */
function resultIn(
  globals: Readonly<Record<string, unknown>>,
  key: ResultMessageKey,
  params: Record<string, string>,
) {
  return formatMessage(resultMessages[localeOf(globals)][key], params);
}

/** Types `values` by label (keys are the catalogue's label keys of the type). */
async function fill(canvasElement: HTMLElement, values: Record<string, string>) {
  const canvas = within(canvasElement);
  for (const [label, value] of Object.entries(values)) {
    const input = canvas.getByLabelText(label, { selector: 'input' });
    await userEvent.clear(input);
    await userEvent.click(input);
    await userEvent.paste(value);
  }
}

/** Telegram: Test Connection names the bot; Set Webhook registers; the next test reports the webhook. */
export const TelegramTestAndWebhook: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    await fill(canvasElement, {
      [t('telegram.botUsername.label')]: sampleValues.telegram.botUsername,
      [t('telegram.token.label')]: sampleValues.telegram.token,
    });
    await userEvent.click(canvas.getByRole('button', { name: t('action.testConnection') }));
    const connected = await canvas.findByRole('alert');
    await waitFor(() =>
      expect(connected).toHaveTextContent(
        resultIn(globals, 'result.connected', { account: '@acme_support_bot' }),
      ),
    );
    await expect(connected).toHaveTextContent(t('detail.botName'));

    await userEvent.click(canvas.getByRole('button', { name: t('action.setWebhook') }));
    const url = 'https://contact-center.example/webhooks/telegram/acme_support_bot';
    await waitFor(() =>
      expect(canvas.getAllByRole('alert').at(-1)).toHaveTextContent(
        resultIn(globals, 'result.webhook_set', { url }),
      ),
    );

    await userEvent.click(canvas.getByRole('button', { name: t('action.testConnection') }));
    await waitFor(() => expect(canvas.getAllByRole('alert')[0]).toHaveTextContent(url));
  },
};

/** The token works but belongs to another bot: a warning on Bot Username, Save still allowed. */
export const TokenOfAnotherBot: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    await fill(canvasElement, {
      [t('telegram.botUsername.label')]: 'acme_sales_bot',
      [t('telegram.token.label')]: sampleValues.telegram.token,
    });
    await userEvent.click(canvas.getByRole('button', { name: t('action.testConnection') }));
    const bot = canvas.getByLabelText(t('telegram.botUsername.label'), { selector: 'input' });
    await waitFor(() =>
      expect(bot).toHaveAccessibleDescription(
        resultIn(globals, 'result.identity_mismatch_bot', { actual: 'acme_support_bot' }),
      ),
    );
    await expect(bot).toHaveAttribute('aria-invalid', 'false');
    await expect(canvas.getByRole('button', { name: t('form.save') })).toBeEnabled();
  },
};

/** Viber answers `invalidAuthToken` for a token it does not know: the error is on Token. */
export const ViberUnknownToken: Story = {
  args: { type: 'viber' },
  play: async ({ canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    await fill(canvasElement, {
      [t('viber.botUsername.label')]: sampleValues.viber.botUsername,
      [t('viber.token.label')]: 'fedcba9876543210-fedcba9876543210-0000000000000000',
    });
    await userEvent.click(canvas.getByRole('button', { name: t('action.testConnection') }));
    await expectFieldError(
      canvas.getByLabelText(t('viber.token.label'), { selector: 'input' }),
      resultIn(globals, 'result.invalid_token', { provider: 'Viber' }),
    );
  },
};

/** LINE in Japanese: the connector answers in English, the form shows the Japanese catalogue text. */
export const LineInJapanese: Story = {
  args: { type: 'line' },
  globals: { locale: 'ja' },
  play: async ({ canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    await fill(canvasElement, {
      [t('line.name.label')]: sampleValues.line.name,
      [t('line.token.label')]: sampleValues.line.token,
    });
    await userEvent.click(canvas.getByRole('button', { name: t('action.testConnection') }));
    const alert = await canvas.findByRole('alert');
    await waitFor(() =>
      expect(alert).toHaveTextContent(
        resultIn(globals, 'result.connected', { account: 'ACME Support' }),
      ),
    );
    await expect(alert).toHaveTextContent(t('detail.basicId'));
  },
};
