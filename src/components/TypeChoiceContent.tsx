import Box from '@mui/material/Box';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import { getContrastRatio, useTheme } from '@mui/material/styles';
import { useMessengerFormsI18n } from '../core/context';
import type { AnyMessengerDescriptor, MessengerIcon } from '../core/descriptor';

const BOX = { width: 24, height: 24, flexShrink: 0 } as const;

/**
 * The brand mark of a type (decorative): in the brand colour where it has 3:1
 * contrast with the background (WCAG 1.4.11), else in the text colour; while
 * a built-in mark loads, an empty box of its size; without a mark, the display
 * name's initial.
 * @internal
 */
export function TypeMark({
  icon,
  pending,
  name,
}: {
  icon: MessengerIcon | undefined;
  pending: boolean;
  name: string;
}) {
  const theme = useTheme();
  if (icon) {
    const brand = `#${icon.hex}`;
    const fill =
      getContrastRatio(brand, theme.palette.background.paper) >= 3 ? brand : 'currentColor';
    return (
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width={24} height={24}>
        <path d={icon.path} fill={fill} />
      </svg>
    );
  }
  if (pending) return <Box aria-hidden="true" sx={BOX} />;
  return (
    <Box
      aria-hidden="true"
      sx={{
        ...BOX,
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

/**
 * One type in the picker (a list button) or the add menu (a menu item): mark,
 * name and hint. The accessible name comes from the content, display name
 * then hint (the visible text, WCAG 2.5.3); the mark is hidden.
 * @internal
 */
export function TypeChoiceItem({
  menu,
  descriptor,
  icon,
  pending,
  onClick,
}: {
  menu: boolean;
  descriptor: AnyMessengerDescriptor;
  icon: MessengerIcon | undefined;
  pending: boolean;
  onClick: () => void;
}) {
  const { t } = useMessengerFormsI18n(descriptor);
  const hint = descriptor.hint ? t(descriptor.hint) : undefined;
  const content = (
    <>
      <ListItemIcon sx={{ color: 'text.primary' }}>
        <TypeMark icon={icon} pending={pending} name={descriptor.displayName} />
      </ListItemIcon>
      <ListItemText primary={descriptor.displayName} secondary={hint} />
    </>
  );
  return menu ? (
    <MenuItem onClick={onClick}>{content}</MenuItem>
  ) : (
    <ListItemButton onClick={onClick}>{content}</ListItemButton>
  );
}
