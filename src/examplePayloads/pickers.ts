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

export const syncServiceChoicesExample: Element[] = [
  { key: "IS4a1b2c3d4e5f60718293a4b5c6d7e8f9", label: "Prismatic Twilio component: idempotency keys (IS4a1b2c3d4e5f60718293a4b5c6d7e8f9)" },
];

export const contentTemplateChoicesExample: Element[] = [
  { key: "HX15c711fcc6d9ea5268d7ab77938a20ff", label: "appointment_reminder · twilio/media · WhatsApp pending" },
  { key: "HXb5b62575e6e4ff6129ad7c8efe1f983e", label: "order_shipped · twilio/text · WhatsApp approved" },
];

export const studioFlowChoicesExample: Element[] = [
  { key: "FW9d816f0b90d2a10b913868462e339d29", label: "Appointment bot · published · revision 7" },
  { key: "FW2a3b4c5d6e7f8091a2b3c4d5e6f70819", label: "Order survey · draft · revision 2" },
];
