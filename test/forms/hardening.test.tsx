// Hostile host data and callbacks (issue #17, forms items 8-11): a rejected
// onSubmit with a broken `message`, a throwing onChange, result fields that are
// inherited object keys, numeric initial values.
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FacebookAccountForm, en, type FacebookConfig } from '../../src';
import { SAMPLES, labelledValues } from './fixtures';
import { button, captureConsole, field, fill, renderForm, setupUser } from './helpers';

const sample = SAMPLES.facebook;
const valid = labelledValues(sample);
const FAKE_SECRET = 'EAAfake-secret-never-logged';

describe('a rejected onSubmit with an unusable message (#17.8)', () => {
  const rejections: Array<[string, () => unknown]> = [
    [
      'an Error whose message is a number',
      () => Object.defineProperty(new Error('x'), 'message', { value: 42 }),
    ],
    [
      'an Error whose message getter throws',
      () =>
        Object.defineProperty(new Error('x'), 'message', {
          get() {
            throw new Error(FAKE_SECRET);
          },
        }),
    ],
    ['a plain object with a message', () => ({ message: 'not an Error' })],
  ];

  it.each(rejections)('%s: the generic save error, nothing logged', async (_, reason) => {
    const user = setupUser();
    const logs = captureConsole();
    const onSubmit = vi.fn(() => Promise.reject(reason()));
    renderForm('facebook', { onSubmit });
    fill(valid);
    await user.click(button('Save'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en['form.saveFailed']);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(button('Save')).toBeEnabled();
    expect(logs.text()).toBe('');
  });
});

describe('a throwing onChange (#17.9)', () => {
  it('is isolated: the form stays mounted, keeps the typed value, logs nothing', async () => {
    const user = setupUser();
    const logs = captureConsole();
    const onChange = vi.fn(() => {
      throw new Error(`leaked ${FAKE_SECRET}`);
    });
    const { form } = renderForm('facebook', { onChange });
    await user.type(field('Page ID'), '12');
    expect(form).toBeInTheDocument();
    expect(field('Page ID')).toHaveValue('12');
    expect(onChange).toHaveBeenCalled();
    expect(logs.text()).not.toContain(FAKE_SECRET);
    expect(logs.count()).toBe(0);
  });
});

describe('result fields are own keys of the form only (#17.10)', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'a result on "%s" is not a field error; a real field error of the other action shows',
    async (inherited) => {
      const user = setupUser();
      const onTestConnection = vi.fn().mockResolvedValue({
        ok: false,
        message: 'Not a field of this form.',
        field: inherited,
      });
      const onSetWebhook = vi.fn().mockResolvedValue({
        ok: false,
        message: 'The token was revoked.',
        field: 'token',
      });
      renderForm('telegram', { onTestConnection, onSetWebhook });
      fill(labelledValues(SAMPLES.telegram));
      await user.click(button('Test Connection'));
      await screen.findByRole('alert');
      await user.click(button('Set Webhook'));
      const token = field('Token');
      await waitFor(() => expect(token).toHaveAttribute('aria-invalid', 'true'));
      expect(token).toHaveAccessibleDescription('The token was revoked.');
    },
  );

  it('a warning on an inherited key is not shown on any field', async () => {
    const user = setupUser();
    const onTestConnection = vi.fn().mockResolvedValue({
      ok: true,
      warnings: [{ field: 'constructor', message: 'Inherited warning.' }],
    });
    renderForm('telegram', { onTestConnection });
    fill(labelledValues(SAMPLES.telegram));
    await user.click(button('Test Connection'));
    await screen.findByRole('alert');
    for (const input of document.querySelectorAll('input')) {
      expect(input).not.toHaveAccessibleDescription(/Inherited warning/);
    }
  });
});

describe('numeric initial values (#17.11)', () => {
  it('renders a finite number as its string and submits it as a string', async () => {
    const user = setupUser();
    const onSubmit = vi.fn();
    const initialValues = {
      ...sample.config,
      pageId: 1234567890,
    } as unknown as Partial<FacebookConfig>;
    render(<FacebookAccountForm onSubmit={onSubmit} initialValues={initialValues} />);
    expect(field('Page ID')).toHaveValue('1234567890');
    await user.click(button('Save'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({ ...sample.config, pageId: '1234567890' });
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('leaves %s out (an empty field)', (value) => {
    const initialValues = { pageId: value } as unknown as Partial<FacebookConfig>;
    render(<FacebookAccountForm onSubmit={vi.fn()} initialValues={initialValues} />);
    expect(field('Page ID')).toHaveValue('');
  });
});
