import type { TwilioWebhookEvent } from "./signature";

/** Twilio's own names: STOP opts the sender out, START opts them back in, HELP asks for help. */
export type OptOutType = "STOP" | "START" | "HELP";

const OPT_OUT_TYPES = new Set<string>(["STOP", "START", "HELP"]);

/**
 * The keywords Twilio acts on by default, each only as the whole message (any case). REVOKE and
 * OPTOUT joined the opt-out list in Twilio's current documentation (Advanced Opt-Out tutorial).
 */
const DEFAULT_KEYWORDS: Record<string, OptOutType> = {
  STOP: "STOP",
  STOPALL: "STOP",
  UNSUBSCRIBE: "STOP",
  CANCEL: "STOP",
  END: "STOP",
  QUIT: "STOP",
  REVOKE: "STOP",
  OPTOUT: "STOP",
  START: "START",
  YES: "START",
  UNSTOP: "START",
  HELP: "HELP",
  INFO: "HELP",
};

/**
 * Whether an incoming message opts its sender out, back in, or asks for help. With Advanced
 * Opt-Out on its Messaging Service, Twilio says so itself in OptOutType, custom keywords included;
 * otherwise the body is matched against Twilio's default keywords, as the whole message in any
 * case, surrounding spaces ignored ("STOP please" is not an opt-out, for Twilio either).
 */
export function optOutTypeOf(event: Pick<TwilioWebhookEvent, "eventType" | "fields">): OptOutType | null {
  if (event.eventType !== "incomingMessage") return null;
  const reported = event.fields.OptOutType;
  if (typeof reported === "string" && OPT_OUT_TYPES.has(reported.toUpperCase())) return reported.toUpperCase() as OptOutType;
  const body = event.fields.Body;
  return typeof body === "string" ? (DEFAULT_KEYWORDS[body.trim().toUpperCase()] ?? null) : null;
}
