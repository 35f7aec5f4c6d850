import { InputError } from "../transport/errors";

/**
 * Every SID pattern, in one place that inputs (to check what a builder typed) and the client (to
 * check what it sends) both use. A SID that
 * matches its pattern is a single path segment, so it can never reach another resource. Each
 * product adds its SIDs here.
 */
export const SID_PATTERNS = {
  account: /^AC[0-9a-fA-F]{32}$/,
  apiKey: /^SK[0-9a-fA-F]{32}$/,
  message: /^(SM|MM)[0-9a-fA-F]{32}$/,
  messagingService: /^MG[0-9a-fA-F]{32}$/,
  phoneNumber: /^PN[0-9a-fA-F]{32}$/,
  content: /^HX[0-9a-fA-F]{32}$/,
  verifyService: /^VA[0-9a-fA-F]{32}$/,
  verification: /^VE[0-9a-fA-F]{32}$/,
  /** Verify's message templates (Console > Verify > Templates). */
  verifyTemplate: /^HJ[0-9a-fA-F]{32}$/,
  studioFlow: /^FW[0-9a-fA-F]{32}$/,
  studioExecution: /^FN[0-9a-fA-F]{32}$/,
  studioStep: /^FT[0-9a-fA-F]{32}$/,
  call: /^CA[0-9a-fA-F]{32}$/,
  recording: /^RE[0-9a-fA-F]{32}$/,
  transcription: /^TR[0-9a-fA-F]{32}$/,
  media: /^ME[0-9a-fA-F]{32}$/,
  application: /^AP[0-9a-fA-F]{32}$/,
  conference: /^CF[0-9a-fA-F]{32}$/,
  syncService: /^IS[0-9a-fA-F]{32}$/,
  intelligenceService: /^GA[0-9a-fA-F]{32}$/,
  transcript: /^GT[0-9a-fA-F]{32}$/,
  conversation: /^CH[0-9a-fA-F]{32}$/,
  conversationService: /^IS[0-9a-fA-F]{32}$/,
  conversationParticipant: /^MB[0-9a-fA-F]{32}$/,
  conversationMessage: /^IM[0-9a-fA-F]{32}$/,
  eventSink: /^DG[0-9a-fA-F]{32}$/,
  eventSubscription: /^DF[0-9a-fA-F]{32}$/,
  /** A2P 10DLC brand registrations. */
  brandRegistration: /^BN[0-9a-fA-F]{32}$/,
} as const;

export type SidKind = keyof typeof SID_PATTERNS;

/** '"CA" followed by 32 hexadecimal characters', read from the pattern itself. */
export function sidExpected(kind: SidKind): string {
  const prefixes = /^\^\(?([A-Z|]+)\)?/.exec(SID_PATTERNS[kind].source)?.[1].split("|") ?? [];
  return `a SID: ${prefixes.map((prefix) => `"${prefix}"`).join(" or ")} followed by 32 hexadecimal characters`;
}

/** A SID about to go into a path, checked against its pattern so it stays one path segment. */
export function checkedSid(kind: SidKind, sid: string, input: string): string {
  if (!SID_PATTERNS[kind].test(sid)) throw new InputError(input, sidExpected(kind), sid);
  return sid;
}

/**
 * A unique name Twilio accepts in place of a SID (Conversations): up to 256 characters, no path
 * separator, query, fragment or dot segment, so once encoded it stays one path segment.
 */
const UNIQUE_NAME_PATTERN = /^(?!\.{1,2}$)[^/\\?#%\s][^/\\?#%]{0,255}$/;

/** A SID of `kind`, or a unique name, as one encoded path segment. */
export function sidOrUniqueNameSegment(kind: SidKind, text: string, input: string): string {
  if (SID_PATTERNS[kind].test(text)) return text;
  if (!UNIQUE_NAME_PATTERN.test(text) || text !== text.trim()) {
    throw new InputError(input, `${sidExpected(kind)}, or a unique name of up to 256 characters without / \\ ? # or %`, text);
  }
  return encodeURIComponent(text);
}
