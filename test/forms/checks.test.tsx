import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  MessengerFormsProvider,
  TelegramAccountForm,
  en,
  formatMessage,
  ja,
  type ActionCheck,
  type ActionResult,
  type MessageOverrides,
  type MessengerFormsLocale,
} from '../../src';
import { createHttpCallbacks } from '../../src/mocks';
import { withStyles } from '../setup-emotion';
import { SAMPLES, labelledValues } from './fixtures';
import { button, field, fill, setupUser } from './helpers';

// `checks` of a result (DESIGN "Result checks"): an ordered list in the alert,
// status in words, localized by code, redacted; failing checks on their field.
const values = labelledValues(SAMPLES.telegram);
const TOKEN = values.Token as string;

const webhookNotSet: ActionCheck = {
  id: 'webhook_set',
  status: 'fail',
  code: 'webhook_not_set',
  message: 'No webhook is set: press Set Webhook.',
};

function renderTelegram(
  result: unknown,
  { locale = 'en', messages }: { locale?: MessengerFormsLocale; messages?: MessageOverrides } = {},
) {
  const onTestConnection = vi.fn().mockResolvedValue(result);
  render(
    <MessengerFormsProvider locale={locale} messages={messages}>
      <TelegramAccountForm onSubmit={vi.fn()} onTestConnection={onTestConnection} />
    </MessengerFormsProvider>,
  );
  return onTestConnection;
}

async function fillAndTest(locale: MessengerFormsLocale = 'en') {
  const catalogue = locale === 'ja' ? ja : en;
  const user = setupUser();
  fill({
    [catalogue['telegram.token.label']]: TOKEN,
    [catalogue['telegram.botUsername.label']]: values['Bot Username'] as string,
  });
  await user.click(button(catalogue['action.testConnection']));
  const alert = await screen.findByRole('alert');
  return { user, alert };
}

/** The checklist items inside the alert, as text. */
const itemsOf = (alert: HTMLElement) =>
  within(within(alert).getByRole('list'))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('result checks', () => {
  it('are listed inside the alert in the given order, each status in words', async () => {
    renderTelegram({
      ok: true,
      message: 'Connected to @acme_bot.',
      checks: [
        { id: 'token', status: 'pass', message: 'The token is valid.' },
        { id: 'identity', status: 'warn', message: 'The bot is @other_bot.' },
        { id: 'webhook_ours', status: 'pass', message: 'The webhook points here.' },
      ],
    } satisfies ActionResult);
    const { alert } = await fillAndTest();
    expect(itemsOf(alert)).toEqual([
      'Passed: The token is valid.',
      'Warning: The bot is @other_bot.',
      'Passed: The webhook points here.',
    ]);
    expect(alert).toHaveTextContent('Connected to @acme_bot.');
  });

  it('show a failing check with a field on that field, until that field is edited', async () => {
    renderTelegram({
      ok: false,
      message: 'Telegram rejected the token.',
      checks: [
        { id: 'token', status: 'fail', field: 'token', message: 'Paste the whole token.' },
        { id: 'identity', status: 'fail', field: 'botUsername', message: 'This is @other_bot.' },
      ],
    } satisfies ActionResult);
    const { user, alert } = await fillAndTest();
    expect(itemsOf(alert)).toEqual([
      'Failed: Paste the whole token.',
      'Failed: This is @other_bot.',
    ]);
    const token = field('Token');
    const bot = field('Bot Username');
    expect(token).toHaveAttribute('aria-invalid', 'true');
    expect(token).toHaveAccessibleDescription('Paste the whole token.');
    expect(bot).toHaveAttribute('aria-invalid', 'true');
    expect(bot).toHaveAccessibleDescription('This is @other_bot.');

    await user.type(bot, 'x');
    expect(bot).toHaveAttribute('aria-invalid', 'false');
    expect(bot).not.toHaveAccessibleDescription('This is @other_bot.');
    expect(token).toHaveAccessibleDescription('Paste the whole token.');
  });

  it('turn `ok: true` with a failing check into an error, on the first failing field', async () => {
    withStyles(); // asserts the visually hidden action name's computed style
    renderTelegram({
      ok: true,
      message: 'Connected to @acme_bot.',
      checks: [
        { id: 'token', status: 'pass', message: 'The token is valid.' },
        { ...webhookNotSet, field: 'botUsername' },
        { id: 'other', status: 'fail', field: 'token', message: 'Later failure.' },
      ],
    } satisfies ActionResult);
    const { alert } = await fillAndTest();
    expect(alert).not.toHaveTextContent('Connected to @acme_bot.');
    // A short headline; the failing sentence once in the alert (its list item), once at the field.
    expect(alert).toHaveTextContent(
      `Test Connection: ${formatMessage(en['check.summary'], { failed: 2, total: 3 })}`,
    );
    expect(alert.textContent?.split(webhookNotSet.message)).toHaveLength(2);
    // The action's name is there for screen readers, not shown again.
    const name = within(alert).getByText(/^Test Connection:/);
    const style = getComputedStyle(name);
    expect([style.position, style.width, style.overflow]).toEqual(['absolute', '1px', 'hidden']);
    expect(field('Bot Username')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Bot Username')).toHaveAccessibleDescription(webhookNotSet.message);
  });

  it('drop malformed checks without crashing', async () => {
    const inherited = Object.create({ id: 'x', status: 'fail', message: 'Inherited.' }) as object;
    renderTelegram({
      ok: true,
      message: 'Connected.',
      checks: [
        null,
        5,
        'fail',
        inherited,
        { id: 1, status: 'pass', message: 'Numeric id.' },
        { id: 'a', status: 'bogus', message: 'Unknown status.' },
        { id: 'b', status: 'fail', message: '   ' },
        { id: 'c', status: 'fail', message: 'Bad field.', field: 7, params: 'x' },
        { id: 'd', status: 'pass', message: 'Kept {n}.', code: 3, params: { n: {} } },
      ],
    });
    const { alert } = await fillAndTest();
    // The check with a non-string field keeps its text but not the field.
    expect(itemsOf(alert)).toEqual(['Failed: Bad field.', 'Passed: Kept {n}.']);
    expect(field('Token')).toHaveAttribute('aria-invalid', 'false');
  });

  it('redact a check message that echoes the token', async () => {
    renderTelegram({
      ok: false,
      message: 'Rejected.',
      checks: [{ id: 'token', status: 'fail', field: 'token', message: `Token ${TOKEN} refused.` }],
    } satisfies ActionResult);
    const { alert } = await fillAndTest();
    expect(itemsOf(alert)).toEqual(['Failed: Token ••• refused.']);
    expect(document.body).not.toHaveTextContent(TOKEN);
  });

  it('say the statuses in Japanese under locale="ja"', async () => {
    renderTelegram(
      {
        ok: false,
        message: 'Webhook が設定されていません。',
        checks: [
          { id: 'token', status: 'pass', message: 'トークンは有効です。' },
          { id: 'identity', status: 'warn', message: 'ボットは @other_bot です。' },
          { ...webhookNotSet, message: 'Webhook が設定されていません。' },
        ],
      } satisfies ActionResult,
      { locale: 'ja' },
    );
    const { alert } = await fillAndTest('ja');
    expect(itemsOf(alert)).toEqual([
      '成功: トークンは有効です。',
      '注意: ボットは @other_bot です。',
      '失敗: Webhook が設定されていません。',
    ]);
  });

  it("show the host's `result.<code>` message for a check, filled with params", async () => {
    renderTelegram(
      {
        ok: true,
        checks: [
          {
            id: 'webhook_ours',
            status: 'warn',
            code: 'webhook_elsewhere',
            params: { url: 'https://other.example/hook' },
            message: 'English from the server.',
          },
        ],
      } satisfies ActionResult,
      { messages: { 'result.webhook_elsewhere': 'Points at {url} (custom).' } },
    );
    const { alert } = await fillAndTest();
    expect(itemsOf(alert)).toEqual(['Warning: Points at https://other.example/hook (custom).']);
    expect(alert).not.toHaveTextContent('English from the server.');
  });

  it('are kept and redacted by createHttpCallbacks; a failing check makes ok false', async () => {
    const body = {
      ok: true,
      checks: [
        { id: 'token', status: 'pass', message: 'Fine.', extra: 'dropped' },
        { id: 'webhook', status: 'fail', field: 'token', message: `Echo ${TOKEN}.` },
      ],
    };
    const { onTestConnection } = createHttpCallbacks({
      baseUrl: 'http://127.0.0.1/api',
      fetch: () => Promise.resolve(new Response(JSON.stringify(body), { status: 200 })),
    });
    const result = await onTestConnection(
      { type: 'telegram', token: TOKEN, botUsername: 'acme_bot' },
      { signal: new AbortController().signal },
    );
    expect(result).toEqual({
      ok: false,
      message: 'Echo •••.',
      field: 'token',
      checks: [
        { id: 'token', status: 'pass', message: 'Fine.' },
        { id: 'webhook', status: 'fail', field: 'token', message: 'Echo •••.' },
      ],
    });
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });
});
