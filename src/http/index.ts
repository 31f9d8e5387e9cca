// messenger-integration-forms/http: the HTTP adapter of the REST contract.
// Imports neither React nor msw: an application calls its own back end with it.
export { createHttpCallbacks } from './httpCallbacks';
export { TEST_CONNECTION_PATH, SET_WEBHOOK_PATH, DEFAULT_BASE_URL } from './contract';
export type { FetchLike, HttpCallbacksOptions, HttpCallbacks } from './httpCallbacks';
export type {
  TestConnectionRequestBody,
  SetWebhookRequestBody,
  TestConnectionResponseBody,
  SetWebhookResponseBody,
} from './contract';
