import type { CallRecord } from "../client/voice/calls";
import { deletedRecordingExample } from "../examplePayloads/recordings";
import { callExample, completedCallExample, deletedCallExample } from "../examplePayloads/voice";
import { toCallInstructions } from "../inputs/callInstructions";
import { confirmDeletion, toCallRecipient } from "../inputs/calls";

/** The call placed, as Make a Call returns it, with the builder's To and From: no call is placed, but its instructions are checked as a real call's. */
export function examplePlaceCall(
  values: Parameters<typeof toCallInstructions>[0] & { to: string; from: string; defaultCountryCode?: string },
) {
  const to = toCallRecipient(values.to, values.defaultCountryCode);
  toCallInstructions(values);
  return { data: { ...callExample, to, toFormatted: to, from: values.from, fromFormatted: values.from, replayed: false } };
}

/** The call after the change: ended by a hang-up, never started once canceled, still live once redirected. */
const CALL_AFTER: Record<string, CallRecord> = {
  hangUp: completedCallExample,
  cancel: { ...callExample, status: "canceled" },
  redirect: { ...callExample, status: "in-progress", startTime: completedCallExample.startTime },
};

export function exampleUpdateCall({ sid, change }: { sid: string; change: string }) {
  return { data: { ...(CALL_AFTER[change] ?? completedCallExample), sid } };
}

export const exampleDeleteRecording = ({ sid }: { sid: string }) => ({ data: { ...deletedRecordingExample, sid } });

export function exampleDeleteCall({ sid, confirmSid }: { sid: string; confirmSid: string }) {
  confirmDeletion(confirmSid, sid);
  return { data: { ...deletedCallExample, sid } };
}
