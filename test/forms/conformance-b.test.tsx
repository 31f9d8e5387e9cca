// The conformance suite per messenger type (see conformance-a.test.tsx).
import { describeMessengerForm } from './describeMessengerForm';
import { SAMPLES } from './fixtures';

describeMessengerForm(SAMPLES.telegram);
describeMessengerForm(SAMPLES.viber);
