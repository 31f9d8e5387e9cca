import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  AddMessengerAccountButton,
  FacebookAccountForm,
  MessengerTypePicker,
  TelegramAccountForm,
  en,
  formatMessage,
} from '../../src';
import { SAMPLES, labelledValues } from './fixtures';
import { button, field, fill, setupUser } from './helpers';
import { typeName } from '../../stories/support/names';

/** A short, readable name of the focused element. */
function focused(): string {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return '(body)';
  if (el instanceof HTMLInputElement) return `[${el.labels?.[0]?.textContent ?? el.name}]`;
  return el.getAttribute('aria-label') ?? el.textContent ?? el.tagName;
}

describe('keyboard only', () => {
  it('Tab reaches every control of the Facebook form in order', async () => {
    const user = setupUser();
    render(
      <FacebookAccountForm
        onSubmit={vi.fn()}
        onCancel={vi.fn()}
        onTestConnection={vi.fn()}
        initialValues={{ webhookVerifyToken: 'FAKE-verify-token-1' }}
      />,
    );
    const order: string[] = [];
    for (let i = 0; i < 15; i++) {
      await user.tab();
      order.push(focused());
    }
    expect(order).toEqual([
      '[Page Username]',
      '[Type]',
      '[Page ID]',
      '[Token]',
      'Show Token',
      '[Webhook Verify Token]',
      'Show Webhook Verify Token',
      'Copy Webhook Verify Token',
      'Generate random token',
      '[App Secret]',
      'Show App Secret',
      'Test Connection',
      'Cancel',
      'Save',
      '(body)',
    ]);
  });

  it('fills, reveals, generates, copies, tests and saves the Facebook form without a mouse', async () => {
    const user = setupUser();
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onSubmit = vi.fn();
    const onTestConnection = vi.fn().mockResolvedValue({ ok: true, message: 'Page found.' });
    render(<FacebookAccountForm onSubmit={onSubmit} onTestConnection={onTestConnection} />);

    await user.tab();
    await user.keyboard('acme.support');
    await user.tab();
    await user.tab();
    await user.keyboard('1045');
    await user.tab();
    await user.keyboard('EAAFAKE1');
    await user.tab();
    expect(focused()).toBe('Show Token');
    await user.keyboard('{Enter}');
    expect(field('Token')).toHaveAttribute('type', 'text');
    await user.tab();
    await user.tab();
    await user.tab(); // Copy is disabled while the token is empty: straight to Generate
    expect(focused()).toBe('Generate random token');
    await user.keyboard('{Enter}');
    const verifyToken = field('Webhook Verify Token').value;
    expect(verifyToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    await user.tab({ shift: true });
    expect(focused()).toBe('Copy Webhook Verify Token');
    await user.keyboard(' ');
    expect(writeText).toHaveBeenCalledWith(verifyToken);
    expect(await screen.findByRole('status')).toHaveTextContent(
      formatMessage(en['copy.done'], { label: 'Webhook Verify Token' }),
    );

    await user.tab();
    await user.tab();
    expect(focused()).toBe('[App Secret]');
    await user.keyboard('FAKE0app0secret0');
    await user.tab();
    await user.tab();
    expect(focused()).toBe('Test Connection');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Test Connection: Page found.');

    await user.tab();
    expect(focused()).toBe('Save');
    await user.keyboard('{Enter}');
    const config = {
      type: 'facebook',
      pageUsername: 'acme.support',
      pageId: '1045',
      token: 'EAAFAKE1',
      webhookVerifyToken: verifyToken,
      appSecret: 'FAKE0app0secret0',
    };
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(config);
    expect(onTestConnection).toHaveBeenCalledWith(config, {
      signal: expect.any(AbortSignal),
      locale: 'en',
    });
  });

  it('Enter in a field submits; when invalid it focuses the first invalid field instead', async () => {
    const user = setupUser();
    const onSubmit = vi.fn();
    render(<TelegramAccountForm onSubmit={onSubmit} />);
    await user.click(field('Token'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(field('Bot Username')).toHaveFocus());
    expect(onSubmit).not.toHaveBeenCalled();

    fill(labelledValues(SAMPLES.telegram));
    await user.click(field('Token'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(SAMPLES.telegram.config);
  });

  it('Space toggles a secret field between hidden and shown', async () => {
    const user = setupUser();
    render(<TelegramAccountForm onSubmit={vi.fn()} />);
    await user.click(field('Token'));
    await user.tab();
    expect(button('Show Token')).toHaveFocus();
    await user.keyboard(' ');
    expect(field('Token')).toHaveAttribute('type', 'text');
    expect(button('Hide Token')).toHaveFocus();
    await user.keyboard(' ');
    expect(field('Token')).toHaveAttribute('type', 'password');
  });

  it('the add menu opens with Enter, moves with the arrows, selects with Enter and closes with Escape', async () => {
    const user = setupUser();
    const onSelect = vi.fn();
    render(<AddMessengerAccountButton onSelect={onSelect} />);
    await user.tab();
    const add = screen.getByRole('button', { name: 'Add messenger account' });
    expect(add).toHaveFocus();

    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('menuitem', { name: typeName('Facebook Messenger') })).toHaveFocus(),
    );
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: typeName('LINE') })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('line');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());

    add.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('menu')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    expect(add).toHaveFocus();
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('the picker is reachable with Tab and chooses with Enter', async () => {
    const user = setupUser();
    const onSelect = vi.fn();
    render(<MessengerTypePicker onSelect={onSelect} />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: typeName('LINE') })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('line');
  });
});
