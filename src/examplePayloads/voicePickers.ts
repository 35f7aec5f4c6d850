import type { Element } from "@prismatic-io/spectral";

export const callChoicesExample: Element[] = [
  { key: "CA5f1c2a3b4d6e7f8091a2b3c4d5e6f708", label: "2026-11-20 16:09 · +15558675310 → +15017122661 · completed, 98 s" },
  { key: "CAe1644a7eed5088b159577c5802d8be38", label: "2026-11-20 16:04 · +15017122661 → +15558675310 · completed, 42 s" },
];

export const recordingChoicesExample: Element[] = [
  { key: "RE557ce644e5ab84fa21cc21112e22c485", label: "2026-11-20 16:05 · 41 s · call CAe1644a7eed5088b159577c5802d8be38" },
];
