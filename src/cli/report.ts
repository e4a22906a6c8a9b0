import { join, resolve } from "node:path";
import { Command } from "commander";
import { loadConfig } from "../config/env.js";
import { connect } from "../db/connect.js";
import { projectRoot } from "../paths.js";
import { buildFindings } from "../report/findings.js";
import { writeReport } from "../report/write.js";
import { runMain } from "./run-main.js";

const program = new Command("report")
  .description("Write reports/findings.md and reports/findings.html (inline SVG charts) from the graph")
  .option("--out <dir>", "output folder", join(projectRoot, "reports"))
  .showHelpAfterError();

runMain(async () => {
  program.parse(process.argv);
  const out = resolve(program.opts<{ out: string }>().out);
  const connected = await connect(loadConfig());
  try {
    const doc = await buildFindings(connected.db);
    const { written, unchanged, removed } = writeReport(out, doc);
    if (removed.length > 0) console.log(`Removed charts the report no longer draws: ${removed.join(", ")}.`);
    console.log(
      written.length === 0
        ? `Nothing changed in ${out} (apart from the date, which is not rewritten).`
        : `Wrote ${written.join(", ")} in ${out}${unchanged.length ? `; unchanged apart from the date: ${unchanged.join(", ")}` : ""}.`,
    );
  } finally {
    await connected.release();
  }
  return 0;
});
