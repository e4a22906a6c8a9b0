import { AllianceTimelineQuery } from "../api/queries";
import { useQuery } from "../api/use-query";

export interface TimeRange {
  from: number;
  to: number;
  note: string | undefined;
}

/** Years offered when no alliance has a year: the last ones, where an analyst would start looking. */
const UNDATED_SPAN = 15;

/**
 * The years the time slider offers: from the first to the last year an alliance starts or ends
 * (allianceTimeline), so replaying shows every change. Undated alliances count in every year.
 */
export function useTimeRange(regionId: string | null): TimeRange | undefined {
  const { data } = useQuery(AllianceTimelineQuery, { regionId });
  if (!data) return undefined;
  const rows = data.allianceTimeline;
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) {
    const thisYear = new Date().getFullYear();
    return {
      from: thisYear - UNDATED_SPAN,
      to: thisYear,
      note: "No alliance in this data has a start or end year, so every year shows the same network.",
    };
  }
  const undated = first.undated;
  return {
    from: first.year,
    to: last.year,
    note:
      undated > 0
        ? `${undated} alliance${undated === 1 ? " has" : "s have"} no year and count${undated === 1 ? "s" : ""} in every year.`
        : undefined,
  };
}
