// "Ours": FacebookAccountForm from this package. The bench build resolves this
// import to the library bundled like dist/ (scripts/size.mjs buildLibrary), as an
// app importing 'messenger-integration-forms' would get it.
import { FacebookAccountForm } from '../../src/index';

const noop = () => {};

/** The app the bench mounts. */
export default function App() {
  return <FacebookAccountForm onSubmit={noop} onCancel={noop} />;
}
