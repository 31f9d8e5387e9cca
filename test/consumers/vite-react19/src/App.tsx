import { useState } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import Container from '@mui/material/Container';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  AddMessengerAccountButton,
  CreateMessengerAccountDialog,
  type MessengerConfig,
  type MessengerType,
} from 'messenger-integration-forms';
import { createHttpCallbacks } from 'messenger-integration-forms/mocks';

const api = createHttpCallbacks({ baseUrl: '/api' });

const SECRETS = new Set(['token', 'secret', 'webhookVerifyToken']);

/** What the page shows of a saved config: everything but the secrets. */
function withoutSecrets(config: MessengerConfig): Record<string, string> {
  return Object.fromEntries(Object.entries(config).filter(([key]) => !SECRETS.has(key)));
}

export function App() {
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<MessengerType>();
  const [saved, setSaved] = useState<MessengerConfig | null>(null);

  return (
    <Container component="main" maxWidth="sm" sx={{ py: 4 }}>
      <CssBaseline />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1">
          Messenger Integration
        </Typography>
        <AddMessengerAccountButton
          onSelect={(chosen) => {
            setType(chosen);
            setOpen(true);
          }}
        />
      </Stack>
      <CreateMessengerAccountDialog
        open={open}
        type={type}
        onClose={() => setOpen(false)}
        onCreate={(config) => setSaved(config)}
        onTestConnection={api.onTestConnection}
        onSetWebhook={api.onSetWebhook}
      />
      <Typography variant="h6" component="h2" sx={{ mt: 3 }}>
        Saved account
      </Typography>
      <pre data-testid="saved">{saved ? JSON.stringify(withoutSecrets(saved)) : 'none'}</pre>
    </Container>
  );
}
