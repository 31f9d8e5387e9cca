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
import * as simpleIcons from 'simple-icons';
import { ICONS, absoluteValues, roundPath } from '../../scripts/icons.mjs';
import { facebookIcon } from '../../src/messengers/facebook/icon';
import { lineIcon } from '../../src/messengers/line/icon';
import { nexmoIcon } from '../../src/messengers/nexmo/icon';
import { telegramIcon } from '../../src/messengers/telegram/icon';
import { viberIcon } from '../../src/messengers/viber/icon';
import { typeName } from '../../stories/support/names';
import { DISPLAY_NAMES, EXPECTED_LABELS, SAMPLES, TYPES, labelledValues } from './fixtures';
import { expectNoAxeViolations, expectValues, field, fill, setupUser } from './helpers';

const ALL_NAMES = TYPES.map((type) => DISPLAY_NAMES[type]);

/** The items are these types in this order, each named by its content: display name, then hint. */
function expectTypeNames(items: HTMLElement[], names: ReadonlyArray<string>) {
  expect(items).toHaveLength(names.length);
  items.forEach((item, index) => expect(item).toHaveAccessibleName(typeName(names[index])));
}

/** The mark drawn in an item once the lazy chunk is in (`null` while its placeholder shows). */
const markOf = (item: HTMLElement) => item.querySelector('svg[aria-hidden="true"] path');

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
    const items = within(menu).getAllByRole('menuitem');
    expectTypeNames(items, ALL_NAMES);
    expect(items[3]).toHaveAccessibleName(`Telegram ${en['telegram.hint']}`);
    await waitFor(() => expect(markOf(items[3])).toHaveAttribute('d', telegramIcon.path));
    // The popover is portalled; check it (page landmarks are the host's business).
    await expectNoAxeViolations(menu.closest('.MuiPopover-root') ?? menu);

    await user.click(within(menu).getByRole('menuitem', { name: typeName('Telegram') }));
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
    expectTypeNames(items, ['Viber', 'Facebook Messenger']);
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
    expectTypeNames(choices, ALL_NAMES);
    await user.click(within(list).getByRole('button', { name: typeName('LINE') }));
    expect(onSelect).toHaveBeenCalledWith('line');
    await expectNoAxeViolations(container);
  });

  it('offers only `types`, in the given order', () => {
    render(<MessengerTypePicker onSelect={vi.fn()} types={['nexmo', 'line']} />);
    expectTypeNames(screen.getAllByRole('button'), ['Nexmo', 'LINE']);
  });

  it('names each type by its content, name then hint, and draws its brand mark (decorative)', async () => {
    render(<MessengerTypePicker onSelect={vi.fn()} />);
    const telegram = screen.getByRole('button', { name: typeName('Telegram') });
    // The visible text is the name (WCAG 2.5.3): no aria-labelledby / aria-describedby of a part.
    expect(telegram).toHaveAccessibleName(`Telegram ${en['telegram.hint']}`);
    expect(telegram).not.toHaveAttribute('aria-labelledby');
    expect(telegram).not.toHaveAttribute('aria-describedby');
    expect(screen.getByRole('button', { name: typeName('Nexmo') })).toHaveAccessibleName(
      `Nexmo ${en['nexmo.hint']}`,
    );
    await waitFor(() => expect(markOf(telegram)).toHaveAttribute('d', telegramIcon.path));
    expect(telegram.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('draws a mark in its brand colour only where it contrasts with the background', async () => {
    const { unmount } = render(
      <MessengerTypePicker onSelect={vi.fn()} types={['nexmo', 'line']} />,
    );
    // Vonage's black on white: the brand colour; LINE's green (2.4:1 on white): the text colour.
    const [nexmo, line] = screen.getAllByRole('button');
    await waitFor(() => expect(markOf(nexmo)).toHaveAttribute('fill', `#${nexmoIcon.hex}`));
    expect(markOf(line)).toHaveAttribute('fill', 'currentColor');
    unmount();
    render(
      <ThemeProvider theme={createTheme({ palette: { mode: 'dark' } })}>
        <MessengerTypePicker onSelect={vi.fn()} types={['nexmo', 'line']} />
      </ThemeProvider>,
    );
    const [darkNexmo, darkLine] = screen.getAllByRole('button');
    // On the dark paper the other way round: black has no contrast, the green has.
    await waitFor(() => expect(markOf(darkNexmo)).toHaveAttribute('fill', 'currentColor'));
    expect(markOf(darkLine)).toHaveAttribute('fill', `#${lineIcon.hex}`);
  });
});

describe('built-in brand marks', () => {
  const marks = { facebookIcon, lineIcon, nexmoIcon, telegramIcon, viberIcon };
  const source = (type: string) =>
    (simpleIcons as unknown as Record<string, { path: string; hex: string }>)[ICONS[type]];

  it('are the simple-icons marks with coordinates rounded to 2 decimals (scripts/icons.mjs)', () => {
    expect(Object.keys(ICONS)).toEqual(TYPES);
    for (const type of TYPES) {
      const { path, hex } = source(type);
      expect(marks[`${type}Icon`]).toEqual({ path: roundPath(path), hex });
    }
  });

  it('stay within 0.005 units of the package mark, with no more than 2 decimals', () => {
    for (const type of TYPES) {
      const exact = absoluteValues(source(type).path);
      const rounded = absoluteValues(marks[`${type}Icon`].path);
      expect(rounded).toHaveLength(exact.length);
      rounded.forEach((value, index) =>
        expect(Math.abs(value - exact[index])).toBeLessThan(0.0051),
      );
      expect(marks[`${type}Icon`].path).not.toMatch(/\.\d{3}/);
      expect(marks[`${type}Icon`].path.length).toBeLessThan(source(type).path.length);
    }
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
    expectTypeNames(within(picker).getAllByRole('button'), [...ALL_NAMES, 'Cancel']);
    await expectNoAxeViolations(document.body);

    await user.click(within(picker).getByRole('button', { name: typeName('Telegram') }));
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
    await user.click(screen.getByRole('button', { name: typeName('Nexmo') }));
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
    expectTypeNames(within(picker).getAllByRole('button'), ['Telegram', 'LINE']);
    await user.click(within(picker).getByRole('button', { name: typeName('LINE') }));
    fill(labelledValues(SAMPLES.line));
    await user.click(screen.getByRole('button', { name: 'Test Connection' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Test Connection: Reachable.');
    expect(onTestConnection).toHaveBeenCalledWith(SAMPLES.line.config, {
      signal: expect.any(AbortSignal),
      locale: 'en',
    });
  });
});
