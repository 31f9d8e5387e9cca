import { useId, useRef, useState } from 'react';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import { AddIcon } from '../core/form/icons';
import type { MessengerType } from '../messengers/builtIns';
import { useMessengerFormsI18n } from '../core/context';
import { TypeChoiceItem } from './TypeChoiceContent';
import { useTypeChoices, type MessengerTypeChoiceProps } from './typeChoice';

/** Props of {@link AddMessengerAccountButton}. */
export interface AddMessengerAccountButtonProps<
  T extends string = MessengerType,
> extends MessengerTypeChoiceProps<T> {
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
export function AddMessengerAccountButton<T extends string = MessengerType>({
  onSelect,
  types,
  disabled = false,
}: AddMessengerAccountButtonProps<T>) {
  const { t } = useMessengerFormsI18n();
  const choices = useTypeChoices(types);
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
        {choices.map(({ type, ...choice }) => (
          <TypeChoiceItem
            key={type}
            menu
            {...choice}
            onClick={() => {
              setOpen(false);
              onSelect(type);
            }}
          />
        ))}
      </Menu>
    </>
  );
}
