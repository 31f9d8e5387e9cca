import { useId } from 'react';
import Box from '@mui/material/Box';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import { getContrastRatio, useTheme } from '@mui/material/styles';
import { useMessengerFormsI18n } from '../core/context';
import type { AnyMessengerDescriptor, MessengerIcon } from '../core/descriptor';

/**
 * The brand mark of a type (decorative): in the brand colour where it has 3:1
 * contrast with the background (WCAG 1.4.11), else in the text colour; without
 * a mark, the display name's initial.
 * @internal
 */
export function TypeMark({ icon, name }: { icon: MessengerIcon | undefined; name: string }) {
  const theme = useTheme();
  if (!icon) {
    return (
      <Box
        aria-hidden
        sx={{
          width: 24,
          height: 24,
          borderRadius: '50%',
          display: 'grid',
          placeItems: 'center',
          bgcolor: 'action.selected',
          typography: 'caption',
          fontWeight: 'fontWeightMedium',
        }}
      >
        {name.trim().charAt(0).toUpperCase()}
      </Box>
    );
  }
  const brand = `#${icon.hex}`;
  const fill =
    getContrastRatio(brand, theme.palette.background.paper) >= 3 ? brand : 'currentColor';
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width={24} height={24}>
      <path d={icon.path} fill={fill} />
    </svg>
  );
}

/**
 * One type in the picker (a list button) or the add menu (a menu item): mark,
 * name and hint. The item's accessible name stays the display name; the hint
 * is its description.
 * @internal
 */
export function TypeChoiceItem({
  menu,
  descriptor,
  icon,
  onClick,
}: {
  menu: boolean;
  descriptor: AnyMessengerDescriptor;
  icon: MessengerIcon | undefined;
  onClick: () => void;
}) {
  const { t } = useMessengerFormsI18n(descriptor);
  const id = useId();
  const hint = descriptor.hint ? t(descriptor.hint) : undefined;
  const item = {
    onClick,
    'aria-labelledby': `${id}-name`,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  const content = (
    <>
      <ListItemIcon sx={{ color: 'text.primary' }}>
        <TypeMark icon={icon} name={descriptor.displayName} />
      </ListItemIcon>
      <ListItemText
        primary={descriptor.displayName}
        secondary={hint}
        slotProps={{ primary: { id: `${id}-name` }, secondary: { id: `${id}-hint` } }}
      />
    </>
  );
  return menu ? (
    <MenuItem {...item}>{content}</MenuItem>
  ) : (
    <ListItemButton {...item}>{content}</ListItemButton>
  );
}
