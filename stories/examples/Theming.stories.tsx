import { useMemo, type ReactNode } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import Box from '@mui/material/Box';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ViberAccountForm } from '../../src';
import { hostEnglish, translator } from '../support/i18n';
import { baselineMocks, setWebhookCallback, testConnectionCallback } from '../support/mocks';
import { sampleValues } from '../support/sampleValues';

/** The host's brand colour, in a shade for each colour mode (both AA on their background). */
const BRAND = { light: '#00695c', dark: '#4db6ac' } as const;

/**
 * A host theme: brand primary colour, compact density for every text field and
 * button, rounder corners. The forms have no theme of their own: they follow this one.
 */
function hostTheme(mode: 'light' | 'dark') {
  return createTheme({
    palette: { mode, primary: { main: BRAND[mode] } },
    shape: { borderRadius: 8 },
    components: {
      MuiTextField: { defaultProps: { size: 'small' } },
      MuiButton: { defaultProps: { size: 'small' } },
    },
  });
}

/** The host's page: its theme around the form, and `sx` on a wrapper for local restyling. */
function HostPage({ mode, children }: { mode: 'light' | 'dark'; children: ReactNode }) {
  const theme = useMemo(() => hostTheme(mode), [mode]);
  return (
    <ThemeProvider theme={theme}>
      <Box
        sx={{
          p: 2,
          border: 1,
          borderColor: 'divider',
          borderRadius: 2,
          bgcolor: 'background.paper',
          color: 'text.primary',
          // Local restyling without touching the theme: buttons keep their case.
          '& .MuiButton-root': { textTransform: 'none' },
        }}
      >
        {children}
      </Box>
    </ThemeProvider>
  );
}

const meta = {
  title: 'Examples/Theming',
  component: ViberAccountForm,
  args: {
    initialValues: sampleValues.viber,
    onSubmit: fn(async () => {}),
    onCancel: fn(),
    onTestConnection: testConnectionCallback(),
    onSetWebhook: setWebhookCallback(),
  },
  parameters: {
    ...baselineMocks(),
    // Play functions read their texts from the active locale (test/stories/sweepJapanese.tsx).
    localeAware: true,
    docs: {
      description: {
        component:
          'The forms use only the host’s MUI theme. Here the host sets a brand primary colour, compact ' +
          'density (`components.MuiTextField/MuiButton.defaultProps.size = "small"`) and rounder corners, ' +
          'and restyles buttons locally with `sx` on a wrapper. Switch the toolbar to Dark or 日本語: the ' +
          'host theme follows. See [Theming and restyling](?path=/docs/docs-theming--docs).',
      },
    },
  },
  render: (args, { globals }) => (
    <HostPage mode={globals.theme === 'dark' ? 'dark' : 'light'}>
      <ViberAccountForm {...args} />
    </HostPage>
  ),
} satisfies Meta<typeof ViberAccountForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Brand colour and compact density from the host theme; Test Connection shows a themed alert. */
export const CustomTheme: Story = {
  parameters: {
    ...hostEnglish('The mock server answers "Connected to …" in English.'),
    // The play function reads the computed button colour (test/setup-emotion.ts).
    jsdomStyles: true,
  },
  play: async ({ canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    const save = canvas.getByRole('button', { name: t('form.save') });
    // Density and colour come from the host theme, the button case from the wrapper's sx.
    await expect(save).toHaveClass('MuiButton-sizeSmall');
    const field = canvas.getByLabelText(t('viber.botUsername.label'));
    await expect(field.closest('.MuiInputBase-root')).toHaveClass('MuiInputBase-sizeSmall');
    const mode = globals.theme === 'dark' ? 'dark' : 'light';
    const background = getComputedStyle(save).backgroundColor;
    // jsdom does not resolve CSS variables: the colour is checked in Chromium.
    if (!background.startsWith('var('))
      await expect(background).toBe(
        hostTheme(mode).palette.primary.main.replace(
          /^#(..)(..)(..)$/,
          (_, r: string, g: string, b: string) =>
            `rgb(${parseInt(r, 16)}, ${parseInt(g, 16)}, ${parseInt(b, 16)})`,
        ),
      );
    await expect(getComputedStyle(save).textTransform).toBe('none');
    await userEvent.click(canvas.getByRole('button', { name: t('action.testConnection') }));
    await expect(await canvas.findByRole('alert')).toBeVisible();
  },
};

/** The same host theme in dark mode (story globals), in Japanese: contrast is checked by axe. */
export const CustomThemeDarkJapanese: Story = {
  ...CustomTheme,
  globals: { theme: 'dark', locale: 'ja' },
};
