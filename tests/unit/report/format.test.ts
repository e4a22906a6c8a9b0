import { describe, expect, it } from "vitest";
import { percent, readable } from "../../../src/report/format.js";

describe("numbers rounded for reading", () => {
  it.each([
    [12, "12"],
    [219.5, "220"],
    [27.25, "27.3"],
    [0.5, "0.5"],
    [0.333333, "0.33"],
    [0.0213, "0.02"],
    [0.004231, "0.0042"],
    [1.0, "1"],
    [-0.125, "-0.13"],
  ])("%d reads as %s", (value, text) => {
    expect(readable(value)).toBe(text);
  });

  it("writes shares as percentages with at most one decimal", () => {
    expect(percent(0.48387)).toBe("48.4 %");
    expect(percent(1)).toBe("100 %");
    expect(percent(0)).toBe("0 %");
  });
});
