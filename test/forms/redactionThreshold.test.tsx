import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { button, fill, renderForm, setupUser } from './helpers';

// src/core/redact.ts (the one redaction): secrets of 4 characters or more are
// cut out of every message the form shows; a shorter one is too common to cut
// out cleanly (a 1-3 character value would eat ordinary words), so a text that
// contains one is hidden whole. #17 test gap 17: no test used a 4-11 character
// secret, so raising the threshold went unnoticed.
const message = (secret: string) => `The provider refused ${secret} for this channel.`;

async function testConnectionWith(token: string) {
  const user = setupUser();
  const onTestConnection = vi.fn().mockResolvedValue({ ok: false, message: message(token) });
  renderForm('line', { onTestConnection });
  fill({ Name: 'Acme Support', Token: token });
  await user.click(button('Test Connection'));
  await waitFor(() => expect(onTestConnection).toHaveBeenCalledTimes(1));
  return screen.findByRole('alert');
}

describe('redaction threshold (4 characters) in the form', () => {
  it.each(['Zq7x', 'Zq7xW2p', 'Zq7xW2pL9mK'])(
    'a %j token (4-11 characters) echoed in a result is shown as •••',
    async (token) => {
      const alert = await testConnectionWith(token);
      expect(alert).toHaveTextContent(message('•••'));
      expect(alert.textContent).not.toContain(token);
    },
  );

  it('a 3-character token is below the threshold: the message is hidden whole', async () => {
    const alert = await testConnectionWith('Zq7');
    expect(alert.textContent).not.toContain('Zq7');
    expect(alert.textContent).not.toContain('The provider refused');
    expect(alert).toHaveTextContent('•••');
  });

  it.each(['Zq7x', 'Zq7xW2pL9mK'])(
    'a %j token echoed in a rejected save is shown as •••',
    async (token) => {
      const user = setupUser();
      const onSubmit = vi.fn().mockRejectedValue(new Error(message(token)));
      renderForm('line', { onSubmit });
      fill({ Name: 'Acme Support', Token: token });
      await user.click(button('Save'));
      await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(message('•••'));
      expect(document.body.textContent).not.toContain(message(token));
    },
  );
});
