import type { Classification } from './analytics';

/**
 * The handling marking of an output (an export, an analytics answer, the 360): the highest level
 * and the union of the caveats of the records it was computed from (SPEC §1, marked outputs).
 */
export interface Marking {
  level: Classification;
  /** Caveat codes, sorted. */
  caveats: string[];
  /** `秘密 // 仅限国内 — CONFIDENTIAL // DOMESTIC ONLY`: shown at the top and bottom of a page. */
  banner: string;
}
