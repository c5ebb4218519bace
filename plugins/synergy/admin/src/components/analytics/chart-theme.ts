import { useTheme } from 'styled-components';

/** The design system's colours and font, so that the charts look like the rest of Strapi. */
export const useChartTheme = () => {
  const theme = useTheme();
  const { colors } = theme;
  return {
    primary: colors.primary600,
    primaryLight: colors.primary200,
    secondary: colors.secondary500,
    alternative: colors.alternative500,
    success: colors.success500,
    warning: colors.warning500,
    danger: colors.danger500,
    dangerDark: colors.danger700,
    neutral: colors.neutral400,
    grid: colors.neutral150,
    axis: colors.neutral600,
    text: colors.neutral800,
    tooltipBackground: colors.neutral0,
    tooltipBorder: colors.neutral200,
    fontSize: 12,
    /** A palette for series with no meaning of their own. */
    series: [
      colors.primary600,
      colors.secondary500,
      colors.alternative500,
      colors.warning500,
      colors.success500,
      colors.danger500,
      colors.primary200,
      colors.neutral500,
      colors.secondary700,
      colors.alternative700,
    ],
  };
};

export type ChartTheme = ReturnType<typeof useChartTheme>;

/** Severity, threat and band colours go from calm to alarming. */
export const levelColour = (theme: ChartTheme, level: string | null | undefined) => {
  switch (level) {
    case 'low':
    case 'healthy':
      return theme.success;
    case 'medium':
    case 'watch':
      return theme.warning;
    case 'high':
    case 'at_risk':
      return theme.danger;
    case 'critical':
      return theme.dangerDark;
    default:
      return theme.neutral;
  }
};
