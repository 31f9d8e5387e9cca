/**
 * Matches the accessible name of a type in the picker or the add menu: its
 * display name, then its hint if it has one (the item is named by its content,
 * e.g. "Telegram Bot token from @BotFather"). `typeName('LINE')` matches
 * neither "LINE Works" nor "Facebook Messenger".
 */
export function typeName(displayName: string): RegExp {
  return new RegExp(`^${displayName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`);
}
