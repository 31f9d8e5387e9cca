// The conformance suite over the headless hook: `useMessengerForm` rendered with
// plain <input>s and <button>s (stories/examples/PlainInputsForm). Types whose
// Set Webhook opens a URL dialog are left out (the example has no dialog);
// MUI-only tests are not generated.
import { PlainInputsForm } from '../../stories/examples/PlainInputsForm';
import { describeMessengerForm } from './describeMessengerForm';
import { SAMPLES, descriptorOf, type AnyForm } from './fixtures';
import { whatsappSample } from './conformance-custom.sample';

const plainFormOf = (type: string): AnyForm =>
  function PlainForm(props) {
    return <PlainInputsForm descriptor={descriptorOf(type) as never} {...props} />;
  };

for (const sample of [SAMPLES.facebook, SAMPLES.telegram, whatsappSample]) {
  describeMessengerForm(sample, { Form: plainFormOf(sample.type), mui: false });
}
