import { resolve } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { estimatedRows, generateEcosystem, MIN_ORGANIZATIONS } from "../generate/synthetic-ecosystem.js";
import { createRowProgress } from "./row-progress.js";
import { runMain } from "./run-main.js";

const wholeNumber = (min: number) => (value: string) => {
  const n = Number(value.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`must be a whole number >= ${min}`);
  return n;
};

const program = new Command("generate")
  .description("Write a synthetic ecosystem (seed/ format, not real data) for testing at scale")
  .requiredOption("--organizations <n>", "number of organizations", wholeNumber(MIN_ORGANIZATIONS))
  .requiredOption("--out <dir>", "output directory (created if missing; files are overwritten)")
  .option("--seed <s>", "random seed: the same seed writes the same files", wholeNumber(0), 1)
  .showHelpAfterError();

runMain(async () => {
  program.parse(process.argv);
  const { organizations, out, seed } = program.opts<{ organizations: number; out: string; seed: number }>();
  const dir = resolve(out);
  const progress = createRowProgress();
  progress.phase(`generate ${organizations} organizations`, estimatedRows(organizations));
  const started = Date.now();
  const files = await generateEcosystem(dir, { organizations, seed }, (n) => progress.increment(n));
  progress.stop();
  const total = files.reduce((sum, f) => sum + f.rows, 0);
  console.log(
    `Wrote ${dir}: ${total} rows in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed}).`,
  );
  for (const f of files) console.log(`  ${f.file}: ${f.rows}`);
  return 0;
});
