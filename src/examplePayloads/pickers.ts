import type { Element } from "@prismatic-io/spectral";

export const messageChoicesExample: Element[] = [
  {
    key: "SM7a9d0c7e3b1f4e5a8c2d6b0e9f1a3c5d",
    label: "2026-11-20 16:09 · +15558675310 → +15017122661 · Yes, please deliver after 5pm.",
  },
  {
    key: "SM1f0e8ae6ade43cb3c0ce4525424e404f",
    label: "2026-11-20 16:04 · +15017122661 → +15558675310 · Your order #1234 has shipped.",
  },
];

export const phoneNumberChoicesExample: Element[] = [
  { key: "+15017122661", label: "+15017122661 (Support line)" },
  { key: "+15017122662", label: "+15017122662 (Order updates)" },
];

export const messagingServiceChoicesExample: Element[] = [
  {
    key: "MG9752274e9e519418a7406176694466fa",
    label: "Appointment reminders (MG9752274e9e519418a7406176694466fa)",
  },
  {
    key: "MG2172dd2db502e20dd981ef0d67850e1a",
    label: "Marketing (MG2172dd2db502e20dd981ef0d67850e1a)",
  },
];

export const verifyServiceChoicesExample: Element[] = [
  { key: "VA2e8a6f0b5c4d3e2f1a0b9c8d7e6f5a4b", label: "Acme login codes (VA2e8a6f0b5c4d3e2f1a0b9c8d7e6f5a4b)" },
  { key: "VA7c1d9e3f5a2b4c6d8e0f1a3b5c7d9e1f", label: "Acme payments (VA7c1d9e3f5a2b4c6d8e0f1a3b5c7d9e1f)" },
];
