import { useState, version, type ReactNode } from 'react';
import {
  AddMessengerAccountButton,
  CreateMessengerAccountDialog,
  FacebookAccountForm,
  LineAccountForm,
  MessengerAccountForm,
  MessengerFormsProvider,
  MessengerTypePicker,
  NexmoAccountForm,
  TelegramAccountForm,
  ViberAccountForm,
  MESSENGER_TYPES,
  type ActionResult,
  type MessengerConfig,
  type MessengerType,
} from 'messenger-integration-forms';

function Section({ name, children }: { name: string; children: ReactNode }) {
  return (
    <section aria-label={name} style={{ marginBottom: 24 }}>
      <h2>{name}</h2>
      {children}
    </section>
  );
}

const testConnection = async (config: MessengerConfig): Promise<ActionResult> => ({
  ok: true,
  message: `React 18 test connection for ${config.type}`,
});

export function App() {
  const [submitted, setSubmitted] = useState<MessengerConfig[]>([]);
  const [picked, setPicked] = useState<MessengerType | null>(null);
  const [open, setOpen] = useState(false);
  const [dialogType, setDialogType] = useState<MessengerType>();
  const record = (config: MessengerConfig) => setSubmitted((all) => [...all, config]);

  return (
    <MessengerFormsProvider>
      <main>
        <h1>
          React <output data-testid="react-version">{version}</output>
        </h1>
        <Section name="FacebookAccountForm">
          <FacebookAccountForm onSubmit={record} onTestConnection={testConnection} />
        </Section>
        <Section name="LineAccountForm">
          <LineAccountForm onSubmit={record} onTestConnection={testConnection} />
        </Section>
        <Section name="NexmoAccountForm">
          <NexmoAccountForm onSubmit={record} />
        </Section>
        <Section name="TelegramAccountForm">
          <TelegramAccountForm onSubmit={record} onTestConnection={testConnection} />
        </Section>
        <Section name="ViberAccountForm">
          <ViberAccountForm onSubmit={record} onTestConnection={testConnection} />
        </Section>
        {MESSENGER_TYPES.map((type) => (
          <Section key={type} name={`MessengerAccountForm ${type}`}>
            <MessengerAccountForm type={type} onSubmit={record} readOnly={type === 'line'} />
          </Section>
        ))}
        <Section name="MessengerTypePicker">
          <MessengerTypePicker onSelect={setPicked} />
          <p data-testid="picked">{picked ?? 'none'}</p>
        </Section>
        <Section name="AddMessengerAccountButton">
          <AddMessengerAccountButton
            onSelect={(type) => {
              setDialogType(type);
              setOpen(true);
            }}
          />
          <CreateMessengerAccountDialog
            open={open}
            type={dialogType}
            onClose={() => setOpen(false)}
            onCreate={record}
          />
        </Section>
        <pre data-testid="submitted">{JSON.stringify(submitted)}</pre>
      </main>
    </MessengerFormsProvider>
  );
}
