import type { actionResultMessages } from './actionResult';
import type { discardMessages } from './discard';
import type { webhookDialogMessages } from './webhookDialog';

/**
 * English message catalogue, common texts. Every visible string of the library
 * comes from here (or from the catalogue of the active locale), from a
 * messenger's folder, or from the texts of a dialog loaded on demand
 * (`webhookDialog.ts`, `discard.ts`, `actionResult.ts`). Placeholders are written
 * `{name}` and filled by {@link formatMessage}.
 */
export const en = {
  // Common fields and controls
  'field.type.label': 'Type',
  'field.type.helper': 'The messenger this account connects. It cannot be changed here.',
  'secret.show': 'Show {label}',
  'secret.hide': 'Hide {label}',
  'copy.button': 'Copy {label}',
  'copy.done': '{label} copied to the clipboard.',
  'copy.failed': 'Could not copy. Select the text and copy it by hand.',
  'generate.button': 'Generate random token',
  'generate.failed':
    'This browser cannot generate a secure random token. Enter a token of your own.',
  'form.save': 'Save',
  'form.cancel': 'Cancel',
  'form.back': 'Back',
  'form.saving': 'Saving…',
  'form.saveFailed': 'The account could not be saved.',
  'form.saveFailedWithReason': 'The account could not be saved: {reason}',
  'form.label': '{name} account',

  // Editing a stored account
  'secret.stored': 'Stored — leave empty to keep the current {label}.',
  'secret.replace': 'Replace',
  'secret.replaceLabel': 'Replace {label}',
  'secret.keep': 'Keep stored',
  'secret.keepLabel': 'Keep stored {label}',
  'secret.replacing': 'Enter the new {label}. It replaces the stored one when you save.',

  // Actions
  'action.testConnection': 'Test Connection',
  'action.setWebhook': 'Set Webhook',
  'action.testConnection.running': 'Testing the connection…',
  'action.setWebhook.running': 'Setting the webhook…',
  'action.fixErrors': 'Fix the highlighted fields first.',
  'action.loadFailed':
    'This part of the form could not be loaded. Check the connection and try again.',

  // Picker, add button and create dialog
  'add.button': 'Add messenger account',
  'picker.label': 'Messenger type',
  'picker.title': 'Choose a messenger type',
  'createDialog.title': 'Add messenger account',
  'createDialog.formTitle': 'New {name} account',

  // Validation errors (hard rules)
  'error.required': 'This field is required.',
  'error.unknownType': 'Unknown messenger type. Use one of: {types}.',
  'error.notText': 'Enter text here.',
  'error.nameTooLong': 'Use at most 100 characters.',
  'error.tooLong': 'This value is too long: use at most 4096 characters.',
  'error.whitespace': 'Remove the spaces: this value cannot contain any.',
} as const;

/**
 * Key of a message in the catalogue: the common texts above and those the forms
 * load on demand with the dialogs and the result alert ({@link webhookDialogMessages},
 * {@link discardMessages}, {@link actionResultMessages}).
 */
export type MessageKey =
  | keyof typeof en
  | keyof (typeof webhookDialogMessages)['en']
  | keyof (typeof discardMessages)['en']
  | keyof (typeof actionResultMessages)['en'];

/** The common catalogue of a locale: every key of the English one above. */
export type Messages = Record<keyof typeof en, string>;
