import type { Meta, StoryObj } from '@storybook/react-vite';
import { translator } from '../support/i18n';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  AddMessengerAccountButton,
  MESSENGER_DISPLAY_NAMES,
  MESSENGER_TYPES,
  type MessengerType,
} from '../../src';
import { page } from '../support/play';
import { builtInIcons } from '../../src/messengers/icons';
import { typeName } from '../support/names';

const meta = {
  title: 'Components/AddMessengerAccountButton',
  component: AddMessengerAccountButton<MessengerType>,
  args: {
    onSelect: fn((_type: MessengerType) => {}),
  },
  argTypes: {
    onSelect: { table: { category: 'Events' } },
    types: {
      control: 'check',
      options: MESSENGER_TYPES,
      table: { category: 'Behaviour' },
    },
    disabled: { control: 'boolean', table: { category: 'Behaviour' } },
  },
  parameters: {
    // Play functions read their texts from the active locale (test/stories/sweepJapanese.tsx).
    localeAware: true,
    docs: {
      description: {
        component:
          'The **+** button of the Messenger Integration page, labelled "Add messenger account". It opens ' +
          'a menu of messenger types (Facebook Messenger, LINE, Nexmo, Telegram, Viber, or the `types` ' +
          'given, in that order) and calls `onSelect(type)`. Typically the host then opens ' +
          '`CreateMessengerAccountDialog` with that `type`.',
      },
    },
  },
} satisfies Meta<typeof AddMessengerAccountButton<MessengerType>>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Opened: the five messenger types, in the order of the product. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: t('add.button') });
    await expect(button).toHaveTextContent('');
    await expect(button).toHaveAttribute('aria-haspopup', 'menu');
    await userEvent.click(button);
    const menu = await page(canvasElement).findByRole('menu', { name: t('add.button') });
    const items = within(menu).getAllByRole('menuitem');
    await expect(items).toHaveLength(MESSENGER_TYPES.length);
    for (const [index, type] of MESSENGER_TYPES.entries()) {
      // Named by what it shows (WCAG 2.5.3): the display name, then what the type needs.
      await expect(items[index]).toHaveAccessibleName(
        `${MESSENGER_DISPLAY_NAMES[type]} ${t(`${type}.hint`)}`,
      );
    }
    // The brand marks arrive (a lazy chunk, loaded when the button mounted), decorative.
    await waitFor(() =>
      expect(
        items.map((item) => item.querySelector('svg[aria-hidden="true"] path')?.getAttribute('d')),
      ).toEqual(MESSENGER_TYPES.map((type) => builtInIcons[type].path)),
    );
    await expect(button).toHaveAttribute('aria-expanded', 'true');
  },
};

/** Choosing a type closes the menu and calls `onSelect` with the type id. */
export const SelectType: Story = {
  play: async ({ args, canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: t('add.button') }));
    const menu = await page(canvasElement).findByRole('menu');
    await userEvent.click(within(menu).getByRole('menuitem', { name: typeName('Telegram') }));
    await expect(args.onSelect).toHaveBeenCalledWith('telegram');
    await waitFor(() => expect(menu).not.toBeInTheDocument());
  },
};

/** `types` limits and orders the menu, e.g. to the messengers a tenant has licensed. */
export const Subset: Story = {
  args: { types: ['viber', 'telegram'] },
  play: async ({ canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: t('add.button') }));
    const menu = await page(canvasElement).findByRole('menu');
    const items = within(menu).getAllByRole('menuitem');
    await expect(items).toHaveLength(2);
    await expect(items[0]).toHaveAccessibleName(typeName('Viber'));
    await expect(items[1]).toHaveAccessibleName(typeName('Telegram'));
  },
};

/** Disabled, e.g. when the administrator may not add accounts. */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: t('add.button') })).toBeDisabled();
    await expect(page(canvasElement).queryByRole('menu')).not.toBeInTheDocument();
  },
};

/** The open menu in a dark theme (contrast checked by axe in Chromium). */
export const DefaultDark: Story = {
  ...Default,
  globals: { theme: 'dark' },
};
