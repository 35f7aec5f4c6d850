import { action } from "@prismatic-io/spectral";
import { callExample } from "../../examplePayloads/voice";
import { callInstructionInputs, toCallInstructions } from "../../inputs/callInstructions";
import {
  callFrom,
  callStatusCallback,
  callTo,
  checkStatusCallback,
  machineDetection,
  record,
  ringTimeout,
  sendDigits,
  statusCallbackEvents,
  timeLimit,
  toCallRecipient,
} from "../../inputs/calls";
import { twilioConnection } from "../../inputs/connection";
import { IDEMPOTENCY_KEY_LABELS, idempotencyInputs, toIdempotencyOptions } from "../../inputs/idempotency";
import { namingInputs } from "../../inputs/labels";
import { defaultCountryCode } from "../../inputs/recipients";
import { placedCallOutput } from "../../outputSchemas/voice";

export const makeCall = action({
  display: {
    label: "Make a Call",
    description:
      "Place a phone call that speaks a text, plays an audio file or follows TwiML (a document, a URL or a TwiML App). Never placed twice by a retry, and with an idempotency key never twice by a rerun of the flow.",
  },
  inputs: {
    twilioConnection,
    to: callTo,
    from: callFrom,
    defaultCountryCode,
    ...callInstructionInputs,
    statusCallback: callStatusCallback,
    statusCallbackEvents,
    record,
    machineDetection,
    ringTimeout,
    sendDigits,
    timeLimit,
    ...idempotencyInputs,
  },
  perform: async (
    context,
    { twilioConnection, to, from, defaultCountryCode, statusCallback, idempotencyKey, idempotencyStore, syncService, ...options },
  ) => {
    const { getTwilioClient } = await import("../../client/twilioClient");
    const { makeCallOnce } = await import("../../client/voice/calls");
    checkStatusCallback(statusCallback, options.statusCallbackEvents);
    const call = {
      to: toCallRecipient(to, defaultCountryCode),
      from,
      instructions: toCallInstructions(options),
      statusCallback,
      statusCallbackEvents: options.statusCallbackEvents,
      record: options.record,
      machineDetection: options.machineDetection,
      ringTimeoutSeconds: options.ringTimeout,
      sendDigits: options.sendDigits,
      timeLimitSeconds: options.timeLimit,
    };
    const run = toIdempotencyOptions({ idempotencyKey, idempotencyStore, syncService }, context.instanceState);
    const { data, instanceState } = await namingInputs(IDEMPOTENCY_KEY_LABELS, () =>
      makeCallOnce(getTwilioClient(twilioConnection), call, run),
    );
    return instanceState ? { data, instanceState } : { data };
  },
  examplePayload: { data: { ...callExample, replayed: false } },
  outputSchema: placedCallOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/voice")).examplePlaceCall(values),
});
