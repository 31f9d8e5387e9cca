import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { en, type ActionResult } from '../../src';
import type { TestMock, WebhookMock } from './describeMessengerForm';
import { SAMPLES, deferred, labelledValues } from './fixtures';
import {
  button,
  captureConsole,
  expectNoAxeViolations,
  expectValues,
  field,
  fill,
  queryButton,
  renderForm,
  setupUser,
  watchUnhandledRejections,
} from './helpers';

// The fault matrix runs on Telegram, the one type with both actions and no URL dialog.
const sample = SAMPLES.telegram;
const valid = labelledValues(sample);

const ACTIONS = [
  {
    name: 'Test Connection',
    prop: 'onTestConnection',
    running: en['action.testConnection.running'],
  },
  { name: 'Set Webhook', prop: 'onSetWebhook', running: en['action.setWebhook.running'] },
] as const;

/** Matches the timeout message whatever number of seconds it shows. */
const TIMEOUT_TEXT = new RegExp(
  en['action.timeout'].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('{seconds}', '[0-9.]+'),
);

type Callback = (...args: unknown[]) => unknown;

const FAULTS: ReadonlyArray<{ name: string; callback: Callback }> = [
  { name: 'rejects', callback: () => Promise.reject(new Error('ECONNRESET')) },
  { name: 'rejects with a non-Error', callback: () => Promise.reject('ECONNRESET') },
  {
    name: 'throws synchronously',
    callback: () => {
      throw new Error('callback crashed');
    },
  },
  { name: 'resolves undefined', callback: async () => undefined },
  { name: "resolves { ok: 'yes' }", callback: async () => ({ ok: 'yes' }) },
  { name: 'resolves { ok: false } without a message', callback: async () => ({ ok: false }) },
];

describe.each(ACTIONS)('$name faults', ({ name, prop, running }) => {
  it.each(FAULTS)(
    'a callback that $name shows a generic error; the form stays usable',
    async ({ callback }) => {
      const user = setupUser();
      const logs = captureConsole();
      const rejections = watchUnhandledRejections();
      const spy = vi.fn(callback);
      renderForm('telegram', { [prop]: spy });
      fill(valid);
      await user.click(button(name));

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(`${name}: ${en['action.failed']}`);
      expect(alert).not.toHaveTextContent(/ECONNRESET|crashed/);
      expectValues(valid);
      for (const label of Object.keys(valid)) expect(field(label)).toBeEnabled();
      expect(button(name)).toBeEnabled();

      // Usable: the action can run again and the fields can still be edited.
      await user.click(button(name));
      await waitFor(() => expect(spy).toHaveBeenCalledTimes(2));
      await user.type(field('Bot Username'), 'x');
      expect(field('Bot Username')).toHaveValue(`${valid['Bot Username']}x`);
      await rejections.expectNone();
      expect(logs.count()).toBe(0);
    },
  );

  it('a callback that never settles times out: timeout message, signal aborted, form usable', async () => {
    const user = setupUser();
    const rejections = watchUnhandledRejections();
    const late = deferred<ActionResult>();
    const spy: TestMock = vi.fn().mockReturnValueOnce(late.promise);
    renderForm('telegram', { [prop]: spy, actionTimeoutMs: 50 });
    fill(valid);
    await user.click(button(name));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(TIMEOUT_TEXT);
    expect(spy).toHaveBeenCalledTimes(1);
    const { signal } = spy.mock.calls[0][1];
    expect(signal.aborted).toBe(true);
    expect(button(name)).toBeEnabled();
    expectValues(valid);

    // A late answer does not replace the timeout.
    await act(async () => late.resolve({ ok: true, message: 'Too late' }));
    expect(screen.getByRole('alert')).toHaveTextContent(TIMEOUT_TEXT);
    expect(screen.queryByText(/Too late/)).toBeNull();
    await rejections.expectNone();
  });

  it('unmounting mid-flight aborts the signal and logs nothing', async () => {
    const user = setupUser();
    const logs = captureConsole();
    const rejections = watchUnhandledRejections();
    const pending = deferred<ActionResult>();
    const spy: TestMock = vi.fn().mockReturnValueOnce(pending.promise);
    const { unmount } = renderForm('telegram', { [prop]: spy });
    fill(valid);
    await user.click(button(name));
    const { signal } = spy.mock.calls[0][1];
    expect(signal.aborted).toBe(false);

    unmount();
    expect(signal.aborted).toBe(true);
    await act(async () => pending.reject(new Error('aborted')));
    await rejections.expectNone();
    expect(logs.count()).toBe(0);
  });

  it('a double click runs the callback once; the button shows progress and is disabled while in flight', async () => {
    const user = setupUser();
    const pending = deferred<ActionResult>();
    const spy: TestMock = vi.fn().mockReturnValueOnce(pending.promise);
    renderForm('telegram', { [prop]: spy });
    fill(valid);
    const control = button(name);
    // Two presses before React re-renders (the button is still enabled for the second).
    act(() => {
      control.click();
      control.click();
    });
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
    // More presses while in flight.
    await user.dblClick(control);
    fireEvent.click(control);

    expect(spy).toHaveBeenCalledTimes(1);
    // Still focusable while running (keyboard users keep their place), but marked unavailable.
    expect(control).toHaveAttribute('aria-disabled', 'true');
    expect(control).toHaveAccessibleName(running);
    expect(screen.queryByRole('alert')).toBeNull();

    await act(async () =>
      pending.resolve({ ok: true, message: 'Bot @acme_support_bot is alive.' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Bot @acme_support_bot is alive.');
    expect(control).toBeEnabled();
    expect(control).not.toHaveAttribute('aria-disabled');
    expect(control).toHaveAccessibleName(name);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('result messages', () => {
  const XSS = '<img src=x onerror=alert(1)>';

  it('renders a message, details and a field message as literal text, never as HTML', async () => {
    const user = setupUser();
    const onTestConnection: TestMock = vi
      .fn()
      .mockResolvedValueOnce({ ok: true, message: XSS, details: { [XSS]: XSS } })
      .mockResolvedValueOnce({ ok: false, message: XSS, field: 'botUsername' });
    const { container } = renderForm('telegram', { onTestConnection });
    fill(valid);

    await user.click(button('Test Connection'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`Test Connection: ${XSS}`);
    expect(alert.textContent?.split(XSS)).toHaveLength(4);
    expect(document.querySelector('img')).toBeNull();

    await user.click(button('Test Connection'));
    await waitFor(() => expect(field('Bot Username')).toHaveAttribute('aria-invalid', 'true'));
    expect(field('Bot Username')).toHaveAccessibleDescription(XSS);
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('ignores a field result naming an unknown field but still shows the message', async () => {
    const user = setupUser();
    const onTestConnection: TestMock = vi
      .fn()
      .mockResolvedValue({ ok: false, message: 'Blocked by policy.', field: 'nonsense' });
    renderForm('telegram', { onTestConnection });
    fill(valid);
    await user.click(button('Test Connection'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Test Connection: Blocked by policy.',
    );
    for (const label of Object.keys(valid)) {
      expect(field(label)).toHaveAttribute('aria-invalid', 'false');
    }
  });

  it('shows the default success texts when the result has no message', async () => {
    const user = setupUser();
    renderForm('telegram', {
      onTestConnection: vi.fn().mockResolvedValue({ ok: true }),
      onSetWebhook: vi.fn().mockResolvedValue({ ok: true }),
    });
    fill(valid);
    await user.click(button('Test Connection'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Test Connection: ${en['action.testConnection.ok']}`,
    );
    await user.click(button('Set Webhook'));
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(screen.getAllByRole('alert')[1]).toHaveTextContent(
      `Set Webhook: ${en['action.setWebhook.ok']}`,
    );
    expect(queryButton(en['action.setWebhook.running'])).toBeNull();
  });
});

describe('Viber Set Webhook dialog', () => {
  const viber = SAMPLES.viber;

  async function openDialog() {
    const user = setupUser();
    const onSetWebhook: WebhookMock = vi.fn().mockResolvedValue({ ok: true });
    renderForm('viber', { onSetWebhook });
    fill(labelledValues(viber));
    await user.click(button('Set Webhook'));
    const dialog = await screen.findByRole('dialog', { name: 'Set Webhook' });
    const url = within(dialog).getByLabelText('Webhook url (host and port)');
    return { user, onSetWebhook, dialog, url };
  }

  it('asks for "Webhook url (host and port)", rejects bad URLs and passes https://host:port', async () => {
    const { user, onSetWebhook, dialog, url } = await openDialog();
    expect(url).toHaveFocus();
    expect(url).toHaveAccessibleDescription(en['webhookDialog.url.helper']);
    await expectNoAxeViolations(document.body);
    const confirm = within(dialog).getByRole('button', { name: 'Set Webhook' });

    const bad: Array<[string, string]> = [
      ['http://office.example.com:1234', en['error.webhookUrl.http']],
      ['bad host.example.com:1234', en['error.webhookUrl.whitespace']],
      ['office.example.com:70000', en['error.webhookUrl.portRange']],
      ['bad_host!.example.com:1234', en['error.webhookUrl.host']],
    ];
    for (const [input, message] of bad) {
      await user.clear(url);
      await user.paste(input);
      await user.click(confirm);
      expect(url).toHaveAttribute('aria-invalid', 'true');
      expect(url).toHaveAccessibleDescription(message);
    }
    expect(onSetWebhook).not.toHaveBeenCalled();
    expect(dialog).toBeInTheDocument();

    await user.clear(url);
    await user.paste('office.example.com:1234');
    expect(url).toHaveAttribute('aria-invalid', 'false');
    await user.click(confirm);
    await waitFor(() => expect(onSetWebhook).toHaveBeenCalledTimes(1));
    expect(onSetWebhook.mock.calls[0][0]).toStrictEqual(viber.config);
    expect(onSetWebhook.mock.calls[0][1]).toEqual({
      signal: expect.any(AbortSignal),
      locale: 'en',
      webhookUrl: 'https://office.example.com:1234',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('alert')).toHaveTextContent(en['action.setWebhook.ok']);
  });

  it('Escape closes the dialog without calling the callback', async () => {
    const { user, onSetWebhook, dialog, url } = await openDialog();
    expect(url).toHaveFocus();
    await user.paste('office.example.com:1234');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(onSetWebhook).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Cancel closes the dialog without calling the callback', async () => {
    const { user, onSetWebhook, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(onSetWebhook).not.toHaveBeenCalled();
  });

  it('Enter in the URL field confirms; a path is kept', async () => {
    const { user, onSetWebhook, url } = await openDialog();
    expect(url).toHaveFocus();
    await user.paste('https://Office.Example.com:8443/viber/hook');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onSetWebhook).toHaveBeenCalledTimes(1));
    expect(onSetWebhook.mock.calls[0][1].webhookUrl).toBe(
      'https://office.example.com:8443/viber/hook',
    );
  });
});
