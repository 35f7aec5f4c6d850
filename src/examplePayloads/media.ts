import type { MessageMediaList } from "../client/media/media";

const MESSAGE = "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Messages/MM7a9d0c7e3b1f4e5a8c2d6b0e9f1a3c5d";
const MEDIA_SID = "ME557ce644e5ab84fa21cc21112e22c485";

export const mediaListExample: MessageMediaList = {
  media: [
    {
      accountSid: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      contentType: "image/jpeg",
      dateCreated: "2026-11-20T16:09:02.000Z",
      dateUpdated: "2026-11-20T16:09:02.000Z",
      parentSid: "MM7a9d0c7e3b1f4e5a8c2d6b0e9f1a3c5d",
      sid: MEDIA_SID,
      uri: `${MESSAGE}/Media/${MEDIA_SID}.json`,
    },
  ],
};

/** A file output: the image's bytes (the first bytes of a JPEG here), its content type and its name. */
export const mediaFileExample = {
  data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
  contentType: "image/jpeg",
  headers: { "Content-Disposition": `attachment; filename="${MEDIA_SID}.jpg"` },
};
