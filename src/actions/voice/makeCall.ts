import { action } from "@prismatic-io/spectral";
import { toCallee } from "../../client/identifiers";
import { getTwilioClient } from "../../client/twilioClient";
import { makeCall as placeCall } from "../../client/voice/calls";
import { callExample } from "../../examplePayloads/voice";
import { callInstructionInputs, toCallInstructions } from "../../inputs/callInstructions";
import {
  callFrom,
  callStatusCallback,
  callTo,
  machineDetection,
  record,
  ringTimeout,
  sendDigits,
  statusCallbackEvents,
  timeLimit,
} from "../../inputs/calls";
import { twilioConnection } from "../../inputs/connection";
import { defaultCountryCode } from "../../inputs/recipients";

export const makeCall = action({
  display: {
    label: "Make a Call",
    description:
      "Place a phone call that speaks a text, plays an audio file or follows TwiML (a document, a URL or a TwiML App). Never placed twice by a retry.",
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
  },
  perform: async (_context, { twilioConnection, to, from, defaultCountryCode, statusCallback, ...options }) => {
    const data = await placeCall(getTwilioClient(twilioConnection), {
      to: toCallee("To", to, defaultCountryCode),
      from,
      instructions: toCallInstructions(options),
      statusCallback,
      statusCallbackEvents: options.statusCallbackEvents,
      record: options.record,
      machineDetection: options.machineDetection,
      ringTimeoutSeconds: options.ringTimeout,
      sendDigits: options.sendDigits,
      timeLimitSeconds: options.timeLimit,
    });
    return { data };
  },
  examplePayload: { data: callExample },
});
