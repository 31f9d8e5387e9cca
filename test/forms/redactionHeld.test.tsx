import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { button, field, fill, renderForm, setupUser } from './helpers';

// #17 item 6: a result is about the values it was produced with. Redaction must
// follow those values, not only the current ones: clearing the Token field to
// paste a new one must not reveal the old token a result (or a save error) echoed.
const OLD = 'OLD-fake-line-token-0000000000';
const NEW = 'NEW-fake-line-token-1111111111';
const echo = (secret: string) => `The provider refused ${secret} for this channel.`;

describe('redaction of the values a result was about', () => {
  it('a Test Connection result echoing the token stays redacted after the token is cleared and replaced', async () => {
    const user = setupUser();
    const onTestConnection = vi.fn().mockResolvedValue({ ok: false, message: echo(OLD) });
    renderForm('line', { onTestConnection });
    fill({ Name: 'Acme Support', Token: OLD });
    await user.click(button('Test Connection'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(echo('•••'));

    await user.clear(field('Token'));
    expect(document.body.textContent).not.toContain(OLD);
    await user.click(field('Token'));
    await user.paste(NEW);
    expect(document.body.textContent).not.toContain(OLD);
    expect(screen.getByRole('alert')).toHaveTextContent(echo('•••'));
  });

  it('a rejected save echoing the token stays redacted after the token is cleared', async () => {
    const user = setupUser();
    const onSubmit = vi.fn().mockRejectedValue(new Error(echo(OLD)));
    renderForm('line', { onSubmit });
    fill({ Name: 'Acme Support', Token: OLD });
    await user.click(button('Save'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('alert')).toHaveTextContent(echo('•••'));

    await user.clear(field('Token'));
    expect(document.body.textContent).not.toContain(OLD);
  });
});
