import type { Meta, StoryObj } from '@storybook/react-vite';
import { translator } from '../support/i18n';
import { expect, fn, userEvent, within } from 'storybook/test';
import { MESSENGER_TYPES, MessengerTypePicker, type MessengerType } from '../../src';
import { nameOf } from '../support/names';

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
    await expect(choices.map(nameOf)).toEqual([
      'Facebook Messenger',
      'LINE',
      'Nexmo',
      'Telegram',
      'Viber',
    ]);
    // Each type shows its brand mark (decorative) and what it needs, as the description.
    await expect(
      within(list).getByRole('button', { name: 'Telegram' }),
    ).toHaveAccessibleDescription(t('telegram.hint'));
    await userEvent.click(within(list).getByRole('button', { name: 'LINE' }));
    await expect(args.onSelect).toHaveBeenCalledWith('line');
  },
};

/** `types` limits and orders the list. */
export const Subset: Story = {
  args: { types: ['telegram', 'viber'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const choices = within(canvas.getByRole('list')).getAllByRole('button');
    await expect(choices.map(nameOf)).toEqual(['Telegram', 'Viber']);
  },
};

/** Keyboard: Tab moves from type to type and Enter chooses one. */
export const Keyboard: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: 'Facebook Messenger' }).focus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'LINE' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledWith('line');
  },
};
