// Accessibility parameters shared by stories.

/**
 * For stories of disabled forms: WCAG 1.4.3 exempts inactive controls from the
 * contrast minimum, and MUI greys out a disabled field with its label and
 * helper text (`.Mui-disabled`). Colour contrast is still checked for every
 * other element of the story.
 */
export const disabledContrastExemption = {
  a11y: {
    config: {
      rules: [{ id: 'color-contrast', selector: '*:not(.Mui-disabled)' }],
    },
  },
};
