import { webLightTheme, type Theme } from '@fluentui/react-components';

/** Office's light theme; Segoe UI first, as on the users' Windows laptops. */
export const regieTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase:
    "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
};
