// The conformance suite over a custom messenger type, built only through the
// public API: the WhatsApp (Twilio) example of stories/examples, rendered with
// createMessengerForm inside MessengerFormsProvider messengers (see renderForm).
import { describeMessengerForm } from './describeMessengerForm';
import { whatsappSample } from './conformance-custom.sample';

describeMessengerForm(whatsappSample);
