import { action } from "@prismatic-io/spectral";
import { mediaListExample } from "../../examplePayloads/media";
import { twilioConnection } from "../../inputs/connection";
import { messageSid } from "../../inputs/messages";
import { mediaListOutput } from "../../outputSchemas/messages";

export const listMessageMedia = action({
  display: {
    label: "List Message Media",
    description: "List the media items (images, audio, video, files) of one MMS or WhatsApp message, with their SIDs and content types.",
  },
  inputs: { twilioConnection, sid: messageSid },
  perform: async (_context, { twilioConnection, sid }) => {
    const { listMessageMedia: readMedia } = await import("../../client/media/media");
    const { getTwilioClient } = await import("../../client/twilioClient");
    const data = await readMedia(getTwilioClient(twilioConnection), sid);
    return { data };
  },
  examplePayload: { data: mediaListExample },
  outputSchema: mediaListOutput,
  performSafety: "safe",
});
