import type { Meta, StoryObj } from '@storybook/react-vite';
import { translator } from '../support/i18n';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  MESSENGER_DISPLAY_NAMES,
  MESSENGER_TYPES,
  MessengerTypePicker,
  type MessengerType,
} from '../../src';
import { telegramIcon } from '../../src/messengers/telegram/icon';
import { typeName } from '../support/names';

const meta = {
  title: 'Components/MessengerTypePicker',
  component: MessengerTypePicker<MessengerType>,
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
  },
  parameters: {
    // Play functions read their texts from the active locale (test/stories/sweepJapanese.tsx).
    localeAware: true,
    docs: {
      description: {
        component:
          'The choice of messenger type as a list, for an empty Messenger Integration page or the first ' +
          'step of `CreateMessengerAccountDialog`. Calls `onSelect(type)`; `types` limits and orders the list.',
      },
    },
  },
} satisfies Meta<typeof MessengerTypePicker<MessengerType>>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The five messenger types, in the order of the product. Choosing one calls `onSelect`. */
export const Default: Story = {
  play: async ({ args, canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    const list = canvas.getByRole('list', { name: t('picker.label') });
    const choices = within(list).getAllByRole('button');
    await expect(choices).toHaveLength(MESSENGER_TYPES.length);
    for (const [index, type] of MESSENGER_TYPES.entries()) {
      // Named by what it shows (WCAG 2.5.3): the display name, then what the type needs.
      await expect(choices[index]).toHaveAccessibleName(
        `${MESSENGER_DISPLAY_NAMES[type]} ${t(`${type}.hint`)}`,
      );
    }
    // The brand marks arrive (a lazy chunk), decorative.
    const telegram = within(list).getByRole('button', { name: typeName('Telegram') });
    await waitFor(() =>
      expect(telegram.querySelector('svg[aria-hidden="true"] path')).toHaveAttribute(
        'd',
        telegramIcon.path,
      ),
    );
    await userEvent.click(within(list).getByRole('button', { name: typeName('LINE') }));
    await expect(args.onSelect).toHaveBeenCalledWith('line');
  },
};

/** `types` limits and orders the list. */
export const Subset: Story = {
  args: { types: ['telegram', 'viber'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const choices = within(canvas.getByRole('list')).getAllByRole('button');
    await expect(choices).toHaveLength(2);
    await expect(choices[0]).toHaveAccessibleName(typeName('Telegram'));
    await expect(choices[1]).toHaveAccessibleName(typeName('Viber'));
  },
};

/** Keyboard: Tab moves from type to type and Enter chooses one. */
export const Keyboard: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: typeName('Facebook Messenger') }).focus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: typeName('LINE') })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith('line');
  },
};
