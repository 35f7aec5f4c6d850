import type { SandboxContext } from "../core/types";
import { numberBook } from "./numberBook";

/** Where Twilio sends what arrives at a number: its account and configured URL, or a Messaging Service's. */
export interface InboundTarget {
  accountSid: string;
  url?: string;
  method?: string;
  messagingServiceSid?: string;
}

type ServiceLookup = (context: SandboxContext, accountSid: string, phoneNumber: string) => InboundTarget | undefined;
const serviceLookups: ServiceLookup[] = [];
/** Messaging Services take over their numbers' incoming messages (registered by that product). */
export const routeThroughServices = (lookup: ServiceLookup) => void serviceLookups.push(lookup);

export function inboundTarget(context: SandboxContext, phoneNumber: string, kind: "sms" | "voice"): InboundTarget | undefined {
  for (const account of context.accounts()) {
    const number = numberBook(context, account.sid).find((candidate) => candidate.phone_number === phoneNumber);
    if (!number) continue;
    if (kind === "sms") {
      for (const lookup of serviceLookups) {
        const viaService = lookup(context, account.sid, phoneNumber);
        if (viaService) return viaService;
      }
    }
    const prefix = kind === "sms" ? "Sms" : "Voice";
    return { accountSid: account.sid, url: number.fields[`${prefix}Url`] || undefined, method: number.fields[`${prefix}Method`] || "POST" };
  }
  return undefined;
}
