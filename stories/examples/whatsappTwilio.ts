// A custom messenger type built only through the public API: WhatsApp through Twilio.
// Not part of the library; it shows what a host team writes to add a type.
import { string } from 'yup';
import { defineMessenger, type ConfigOfDescriptor } from '../../src';

/** Drops spaces, dashes, dots, parentheses and a `whatsapp:` prefix from a pasted number. */
export function normalizePhoneNumber(value: string): string {
  return value.replace(/[\s\u200B-\u200D\u2060\uFEFF().-]/g, '').replace(/^whatsapp:/i, '');
}

export const whatsappTwilio = defineMessenger({
  type: 'whatsapp-twilio',
  displayName: 'WhatsApp (Twilio)',
  // Under the name in the picker and the add menu; no `icon`, so its initial "W" stands for a mark.
  hint: 'whatsapp.hint',
  fields: [
    {
      key: 'accountSid',
      label: 'whatsapp.accountSid.label',
      helper: 'whatsapp.accountSid.helper',
      normalize: (value) => value.replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, ''),
      rule: string()
        .required('error.required')
        .matches(/^AC[0-9a-fA-F]{32}$/, {
          message: 'whatsapp.accountSid.invalid',
          excludeEmptyString: true,
        }),
    },
    {
      key: 'authToken',
      kind: 'secret',
      label: 'whatsapp.authToken.label',
      helper: 'whatsapp.authToken.helper',
      rule: string()
        .required('error.required')
        .matches(/^[0-9a-fA-F]{32}$/, {
          message: 'whatsapp.authToken.invalid',
          excludeEmptyString: true,
        }),
    },
    {
      key: 'phoneNumber',
      label: 'whatsapp.phoneNumber.label',
      helper: 'whatsapp.phoneNumber.helper',
      normalize: normalizePhoneNumber,
      rule: string()
        .required('error.required')
        .matches(/^\+[1-9][0-9]{6,14}$/, {
          message: 'whatsapp.phoneNumber.invalid',
          excludeEmptyString: true,
        }),
    },
  ],
  actions: { testConnection: true },
  messages: {
    en: {
      'whatsapp.hint': 'Account SID and auth token from Twilio',
      'whatsapp.accountSid.label': 'Account SID',
      'whatsapp.accountSid.helper':
        'Your Twilio Account SID (AC followed by 32 characters), on the Twilio Console dashboard.',
      'whatsapp.accountSid.invalid':
        'An Account SID is "AC" followed by 32 hexadecimal characters.',
      'whatsapp.authToken.label': 'Auth Token',
      'whatsapp.authToken.helper':
        'The Auth Token shown next to the Account SID in the Twilio Console.',
      'whatsapp.authToken.invalid': 'An Auth Token is 32 hexadecimal characters.',
      'whatsapp.phoneNumber.label': 'Sender phone number',
      'whatsapp.phoneNumber.helper':
        'The WhatsApp-enabled Twilio number in international format, e.g. +14155238886.',
      'whatsapp.phoneNumber.invalid':
        'Use the international (E.164) format: + and the country code, e.g. +14155238886.',
    },
    ja: {
      'whatsapp.hint': 'TwilioのアカウントSIDと認証トークン',
      'whatsapp.accountSid.label': 'アカウントSID',
      'whatsapp.accountSid.helper':
        'Twilio のアカウントSID（AC と 32 文字）です。Twilio Console のダッシュボードに表示されます。',
      'whatsapp.accountSid.invalid': 'アカウントSIDは「AC」と 16 進数 32 文字です。',
      'whatsapp.authToken.label': '認証トークン',
      'whatsapp.authToken.helper':
        'Twilio Console でアカウントSIDの横に表示される認証トークンです。',
      'whatsapp.authToken.invalid': '認証トークンは 16 進数 32 文字です。',
      'whatsapp.phoneNumber.label': '送信元の電話番号',
      'whatsapp.phoneNumber.helper':
        'WhatsApp を有効にした Twilio の電話番号を国際形式で入力します（例：+14155238886）。',
      'whatsapp.phoneNumber.invalid':
        '国際形式（E.164）で入力してください。+ と国番号から始めます（例：+14155238886）。',
    },
  },
});

/** The config the WhatsApp (Twilio) form emits: `{ type: 'whatsapp-twilio', accountSid, authToken, phoneNumber }`. */
export type WhatsAppTwilioConfig = ConfigOfDescriptor<typeof whatsappTwilio>;

// Lets `MessengerAccountForm type="whatsapp-twilio"` and the create dialog type this config.
// In an application: `declare module 'messenger-integration-forms' { … }`.
declare module '../../src/messengers/types' {
  interface CustomMessengerConfigs {
    'whatsapp-twilio': WhatsAppTwilioConfig;
  }
}
