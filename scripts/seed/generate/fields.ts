/** Field values several content types share. */
import type { Random } from '../random';

/** The default content locale (as `src/bootstrap/locales.ts` sets it); `en` is a localization. */
export const DEFAULT_LOCALE = 'zh-Hans';

/** Fills the `{name}` placeholders of a vocabulary template. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

const CLASSIFICATION_DEFAULT = { internal: 76, public: 10, confidential: 11, secret: 3 };
export const classify = (
  random: Random,
  weights: Record<string, number> = CLASSIFICATION_DEFAULT,
) => random.weighted(weights);
