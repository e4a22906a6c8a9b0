import type { Database } from "../db/database.js";
import { type DeferrableIndex, deferrableIndexes } from "../db/schema.js";
import { ORGANIZATION_KINDS } from "./dataset-spec.js";
import { WRITE_STEPS, type WriteStep } from "./write.js";

/** The node labels or the relationship type a write step writes. */
function writtenBy(step: WriteStep): { labels: string[]; types: string[] } {
  if (step.kind === "sources") return { labels: ["Source"], types: [] };
  if (step.kind === "relationship") return { labels: [], types: [step.spec.type] };
  // An organization row adds its kind's label (nodeLabels in validate.ts).
  const kinds = step.spec.labels.includes("Organization") ? [...ORGANIZATION_KINDS] : [];
  return { labels: [...step.spec.labels, ...kinds], types: [] };
}

/**
 * When a first load builds each deferred index: before write step k, the first step after the
 * last one with rows of the index's label or type. The node indexes (names, the full-text index,
 * the per-kind id indexes) then populate while the relationships are written, instead of after
 * the whole write pass, where they were ~20 s of a 1M import with nothing else running.
 * Indexes whose rows come in the last step with rows are left out: they are built at the end.
 * `rowsOf` gives the rows a step writes (0 for a file the dataset lacks).
 */
export function earlyIndexSteps(
  rowsOf: (step: WriteStep) => number,
  indexes: readonly DeferrableIndex[] = deferrableIndexes(),
): Map<number, DeferrableIndex[]> {
  const lastWithRows = WRITE_STEPS.reduce((last, step, i) => (rowsOf(step) > 0 ? i : last), -1);
  const plan = new Map<number, DeferrableIndex[]>();
  for (const index of indexes) {
    let last = -1;
    WRITE_STEPS.forEach((step, i) => {
      if (rowsOf(step) === 0) return;
      const written = writtenBy(step);
      if (
        index.labels.some((l) => written.labels.includes(l)) ||
        index.types.some((t) => written.types.includes(t))
      )
        last = i;
    });
    if (last >= lastWithRows) continue;
    const at = last + 1;
    plan.set(at, [...(plan.get(at) ?? []), index]);
  }
  return plan;
}

/**
 * The writer's hooks (WriteOptions.beforeStep) that create the early indexes. CREATE INDEX returns
 * once the index exists; Neo4j populates it in the background, and the import's end waits until
 * every index is ONLINE (restoreSchema), so it still reports done only with all indexes usable.
 */
export function earlyIndexHooks(
  db: Database,
  plan: Map<number, DeferrableIndex[]>,
  onCreated?: (names: string[]) => void,
): Map<number, () => Promise<void>> {
  const hooks = new Map<number, () => Promise<void>>();
  for (const [step, indexes] of plan) {
    hooks.set(step, async () => {
      // Statements from our own schema files (IF NOT EXISTS), one per transaction as applySchema runs them.
      for (const index of indexes) await db.write(index.statement);
      onCreated?.(indexes.map((index) => index.name));
    });
  }
  return hooks;
}
