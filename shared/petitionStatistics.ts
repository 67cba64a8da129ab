// 信访事项 counted apart from complaints: a period's petitions by month received and by where they
// stand now, with how many asked for 复查 and 复核, folded from the days' running totals.
import { PETITION_OUTCOMES, type PetitionOutcome } from './petitions';
import { dayOfKey, F, type SummaryRow } from './summaries';

export type PetitionMonth = { month: string; received: number; review: number; recheck: number } & Record<PetitionOutcome, number>;

const empty = (month: string): PetitionMonth => ({
  month,
  received: 0,
  review: 0,
  recheck: 0,
  pending: 0,
  handling: 0,
  rejected: 0,
  answered: 0,
});

/** The months with petitions, oldest first, and their total. */
export function petitionStatistics(days: readonly Pick<SummaryRow, 'key' | 'counts'>[]): { months: PetitionMonth[]; total: PetitionMonth } {
  const months = new Map<string, PetitionMonth>();
  const total = empty('');
  for (const day of days) {
    const received = day.counts[F.petitions] ?? 0;
    if (!received) continue;
    const month = dayOfKey(day.key).slice(0, 7);
    const row = months.get(month) ?? empty(month);
    for (const into of [row, total]) {
      into.received += received;
      into.review += day.counts[F.petitionReview] ?? 0;
      into.recheck += day.counts[F.petitionRecheck] ?? 0;
      for (const outcome of PETITION_OUTCOMES) into[outcome] += day.counts[F.petitionOutcome(outcome)] ?? 0;
    }
    months.set(month, row);
  }
  return { months: [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1)), total };
}
