// Form props, the Facebook verify token, the picker components, the create
// dialog and keyboard use. One test file (one jsdom + MUI start-up) running
// the suites in *.suite.tsx.
import './props.suite';
import './components.suite';
import './keyboard.suite';
