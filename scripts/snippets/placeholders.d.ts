// Host placeholders: names the README and MDX snippets use without defining
// them, because they belong to the host application (its API client, its
// stored account, its navigation). scripts/check-snippets.mjs compiles every
// snippet with these in scope, so a snippet cannot use an undeclared name.
// No DOM global names here (close, open, name, status…): pasted into an app,
// such a name would silently bind to `window` (the checker refuses them).
/// <reference types="@testing-library/jest-dom/vitest" />

type Lib = typeof import('messenger-integration-forms');
type AnyConfig = import('messenger-integration-forms').MessengerConfig;
type AnyUpdate = import('messenger-integration-forms').ConfigUpdate<AnyConfig>;
type Result = import('messenger-integration-forms').ActionResult;
type Webhook = import('messenger-integration-forms').WebhookResult;
type TestContext = import('messenger-integration-forms').TestConnectionContext;
type WhatsAppDescriptor = import('messenger-integration-forms').MessengerDescriptor<{
  type: 'whatsapp-twilio';
  accountSid: string;
  authToken: string;
  phoneNumber: string;
}>;

/** The host's own API client (browser side). */
declare const api: {
  saveMessengerAccount(config: AnyConfig): Promise<void>;
  testConnection(config: AnyConfig | AnyUpdate, signal: AbortSignal): Promise<Result>;
  setWebhook(config: AnyConfig | AnyUpdate, signal: AbortSignal): Promise<Webhook>;
  setWebhook(
    config: AnyConfig | AnyUpdate,
    webhookUrl: string | undefined,
    signal: AbortSignal,
  ): Promise<Webhook>;
  setTelegramWebhook(config: AnyConfig, signal: AbortSignal): Promise<Webhook>;
  update(id: string, update: AnyUpdate): Promise<void>;
  updateAccount(id: string, update: AnyUpdate): Promise<void>;
  testAccount(id: string, update: AnyUpdate, ctx: TestContext): Promise<Result>;
};
declare function saveMessengerAccount(config: AnyConfig): Promise<void>;
declare function save(config: object): Promise<void>;
declare function updateAccount(id: string, update: AnyUpdate): Promise<void>;
declare function setTelegramWebhook(config: AnyConfig, signal: AbortSignal): Promise<Webhook>;
/** A stored account as the host loads it (without the secrets it keeps to itself). */
declare const account: {
  id: string;
  type: 'line';
  name: string;
  token: string;
  botUsername: string;
};
declare const stored: { botUsername: string };
declare const id: string;
/** The host's "unsaved changes" guard and navigation. */
declare function setUnsaved(dirty: boolean): void;
declare function setUnsavedChanges(dirty: boolean): void;
declare function navigate(to: string): void;
declare function closeEditor(): void;
declare function closeDialog(): void;
declare function openCreateDialog(type: import('messenger-integration-forms').MessengerType): void;
declare function setType(type: import('messenger-integration-forms').MessengerType): void;
declare const dialogOpen: boolean;
declare const pickedType: import('messenger-integration-forms').MessengerType | undefined;
declare function getAccessToken(): string;
/** The custom messenger of stories/docs/CustomMessengers.mdx. */
declare const whatsappTwilio: WhatsAppDescriptor;
type WhatsAppTwilioConfig = {
  type: 'whatsapp-twilio';
  accountSid: string;
  authToken: string;
  phoneNumber: string;
};
declare function normalizePhoneNumber(value: string): string;

// Server side (an Express- or Next.js-like back end).
declare const db: {
  messengerAccounts: {
    get(id: string): Promise<AnyConfig>;
    put(id: string, config: AnyConfig): Promise<void>;
    insert(config: AnyConfig): Promise<void>;
  };
};
declare const request: Request & { headers: Headers & Record<string, string | undefined> };
declare const response: { json(body: unknown): void };
declare const body: { webhookUrl: string };
declare const rawBody: string;
declare const update: AnyUpdate;
declare const config: AnyConfig;
declare const checked: { ok: true; config: AnyConfig };
declare const abortedWhenTheClientLeaves: AbortSignal;
declare function reply(status: number, body: unknown): Response;
declare function abortedOnClose(req: unknown): AbortSignal;
declare const app: {
  post(
    path: string,
    handler: (
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Express types req.body so
      req: { body: any; headers: Record<string, string | undefined> },
      res: { json(body: unknown): void },
    ) => Promise<void>,
  ): void;
};
declare function registerViberWebhook(config: AnyConfig, url: string): Promise<Webhook>;
declare function registerTelegramWebhook(config: AnyConfig): Promise<Webhook>;
declare function webhookUrlFor(config: AnyConfig): string;
declare const storedTelegramSecretToken: string;
/** The reference server of examples/server (README "Connectors"): its real API. */
type ReferenceServer = typeof import('../../examples/server/contactCenterServer');
declare const createContactCenterServer: ReferenceServer['createContactCenterServer'];
declare const accounts: import('../../examples/server/contactCenterServer').AccountStore;
declare function sessionOf(
  request: unknown,
): Promise<{ canManageMessengerAccounts: boolean } | undefined>;
declare const queue: { push(event: unknown): void };
// Inside an Express webhook handler (README "Securing inbound webhooks", a `body` block).
declare const req: {
  headers: Record<string, string | string[] | undefined>;
  originalUrl: string;
};
declare const res: { sendStatus(status: number): unknown };
declare const channelSecret: string;
declare const webhookVerifyToken: string;
