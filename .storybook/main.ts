import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  typescript: {
    // Prop tables from the TypeScript types and their TSDoc, including imported props.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      shouldExtractLiteralValuesFromEnum: true,
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
      // The plugin's default include `**/*.tsx` lets .storybook/preview.tsx through its
      // transform filter, but its glob of TypeScript root files skips dot folders, hence
      // "Skipping docgen for .storybook/preview.tsx". The preview documents no component.
      exclude: ['**/*.stories.tsx', '.storybook/**'],
    },
  },
  async viteFinal(config) {
    // MUI ships 'use client' in every module; rolldown warns once per file.
    config.build ??= {};
    const prev = config.build.rolldownOptions?.onwarn;
    config.build.rolldownOptions = {
      ...config.build.rolldownOptions,
      onwarn(warning, defaultHandler) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        if (prev) prev(warning, defaultHandler);
        else defaultHandler(warning);
      },
    };
    config.build.chunkSizeWarningLimit = 3000;
    // First story fast in `storybook dev`: pre-bundle the heavy dependencies at
    // start-up instead of discovering them (and reloading) on the first visit,
    // and transform the preview and the library while the manager loads.
    config.optimizeDeps ??= {};
    config.optimizeDeps.include = [
      ...(config.optimizeDeps.include ?? []),
      '@mui/material',
      '@mui/material/styles',
      '@mui/material/CssBaseline',
      '@emotion/react',
      '@emotion/styled',
      'formik',
      'yup',
      'msw',
      'msw/browser',
      'msw-storybook-addon',
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
    ];
    config.server ??= {};
    config.server.warmup = {
      clientFiles: ['./.storybook/preview.tsx', './src/index.ts'],
    };
    return config;
  },
};
export default config;
