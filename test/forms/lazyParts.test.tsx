import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MessengerFormsProvider, ViberAccountForm, ja, type ViberConfig } from '../../src';
import type { WebhookMock } from './describeMessengerForm';
import { SAMPLES, labelledValues } from './fixtures';
import { button, fill, setupUser } from './helpers';

// The forms load the URL dialog, the discard question and the result alert on demand
// (MessengerFormEngine, src/core/form/lazy.tsx). These tests press the buttons as soon
// as the form is there, before any prefetch, so each part is loaded by the press.

describe('parts loaded on demand', () => {
  it('opens the Viber URL dialog, focuses its field and validates it', async () => {
    const user = setupUser();
    const onSetWebhook: WebhookMock = vi.fn().mockResolvedValue({ ok: true });
    render(<ViberAccountForm onSubmit={vi.fn()} onSetWebhook={onSetWebhook} />);
    fill(labelledValues(SAMPLES.viber));
    await user.click(button('Set Webhook'));
    const dialog = await screen.findByRole('dialog', { name: 'Set Webhook' });
    const url = within(dialog).getByLabelText('Webhook url (host and port)');
    await waitFor(() => expect(url).toHaveFocus());
    await user.click(within(dialog).getByRole('button', { name: 'Set Webhook' }));
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(
      'Enter the host and port, e.g. office.yourcompany.com:1234.',
    );
    expect(onSetWebhook).not.toHaveBeenCalled();
  });

  it('shows the dialog and the result in Japanese, under the host messages', async () => {
    const user = setupUser();
    const onSetWebhook: WebhookMock = vi
      .fn()
      .mockImplementation((_config, { webhookUrl }) => ({ ok: true, webhookUrl }));
    render(
      <MessengerFormsProvider locale="ja" messages={{ 'webhookDialog.cancel': '閉じる' }}>
        <ViberAccountForm
          onSubmit={vi.fn()}
          onSetWebhook={onSetWebhook}
          initialValues={SAMPLES.viber.config as ViberConfig}
        />
      </MessengerFormsProvider>,
    );
    await user.click(button(ja['action.setWebhook']));
    const dialog = await screen.findByRole('dialog', { name: ja['webhookDialog.title'] });
    expect(within(dialog).getByRole('button', { name: '閉じる' })).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(ja['webhookDialog.url.label']), 'example.com');
    await user.click(within(dialog).getByRole('button', { name: ja['webhookDialog.confirm'] }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      ja['action.setWebhook.okWithUrl'].replace('{url}', 'https://example.com:443'),
    );
  });
});
