import type { Block } from "../document.js";

export const p = (text: string): Block => ({ kind: "p", text });
