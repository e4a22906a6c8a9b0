import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Command } from "commander";
import { loadConfig } from "../config/env.js";
import { connect } from "../db/connect.js";
import { projectRoot } from "../paths.js";
import { toHtml, toMarkdown } from "../report/document.js";
import { buildFindings } from "../report/findings.js";
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
    mkdirSync(join(out, "charts"), { recursive: true });
    for (const section of doc.sections) {
      for (const block of section.blocks)
        if (block.kind === "chart") writeFileSync(join(out, "charts", block.chart.file), block.chart.svg);
    }
    writeFileSync(join(out, "findings.md"), toMarkdown(doc));
    writeFileSync(join(out, "findings.html"), toHtml(doc));
    console.log(
      `Wrote ${join(out, "findings.md")}, ${join(out, "findings.html")} and the charts in ${join(out, "charts")}.`,
    );
  } finally {
    await connected.release();
  }
  return 0;
});
