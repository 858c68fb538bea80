/**
 * The real-data profile (mocks/fixtures/tourism-profile.json, built by
 * scripts/build-tourism-profile.ts from 観光庁 宿泊旅行統計調査): monthly seasonality and origin
 * mix of guest nights in Nagasaki Prefecture, 2016–2019 and 2023–2024.
 */
import * as z from '../../src/domain/zod';
import raw from '../fixtures/tourism-profile.json' with { type: 'json' };

const share = z.number().check(z.minimum(0), z.maximum(1));
const profileSchema = z.object({
  attribution: z.string().check(z.minLength(1)),
  years: z.array(z.int()),
  months: z
    .array(
      z.object({
        month: z.int().check(z.minimum(1), z.maximum(12)),
        seasonality: z.number().check(z.positive()),
        overseasShare: share,
        prefectureShares: z.record(z.string().check(z.regex(/^\d{2}$/)), share),
      }),
    )
    .check(z.length(12)),
});

export interface MonthProfile {
  /** Guest nights this month relative to the average month (the 12 average 1). */
  seasonality: number;
  /** Overseas guests' share of the guest nights with a known origin. */
  overseasShare: number;
  /** Share of domestic guest nights by prefecture code 01…47. */
  prefectureShares: Readonly<Record<string, number>>;
}

const parsed = profileSchema.parse(raw);

/** The attribution the statistics require (出典), to show wherever the data is. */
export const PROFILE_ATTRIBUTION = parsed.attribution;

const byMonth: readonly MonthProfile[] = [...parsed.months].sort((a, b) => a.month - b.month);

/** The profile of a calendar month, 1–12. */
export function monthProfile(month: number): MonthProfile {
  const profile = byMonth[month - 1];
  if (!profile) throw new Error(`tourism profile: no month ${month}`);
  return profile;
}
