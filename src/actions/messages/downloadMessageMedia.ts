import { action } from "@prismatic-io/spectral";
import { fileOutput } from "../../client/media/fileOutput";
import { downloadMessageMedia as fetchMedia } from "../../client/media/media";
import { getTwilioClient } from "../../client/twilioClient";
import { mediaFileExample } from "../../examplePayloads/media";
import { twilioConnection } from "../../inputs/connection";
import { maxSizeMb } from "../../inputs/downloads";
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
    return fileOutput(await fetchMedia(getTwilioClient(twilioConnection), messageSid, mediaSid, maxSize));
  },
  examplePayload: mediaFileExample,
  outputSchema: fileOutputSchema,
  performSafety: "safe",
});
