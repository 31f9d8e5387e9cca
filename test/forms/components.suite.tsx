import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  AddMessengerAccountButton,
  CreateMessengerAccountDialog,
  MessengerAccountForm,
  MessengerTypePicker,
  en,
  formatMessage,
  type CreateMessengerAccountDialogProps,
  type MessengerConfig,
  type MessengerType,
} from '../../src';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { siLine, siMessenger, siTelegram, siViber, siVonage } from 'simple-icons';
import { facebookIcon } from '../../src/messengers/facebook/icon';
import { lineIcon } from '../../src/messengers/line/icon';
import { nexmoIcon } from '../../src/messengers/nexmo/icon';
import { telegramIcon } from '../../src/messengers/telegram/icon';
import { viberIcon } from '../../src/messengers/viber/icon';
import { DISPLAY_NAMES, EXPECTED_LABELS, SAMPLES, TYPES, labelledValues } from './fixtures';
import { expectNoAxeViolations, expectValues, field, fill, setupUser } from './helpers';

const ALL_NAMES = TYPES.map((type) => DISPLAY_NAMES[type]);

/** The accessible name an item gets from `aria-labelledby` (the display name alone). */
const labelOf = (element: HTMLElement) =>
  document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent ??
  element.textContent;

describe('MessengerAccountForm', () => {
  it('type="viber" renders the Viber form, Set Webhook dialog included', async () => {
    const user = setupUser();
    const onSetWebhook = vi.fn().mockResolvedValue({ ok: true });
    render(<MessengerAccountForm type="viber" onSubmit={vi.fn()} onSetWebhook={onSetWebhook} />);
    const form = screen.getByRole('form', { name: 'Viber account' });
    expect(field('Type', form)).toHaveValue('Viber');
    expect(Array.from(form.querySelectorAll('input'))).toEqual(
      EXPECTED_LABELS.viber.map((label) => field(label, form)),
    );
    fill(labelledValues(SAMPLES.viber));
    await user.click(within(form).getByRole('button', { name: 'Set Webhook' }));
    expect(await screen.findByRole('dialog', { name: 'Set Webhook' })).toBeInTheDocument();
  });
});

describe('AddMessengerAccountButton', () => {
  it('is a "+" icon button named "Add messenger account" opening a menu of the five types in order', async () => {
    const user = setupUser();
    const onSelect = vi.fn();
    render(<AddMessengerAccountButton onSelect={onSelect} />);
    const add = screen.getByRole('button', { name: 'Add messenger account' });
    expect(add.querySelector('svg')).not.toBeNull();
    expect(add).toHaveAttribute('aria-haspopup', 'menu');
    expect(screen.queryByRole('menu')).toBeNull();

    await user.click(add);
    const menu = await screen.findByRole('menu', { name: 'Add messenger account' });
    expect(within(menu).getAllByRole('menuitem').map(labelOf)).toEqual(ALL_NAMES);
    // The popover is portalled; check it (page landmarks are the host's business).
    await expectNoAxeViolations(menu.closest('.MuiPopover-root') ?? menu);

    await user.click(within(menu).getByRole('menuitem', { name: 'Telegram' }));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith('telegram');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
  });

  it('offers only `types`, in the given order', async () => {
    const user = setupUser();
    const onSelect = vi.fn();
    render(<AddMessengerAccountButton onSelect={onSelect} types={['viber', 'facebook']} />);
    await user.click(screen.getByRole('button', { name: 'Add messenger account' }));
    const items = within(await screen.findByRole('menu')).getAllByRole('menuitem');
    expect(items.map(labelOf)).toEqual(['Viber', 'Facebook Messenger']);
    await user.click(items[1]);
    expect(onSelect).toHaveBeenCalledWith('facebook');
  });

  it('disabled: the button is disabled and opens nothing', async () => {
    const user = setupUser();
    const onSelect = vi.fn();
    render(<AddMessengerAccountButton onSelect={onSelect} disabled />);
    const add = screen.getByRole('button', { name: 'Add messenger account' });
    expect(add).toBeDisabled();
    await user.click(add);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(onSelect).not.toHaveBeenCalled();
  });
});

describe('MessengerTypePicker', () => {
  it('lists the five display names in order and reports the choice', async () => {
    const user = setupUser();
    const onSelect = vi.fn();
    const { container } = render(<MessengerTypePicker onSelect={onSelect} />);
    const list = screen.getByRole('list', { name: en['picker.label'] });
    const choices = within(list).getAllByRole('button');
    expect(choices.map(labelOf)).toEqual(ALL_NAMES);
    await user.click(within(list).getByRole('button', { name: 'LINE' }));
    expect(onSelect).toHaveBeenCalledWith('line');
    await expectNoAxeViolations(container);
  });

  it('offers only `types`, in the given order', () => {
    render(<MessengerTypePicker onSelect={vi.fn()} types={['nexmo', 'line']} />);
    expect(screen.getAllByRole('button').map(labelOf)).toEqual(['Nexmo', 'LINE']);
  });

  it("shows each type's brand mark (decorative) and its hint as the description", () => {
    render(<MessengerTypePicker onSelect={vi.fn()} />);
    const telegram = screen.getByRole('button', { name: 'Telegram' });
    expect(telegram).toHaveAccessibleDescription(en['telegram.hint']);
    expect(screen.getByRole('button', { name: 'Nexmo' })).toHaveAccessibleDescription(
      en['nexmo.hint'],
    );
    const mark = telegram.querySelector('svg');
    expect(mark).toHaveAttribute('aria-hidden', 'true');
    expect(mark?.querySelector('path')).toHaveAttribute('d', siTelegram.path);
  });

  it('draws a mark in its brand colour only where it contrasts with the background', () => {
    const { unmount } = render(<MessengerTypePicker onSelect={vi.fn()} types={['nexmo']} />);
    // Vonage's black on white: brand colour.
    expect(document.querySelector('svg path')).toHaveAttribute('fill', `#${siVonage.hex}`);
    unmount();
    render(
      <ThemeProvider theme={createTheme({ palette: { mode: 'dark' } })}>
        <MessengerTypePicker onSelect={vi.fn()} types={['nexmo']} />
      </ThemeProvider>,
    );
    // Black on the dark paper has no contrast: the text colour instead.
    expect(document.querySelector('svg path')).toHaveAttribute('fill', 'currentColor');
  });
});

describe('built-in brand marks', () => {
  it('are the simple-icons marks, unchanged (scripts/icons.mjs)', () => {
    const marks = { facebookIcon, lineIcon, nexmoIcon, telegramIcon, viberIcon };
    const expected = [siMessenger, siLine, siVonage, siTelegram, siViber];
    expect(Object.values(marks)).toEqual(expected.map(({ path, hex }) => ({ path, hex })));
  });
});

describe('CreateMessengerAccountDialog', () => {
  function renderDialog(props: Partial<CreateMessengerAccountDialogProps<MessengerType>> = {}) {
    const onClose = vi.fn();
    const onCreate = vi.fn<(config: MessengerConfig) => Promise<void>>();
    render(<CreateMessengerAccountDialog open onClose={onClose} onCreate={onCreate} {...props} />);
    return { onClose, onCreate: (props.onCreate as typeof onCreate | undefined) ?? onCreate };
  }
  const dialog = (name: string) => screen.getByRole('dialog', { name });

  it('without type: picker → Telegram form → Back returns to the picker', async () => {
    const user = setupUser();
    renderDialog();
    const picker = dialog(en['createDialog.title']);
    expect(within(picker).getAllByRole('button').map(labelOf)).toEqual([...ALL_NAMES, 'Cancel']);
    await expectNoAxeViolations(document.body);

    await user.click(within(picker).getByRole('button', { name: 'Telegram' }));
    const title = formatMessage(en['createDialog.formTitle'], { name: 'Telegram' });
    const form = within(dialog(title)).getByRole('form', { name: 'Telegram account' });
    expect(field('Bot Username', form)).toBeInTheDocument();
    await expectNoAxeViolations(document.body);

    await user.click(within(form).getByRole('button', { name: 'Back' }));
    expect(within(dialog(en['createDialog.title'])).getByRole('list')).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('Cancel calls onClose, in the picker and in the form', async () => {
    const user = setupUser();
    const { onClose, onCreate } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Nexmo' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('with type: opens on that form (no Back); Save calls onCreate(config), then onClose', async () => {
    const user = setupUser();
    const { onClose, onCreate } = renderDialog({ type: 'telegram', submitLabel: 'Create' });
    onCreate.mockResolvedValue(undefined);
    const form = screen.getByRole('form', { name: 'Telegram account' });
    expect(within(form).queryByRole('button', { name: 'Back' })).toBeNull();
    fill(SAMPLES.telegram.pasted);
    await user.click(within(form).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(onCreate).toHaveBeenCalledTimes(1);
    expect(onCreate).toHaveBeenCalledWith(SAMPLES.telegram.config);
    expect(onCreate.mock.invocationCallOrder[0]).toBeLessThan(onClose.mock.invocationCallOrder[0]);
  });

  it('a rejecting onCreate keeps the dialog open with the values and shows the error', async () => {
    const user = setupUser();
    const { onClose, onCreate } = renderDialog({ type: 'line' });
    onCreate.mockRejectedValue(new Error('An account with this name exists.'));
    fill(labelledValues(SAMPLES.line));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      formatMessage(en['form.saveFailedWithReason'], {
        reason: 'An account with this name exists.',
      }),
    );
    expect(onCreate).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    expect(dialog(formatMessage(en['createDialog.formTitle'], { name: 'LINE' }))).toBeVisible();
    expectValues(labelledValues(SAMPLES.line));
  });

  it('Escape calls onClose', async () => {
    const user = setupUser();
    const { onClose } = renderDialog({ type: 'facebook' });
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('offers only `types` in the picker and passes the action callbacks to the form', async () => {
    const user = setupUser();
    const onTestConnection = vi.fn().mockResolvedValue({ ok: true, message: 'Reachable.' });
    renderDialog({ types: ['telegram', 'line'], onTestConnection });
    const picker = screen.getByRole('list');
    expect(within(picker).getAllByRole('button').map(labelOf)).toEqual(['Telegram', 'LINE']);
    await user.click(within(picker).getByRole('button', { name: 'LINE' }));
    fill(labelledValues(SAMPLES.line));
    await user.click(screen.getByRole('button', { name: 'Test Connection' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Test Connection: Reachable.');
    expect(onTestConnection).toHaveBeenCalledWith(SAMPLES.line.config, {
      signal: expect.any(AbortSignal),
      locale: 'en',
    });
  });
});
