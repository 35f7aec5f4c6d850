import { action } from "@prismatic-io/spectral";
import { replyExample } from "../../examplePayloads/replies";
import { twilioConnection } from "../../inputs/connection";
import { defaultCountryCode, toRecipientWithDefaultCountry } from "../../inputs/recipients";
import { replyFrom, replyTo, since, timeout } from "../../inputs/replies";
import { replyOutput } from "../../outputSchemas/messages";

export const waitForReply = action({
  display: {
    label: "Wait for Reply",
    description:
      "Wait for the next incoming message from a number, up to a timeout, and return it; returns replied: false (not an error) when no reply came in time.",
  },
  inputs: {
    twilioConnection,
    from: replyFrom,
    defaultCountryCode,
    to: replyTo,
    since,
    timeout,
  },
  perform: async (_context, { twilioConnection, from, defaultCountryCode, to, since, timeout }) => {
    const { waitForReply: awaitReply } = await import("../../client/messages/replies");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await awaitReply(getTwilioClient(twilioConnection), {
      from: toRecipientWithDefaultCountry("Reply From", from, defaultCountryCode),
      to,
      since: since ?? new Date(),
      timeoutMs: timeout,
    });
    return { data };
  },
  examplePayload: { data: replyExample },
  outputSchema: replyOutput,
  performSafety: "notAllowed",
  examplePerform: async (_context, values) => (await import("../../examplePerforms/messages")).exampleReply(values),
});
