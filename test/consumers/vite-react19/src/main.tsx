import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupWorker } from 'msw/browser';
import { createMockHandlers } from 'messenger-integration-forms/mocks';
import { App } from './App';

// The reference REST contract answered in the browser by the package's own mocks.
const worker = setupWorker(...createMockHandlers({ baseUrl: '/api' }));

worker.start({ quiet: true, onUnhandledRequest: 'bypass' }).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
