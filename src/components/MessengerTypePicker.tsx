import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import {
  MESSENGER_DISPLAY_NAMES,
  MESSENGER_TYPES,
  type MessengerType,
} from '../core/messengerTypes';
import { useMessengerFormsI18n } from '../i18n/MessengerFormsProvider';

/** Props of {@link MessengerTypePicker}. */
export interface MessengerTypePickerProps {
  /**
   * Callback fired when the administrator picks a messenger type.
   * @param type The chosen type.
   */
  onSelect: (type: MessengerType) => void;
  /**
   * Types offered, in this order.
   * @default all types: Facebook Messenger, LINE, Nexmo, Telegram, Viber
   */
  types?: ReadonlyArray<MessengerType>;
}

/**
 * The choice of messenger type as a list, for an empty page or a dialog step.
 * @example
 * <MessengerTypePicker onSelect={(type) => setType(type)} />
 */
export function MessengerTypePicker({
  onSelect,
  types = MESSENGER_TYPES,
}: MessengerTypePickerProps) {
  const { t } = useMessengerFormsI18n();
  return (
    <List aria-label={t('picker.label')}>
      {types.map((type) => (
        <ListItem key={type} disablePadding>
          <ListItemButton onClick={() => onSelect(type)}>
            <ListItemText primary={MESSENGER_DISPLAY_NAMES[type]} />
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
}
