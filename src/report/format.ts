/**
 * Numbers as a reader wants them: whole numbers as they are, others with at most two decimals
 * (one above 10, none above 100), small values to two significant digits, and no trailing zeros.
 */
export function readable(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  let text: string;
  if (abs >= 100) text = value.toFixed(0);
  else if (abs >= 10) text = value.toFixed(1);
  else if (abs >= 0.01) text = value.toFixed(2);
  else text = value.toPrecision(2);
  // "0.50" -> "0.5", "12.0" -> "12"; keep exponent forms untouched.
  return text.includes("e") || !text.includes(".") ? text : text.replace(/\.?0+$/, "");
}

/** A share (0–1) as a percentage with at most one decimal: 0.4839 -> "48.4 %". */
export function percent(share: number): string {
  const value = Math.round(share * 1000) / 10;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} %`;
}
