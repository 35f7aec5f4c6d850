import { action } from "@prismatic-io/spectral";
import { mediaFileExample } from "../../examplePayloads/media";
import { twilioConnection } from "../../inputs/connection";
import { maxSizeMb, namingMaxSize } from "../../inputs/downloads";
import { mediaSid } from "../../inputs/media";
import { messageSid } from "../../inputs/messages";
import { fileOutputSchema } from "../../outputSchemas/fields";

export const downloadMessageMedia = action({
  display: {
    label: "Download Message Media",
    description: "Download one media item of a message as a file, with its content type and a file name.",
  },
  inputs: { twilioConnection, messageSid, mediaSid, maxSize: maxSizeMb },
  perform: async (_context, { twilioConnection, messageSid, mediaSid, maxSize }) => {
    const { fileOutput } = await import("../../client/media/fileOutput");
    const { downloadMessageMedia: fetchMedia } = await import("../../client/media/media");
    const { getTwilioClient } = await import("../../client/twilioClient");
    return fileOutput(await fetchMedia(getTwilioClient(twilioConnection), messageSid, mediaSid, maxSize).catch(namingMaxSize));
  },
  examplePayload: mediaFileExample,
  outputSchema: fileOutputSchema,
  performSafety: "safe",
});
