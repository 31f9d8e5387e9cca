// src/mocks/browser.ts of stories/docs/Mocks.mdx, imported by its Vite entry snippet.
import { setupWorker } from 'msw/browser';
import { createMockHandlers } from 'messenger-integration-forms/mocks';

export const worker = setupWorker(...createMockHandlers({ baseUrl: '/api', delayMs: 500 }));
