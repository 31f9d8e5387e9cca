// The conformance suite per messenger type. Types are grouped two files to
// a worker because each file pays the jsdom + MUI start-up cost.
import { describeMessengerForm } from './describeMessengerForm';
import { SAMPLES } from './fixtures';

describeMessengerForm(SAMPLES.facebook);
describeMessengerForm(SAMPLES.line);
describeMessengerForm(SAMPLES.nexmo);
