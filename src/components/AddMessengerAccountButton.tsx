import { useId, useRef, useState } from 'react';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { AddIcon } from '../core/form/icons';
import {
  MESSENGER_DISPLAY_NAMES,
  MESSENGER_TYPES,
  type MessengerType,
} from '../core/messengerTypes';
import { useMessengerFormsI18n } from '../i18n/MessengerFormsProvider';

/** Props of {@link AddMessengerAccountButton}. */
export interface AddMessengerAccountButtonProps {
  /**
   * Callback fired when the administrator picks a messenger type from the menu.
   * @param type The chosen type.
   */
  onSelect: (type: MessengerType) => void;
  /**
   * Types offered, in this order.
   * @default all types: Facebook Messenger, LINE, Nexmo, Telegram, Viber
   */
  types?: ReadonlyArray<MessengerType>;
  /**
   * If `true`, the button is disabled.
   * @default false
   */
  disabled?: boolean;
}

/**
 * The "+" button of the Messenger Integration page: opens a menu of messenger types.
 * @example
 * <AddMessengerAccountButton onSelect={(type) => { setType(type); setOpen(true); }} />
 */
export function AddMessengerAccountButton({
  onSelect,
  types = MESSENGER_TYPES,
  disabled = false,
}: AddMessengerAccountButtonProps) {
  const { t } = useMessengerFormsI18n();
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLButtonElement>(null);
  const baseId = useId();
  const buttonId = `${baseId}-add`;
  const menuId = `${baseId}-menu`;
  return (
    <>
      <IconButton
        ref={anchor}
        id={buttonId}
        aria-label={t('add.button')}
        aria-haspopup="menu"
        aria-expanded={open || undefined}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(true)}
        disabled={disabled}
        color="primary"
      >
        <AddIcon />
      </IconButton>
      <Menu
        id={menuId}
        anchorEl={anchor.current}
        open={open}
        onClose={() => setOpen(false)}
        slotProps={{ list: { 'aria-labelledby': buttonId } }}
      >
        {types.map((type) => (
          <MenuItem
            key={type}
            onClick={() => {
              setOpen(false);
              onSelect(type);
            }}
          >
            {MESSENGER_DISPLAY_NAMES[type]}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
