import { BadInputError } from "../../errors/app-errors.js";

export const HOPS_RANGE = { min: 1, max: 10 } as const;
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;
export const TOP_RANGE = { min: 1, max: 50 } as const;

export function inRange(name: string, value: number, range: { min: number; max: number }): number {
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new BadInputError(
      `${name} must be a whole number from ${range.min} to ${range.max} (got ${value}).`,
    );
  }
  return value;
}

/** maxDepth / maxHops: 1 to 10. */
export function hops(name: string, value: number): number {
  return inRange(name, value, HOPS_RANGE);
}

/** asOf: a year from 1900 to 2100, or absent for "all time". */
export function asOfYear(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : inRange("asOf", value, YEAR_RANGE);
}

export function top(value: number): number {
  return inRange("top", value, TOP_RANGE);
}

/** Ids are slugs; anything else cannot match and gets a clearer message than "not found". */
export function organizationId(name: string, value: string): string {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
    throw new BadInputError(
      `${name} must be an id such as 'ablynx' or 'ku-leuven' (lower-case, dashes); got '${value}'.`,
    );
  }
  return value;
}

/** Page sizes match the schema's @limit max, so a traversal page is never larger than a generated list. */
export const PAGE_LIMIT_RANGE = { min: 1, max: 200 } as const;
export const PAGE_OFFSET_RANGE = { min: 0, max: 10_000_000 } as const;

export function pageLimit(value: number): number {
  return inRange("limit", value, PAGE_LIMIT_RANGE);
}

export function pageOffset(value: number): number {
  return inRange("offset", value, PAGE_OFFSET_RANGE);
}
