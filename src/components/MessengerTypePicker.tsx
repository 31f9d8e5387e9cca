import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import type { MessengerType } from '../messengers/builtIns';
import { useMessengerFormsI18n } from '../core/context';
import { TypeChoiceItem } from './TypeChoiceContent';
import { useTypeChoices, type MessengerTypeChoiceProps } from './typeChoice';

/** Props of {@link MessengerTypePicker}. */
export type MessengerTypePickerProps<T extends string = MessengerType> =
  MessengerTypeChoiceProps<T>;

/**
 * The choice of messenger type as a list, for an empty page or a dialog step.
 * @example
 * <MessengerTypePicker onSelect={(type) => setType(type)} />
 */
export function MessengerTypePicker<T extends string = MessengerType>({
  onSelect,
  types,
}: MessengerTypePickerProps<T>) {
  const { t } = useMessengerFormsI18n();
  const choices = useTypeChoices(types);
  return (
    <List aria-label={t('picker.label')}>
      {choices.map(({ type, ...choice }) => (
        <ListItem key={type} disablePadding>
          <TypeChoiceItem menu={false} {...choice} onClick={() => onSelect(type)} />
        </ListItem>
      ))}
    </List>
  );
}
