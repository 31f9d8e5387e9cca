// The sample of the custom WhatsApp (Twilio) type used by the conformance suites.
import { whatsappTwilio, type WhatsAppTwilioConfig } from '../../stories/examples/whatsappTwilio';
import { ZWSP, text, type FormSample } from './fixtures';

// Obviously fake values in the shape Twilio uses.
export const whatsappSample: FormSample<WhatsAppTwilioConfig> = {
  type: whatsappTwilio.type,
  pasted: {
    'Account SID': ' AC0123456789abcdef0123456789abcdef\n',
    'Auth Token': `${ZWSP}0123456789abcdef0123456789abcdef \n`,
    'Sender phone number': ' +1 (415) 555-0100\n',
  },
  config: {
    type: 'whatsapp-twilio',
    accountSid: 'AC0123456789abcdef0123456789abcdef',
    authToken: '0123456789abcdef0123456789abcdef',
    phoneNumber: '+14155550100',
  },
  // A national number without the country code.
  invalid: {
    label: 'Sender phone number',
    key: 'phoneNumber',
    value: '(415) 555-0100',
    message: text('whatsapp.phoneNumber.invalid'),
  },
  // No soft rules and no Set Webhook: those parts of the suite are not generated.
};
