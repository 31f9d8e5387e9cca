import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { TelegramAccountForm } from '../../src';

it('submits a normalized Telegram config', async () => {
  const user = userEvent.setup();
  const onSubmit = vi.fn();
  render(
    <TelegramAccountForm
      onSubmit={onSubmit}
      onTestConnection={async () => ({ ok: true, message: 'Hi' })}
    />,
  );
  await user.type(screen.getByLabelText('Bot Username'), ' @acme_bot ');
  await user.type(screen.getByLabelText('Token'), '123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  await user.click(screen.getByRole('button', { name: 'Test Connection' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Hi');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  expect(onSubmit).toHaveBeenCalledWith({
    type: 'telegram',
    botUsername: 'acme_bot',
    token: '123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  });
});
