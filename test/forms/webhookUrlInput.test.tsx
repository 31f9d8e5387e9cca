import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../src';
import type { WebhookMock } from './describeMessengerForm';
import { SAMPLES, labelledValues } from './fixtures';
import { button, fill, renderForm, setupUser } from './helpers';

// DESIGN "Behaviour every form must have", Viber Set Webhook: no port means 443,
// IDN as punycode, whitespace inside refused, loopback/private hosts warned about.
async function openDialog() {
  const user = setupUser();
  const onSetWebhook: WebhookMock = vi.fn().mockResolvedValue({ ok: true });
  renderForm('viber', { onSetWebhook });
  fill(labelledValues(SAMPLES.viber));
  await user.click(button('Set Webhook'));
  const dialog = await screen.findByRole('dialog', { name: 'Set Webhook' });
  const url = within(dialog).getByLabelText('Webhook url (host and port)');
  const confirm = within(dialog).getByRole('button', { name: 'Set Webhook' });
  return { user, onSetWebhook, url, confirm };
}

describe('Viber Set Webhook dialog: URL rules', () => {
  it('refuses "bad host:12" instead of sending "badhost:12"', async () => {
    const { user, onSetWebhook, url, confirm } = await openDialog();
    await user.paste('bad host:12');
    await user.click(confirm);
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(en['error.webhookUrl.whitespace']);
    expect(url).toHaveValue('bad host:12');
    expect(onSetWebhook).not.toHaveBeenCalled();
  });

  it('sends an IDN host without port as https://punycode:443', async () => {
    const { user, onSetWebhook, confirm } = await openDialog();
    await user.paste('exämple.com/viber');
    await user.click(confirm);
    await waitFor(() => expect(onSetWebhook).toHaveBeenCalledTimes(1));
    expect(onSetWebhook.mock.calls[0][1].webhookUrl).toBe('https://xn--exmple-cua.com:443/viber');
  });

  it('warns about a private address while typing, and still lets it through', async () => {
    const { user, onSetWebhook, url, confirm } = await openDialog();
    await user.paste('192.168.1.20:8443');
    expect(url).toHaveAttribute('aria-invalid', 'false');
    expect(url).toHaveAccessibleDescription(en['warning.webhookUrl.private']);
    await user.click(confirm);
    await waitFor(() => expect(onSetWebhook).toHaveBeenCalledTimes(1));
    expect(onSetWebhook.mock.calls[0][1].webhookUrl).toBe('https://192.168.1.20:8443');
  });

  it('shows the usual helper for a public address', async () => {
    const { user, url } = await openDialog();
    await user.paste('office.example.com');
    expect(url).toHaveAccessibleDescription(en['webhookDialog.url.helper']);
  });
});
