import type { ComponentType, ReactElement } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  AddMessengerAccountButton,
  CreateMessengerAccountDialog,
  FacebookAccountForm,
  LineAccountForm,
  MessengerFormsProvider,
  NexmoAccountForm,
  TelegramAccountForm,
  ViberAccountForm,
  ja,
  type ActionResult,
  type MessengerFormProps,
  type MessengerConfig,
  type WebhookResult,
} from '../../src';
import { englishLeftIn } from './catalogues';
import { typeName } from '../../stories/support/names';

/** Declares the test only where it applies (Nexmo has no actions), instead of a skipped one. */
const itWhen = (applies: boolean): typeof it =>
  applies ? it : ((() => undefined) as unknown as typeof it);

// Sweeps the rendered DOM under locale="ja" for any English catalogue text.

// Each case drives a whole form through several states: allow for slow CI machines.
const SLOW = { timeout: 30_000 };

type AnyForm = ComponentType<MessengerFormProps<MessengerConfig>>;

interface Case {
  name: string;
  Form: AnyForm;
  /** Label → value that is invalid or triggers a warning ('' leaves the field empty). */
  invalid: Array<[label: string, value: string]>;
  /** Label → valid value. */
  valid: Array<[label: string, value: string]>;
  testConnection: boolean;
  setWebhook: boolean;
}

const cases: Case[] = [
  {
    name: 'Facebook',
    Form: FacebookAccountForm as AnyForm,
    invalid: [
      ['ページのユーザー名', 'ab'],
      ['ページID', 'x1'],
      ['トークン', 'abc'],
      ['Webhook検証トークン', ''],
    ],
    valid: [
      ['ページのユーザー名', 'acme.support'],
      ['ページID', '1234567890'],
      ['トークン', 'abcdef'],
      ['Webhook検証トークン', 'verify-me'],
    ],
    testConnection: true,
    setWebhook: false,
  },
  {
    name: 'LINE',
    Form: LineAccountForm as AnyForm,
    invalid: [
      ['名前', 'n'.repeat(101)],
      ['トークン', ''],
    ],
    valid: [
      ['名前', 'Support'],
      ['トークン', 'abc123'],
    ],
    testConnection: true,
    setWebhook: false,
  },
  {
    name: 'Nexmo',
    Form: NexmoAccountForm as AnyForm,
    invalid: [
      ['名前', ''],
      ['キー', 'ab-c'],
      ['シークレット', ''],
    ],
    valid: [
      ['名前', 'Support'],
      ['キー', 'abc'],
      ['シークレット', 'secret1'],
    ],
    testConnection: false,
    setWebhook: false,
  },
  {
    name: 'Telegram',
    Form: TelegramAccountForm as AnyForm,
    invalid: [
      ['ボットのユーザー名', 'ab'],
      ['トークン', 'bad'],
    ],
    valid: [
      ['ボットのユーザー名', 'acme_support_bot'],
      ['トークン', `123456:${'A'.repeat(30)}`],
    ],
    testConnection: true,
    setWebhook: true,
  },
  {
    name: 'Viber',
    Form: ViberAccountForm as AnyForm,
    invalid: [
      ['ボットのユーザー名', ''],
      ['トークン', 'abc'],
    ],
    valid: [
      ['ボットのユーザー名', 'acme'],
      ['トークン', 'abc'],
    ],
    testConnection: true,
    setWebhook: true,
  },
];

const noop = () => {};
const never = () => new Promise<never>(() => {});

function renderJa(ui: ReactElement) {
  return render(<MessengerFormsProvider locale="ja">{ui}</MessengerFormsProvider>);
}

async function fill(
  user: ReturnType<typeof userEvent.setup>,
  values: Array<[label: string, value: string]>,
) {
  for (const [label, value] of values) {
    const input = screen.getByLabelText(label);
    await user.clear(input);
    // Paste, not type: one change per field keeps the sweep fast.
    if (value) await user.paste(value);
  }
}

function expectNoEnglish() {
  expect(englishLeftIn()).toEqual([]);
}

describe.each(cases)('$name form under locale="ja"', SLOW, (c) => {
  it('shows no English after an invalid submit and an invalid action', async () => {
    const user = userEvent.setup();
    renderJa(
      <c.Form
        onSubmit={noop}
        onCancel={noop}
        onTestConnection={async () => ({ ok: true })}
        onSetWebhook={async () => ({ ok: true })}
      />,
    );
    expectNoEnglish();
    await fill(user, c.invalid);
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(document.querySelectorAll('input[aria-invalid="true"]').length).toBeGreaterThan(0);
    if (c.testConnection) await user.click(screen.getByRole('button', { name: '接続テスト' }));
    if (c.setWebhook) await user.click(screen.getByRole('button', { name: 'Webhookを設定' }));
    expectNoEnglish();
  });

  it('shows no English in action results, stale results and a failed save', async () => {
    const user = userEvent.setup();
    const okResult = async (): Promise<ActionResult> => ({ ok: true });
    const webhookResult = async (): Promise<WebhookResult> => ({
      ok: true,
      webhookUrl: 'https://hooks.example.com/viber',
    });
    renderJa(
      <c.Form
        onSubmit={() => Promise.reject(new Error('サーバーエラー'))}
        onCancel={noop}
        onTestConnection={okResult}
        onSetWebhook={webhookResult}
      />,
    );
    await fill(user, c.valid);
    if (c.testConnection) {
      await user.click(screen.getByRole('button', { name: '接続テスト' }));
      expect(await screen.findByText(ja['action.testConnection.ok'])).toBeInTheDocument();
    }
    if (c.setWebhook) {
      await user.click(screen.getByRole('button', { name: 'Webhookを設定' }));
      if (c.name === 'Viber') {
        const dialog = await screen.findByRole('dialog', { name: 'Webhookを設定' });
        const url = within(dialog).getByLabelText('Webhook URL（ホストとポート）');
        await user.click(url);
        await user.paste('http://office.example.com:1234');
        await user.click(within(dialog).getByRole('button', { name: 'Webhookを設定' }));
        expect(within(dialog).getByText(ja['error.webhookUrl.http'])).toBeInTheDocument();
        expectNoEnglish();
        await user.clear(url);
        await user.paste('office.example.com:1234');
        await user.click(within(dialog).getByRole('button', { name: 'Webhookを設定' }));
        // The dialog closes with a transition; until it is gone the form behind it is
        // aria-hidden and its fields and buttons are not found by role.
        await waitFor(() => expect(dialog).not.toBeInTheDocument());
      }
      expect(await screen.findByText(/Webhookを .* に設定しました。/)).toBeInTheDocument();
    }
    // Edit a field: results become stale.
    await user.type(screen.getByLabelText(c.valid[0][0]), 'x');
    if (c.testConnection || c.setWebhook)
      expect(screen.getAllByText(ja['action.stale']).length).toBeGreaterThan(0);
    await fill(user, c.valid);
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(
      await screen.findByText(
        ja['form.saveFailedWithReason'].replace('{reason}', 'サーバーエラー'),
      ),
    ).toBeInTheDocument();
    expectNoEnglish();
  });

  itWhen(c.testConnection)('shows no English after a failed or timed-out action', async () => {
    const user = userEvent.setup();
    const { unmount } = renderJa(
      <c.Form
        onSubmit={() => Promise.reject(new Error(''))}
        onTestConnection={() => Promise.reject(new Error('boom'))}
      />,
    );
    await fill(user, c.valid);
    await user.click(screen.getByRole('button', { name: '接続テスト' }));
    expect(await screen.findByText(ja['action.failed'])).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(ja['form.saveFailed'])).toBeInTheDocument();
    expectNoEnglish();
    unmount();

    renderJa(<c.Form onSubmit={noop} onTestConnection={never} actionTimeoutMs={50} />);
    await fill(user, c.valid);
    await user.click(screen.getByRole('button', { name: '接続テスト' }));
    expectNoEnglish(); // while running
    expect(await screen.findByText(/秒以内に応答がありませんでした/)).toBeInTheDocument();
    expectNoEnglish();
  });
});

describe('components under locale="ja"', SLOW, () => {
  it('Facebook: Generate random token and Copy show no English', async () => {
    const user = userEvent.setup();
    renderJa(<FacebookAccountForm onSubmit={noop} />);
    await user.click(screen.getByRole('button', { name: 'ランダムなトークンを生成' }));
    expect(screen.getByLabelText('Webhook検証トークン')).not.toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Webhook検証トークンをコピー' }));
    expect(
      await screen.findByText(ja['copy.done'].replace('{label}', 'Webhook検証トークン')),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Webhook検証トークンを表示' }));
    expect(screen.getByRole('button', { name: 'Webhook検証トークンを非表示' })).toBeInTheDocument();
    expectNoEnglish();
  });

  it('AddMessengerAccountButton and its menu show no English', async () => {
    const user = userEvent.setup();
    renderJa(<AddMessengerAccountButton onSelect={noop} />);
    expectNoEnglish();
    await user.click(screen.getByRole('button', { name: 'メッセンジャーアカウントを追加' }));
    expect(await screen.findByRole('menu')).toBeInTheDocument();
    const items = screen.getAllByRole('menuitem');
    const names = ['Facebook Messenger', 'LINE', 'Nexmo', 'Telegram', 'Viber'];
    expect(items).toHaveLength(names.length);
    items.forEach((item, index) => expect(item).toHaveAccessibleName(typeName(names[index])));
    // The hints (part of the names) are Japanese too.
    expect(items[3]).toHaveAccessibleName('Telegram @BotFatherが発行するボットトークン');
    expectNoEnglish();
  });

  it('CreateMessengerAccountDialog: picker, then a form with Back, show no English', async () => {
    const user = userEvent.setup();
    renderJa(<CreateMessengerAccountDialog open onClose={noop} onCreate={noop} />);
    const dialog = await screen.findByRole('dialog', { name: 'メッセンジャーアカウントを追加' });
    expect(within(dialog).getByRole('list', { name: 'メッセンジャーの種類' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'キャンセル' })).toBeInTheDocument();
    expectNoEnglish();

    await user.click(within(dialog).getByRole('button', { name: typeName('Telegram') }));
    expect(screen.getByRole('dialog', { name: 'Telegramアカウントを追加' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '戻る' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getAllByText(ja['error.required'])).toHaveLength(2);
    expectNoEnglish();

    await user.click(screen.getByRole('button', { name: '戻る' }));
    expect(screen.getByRole('list', { name: 'メッセンジャーの種類' })).toBeInTheDocument();
    expectNoEnglish();
  });

  it('the sweep does catch English (control)', () => {
    render(<TelegramAccountForm onSubmit={noop} />);
    expect(englishLeftIn()).toEqual(
      expect.arrayContaining([expect.stringContaining('Bot Username')]),
    );
  });
});
