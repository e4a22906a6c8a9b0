import { describe, expect, it } from "vitest";
import { ORGANIZATION_KINDS } from "../../../src/import/dataset-spec.js";
import { KINDS, kindColour, kindLabel, UNKNOWN_COLOUR } from "../../../src/web/kinds.js";

/** WCAG 2 contrast ratio of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

describe("explorer kinds", () => {
  it("has a label and a colour for every kind of organization the dataset format allows, and no other", () => {
    expect(Object.keys(KINDS).sort()).toEqual([...ORGANIZATION_KINDS].sort());
    for (const kind of ORGANIZATION_KINDS) {
      expect(kindColour(kind)).not.toBe(UNKNOWN_COLOUR);
      expect(kindLabel(kind)).toBe(KINDS[kind].label);
    }
    const labels = Object.values(KINDS).map((k) => k.label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("uses distinct colours that stay readable as text on white (contrast >= 4.5:1)", () => {
    const colours = [...Object.values(KINDS).map((k) => k.colour), UNKNOWN_COLOUR];
    expect(new Set(colours).size).toBe(colours.length);
    for (const colour of colours) expect(contrastOnWhite(colour)).toBeGreaterThanOrEqual(4.5);
  });

  it("falls back to the unknown colour and the raw name for a kind it does not know", () => {
    expect(kindColour("Spaceship")).toBe(UNKNOWN_COLOUR);
    expect(kindLabel("Spaceship")).toBe("Spaceship");
    expect(kindLabel(null)).toBe("Organization");
  });
});
