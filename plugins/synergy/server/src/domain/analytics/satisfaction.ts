import { ratio } from './numbers';

export interface RecommendCounts {
  /** Answers 9–10. */
  promoters: number;
  /** Answers 0–6. */
  detractors: number;
  /** All answers 0–10. */
  answered: number;
}

/** NPS = % promoters − % detractors, −100..100; null without answers. */
export const netPromoterScore = ({
  promoters,
  detractors,
  answered,
}: RecommendCounts): number | null => {
  const share = ratio(promoters - detractors, answered);
  return share == null ? null : share * 100;
};

export const isPromoter = (recommend: number) => recommend >= 9;
export const isDetractor = (recommend: number) => recommend <= 6;
