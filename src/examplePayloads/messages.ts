import type { SentMessage } from "../client/messages/messages";

/** What a message looks like in a step's output: twilio-node's message resource as plain JSON. */
export const sentMessageExample = {
  body: "Your order #1234 has shipped.",
  numSegments: "1",
  direction: "outbound-api",
  from: "+15017122661",
  to: "+15558675310",
  dateUpdated: "2026-11-20T16:04:31.000Z",
  price: null,
  errorMessage: null,
  uri: "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Messages/SM1f0e8ae6ade43cb3c0ce4525424e404f.json",
  accountSid: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
  numMedia: "0",
  status: "queued",
  messagingServiceSid: null,
  sid: "SM1f0e8ae6ade43cb3c0ce4525424e404f",
  dateSent: null,
  dateCreated: "2026-11-20T16:04:31.000Z",
  errorCode: null,
  priceUnit: "USD",
  apiVersion: "2010-04-01",
  subresourceUris: {
    media: "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Messages/SM1f0e8ae6ade43cb3c0ce4525424e404f/Media.json",
  },
};

/** What Send Message returns: the message, and whether it was found after a lost answer or created by an earlier run under its key. */
export const sendResultExample: SentMessage = { ...sentMessageExample, reconciled: false, replayed: false };

export const receivedMessageExample = {
  ...sentMessageExample,
  sid: "SM7a9d0c7e3b1f4e5a8c2d6b0e9f1a3c5d",
  body: "Yes, please deliver after 5pm.",
  direction: "inbound",
  from: "+15558675310",
  to: "+15017122661",
  status: "received",
  dateSent: "2026-11-20T16:09:02.000Z",
  uri: "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Messages/SM7a9d0c7e3b1f4e5a8c2d6b0e9f1a3c5d.json",
  subresourceUris: {
    media: "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Messages/SM7a9d0c7e3b1f4e5a8c2d6b0e9f1a3c5d/Media.json",
  },
};

export const messageListExample = {
  messages: [receivedMessageExample, { ...sentMessageExample, status: "delivered", dateSent: "2026-11-20T16:04:32.000Z" }],
  nextPageUri:
    "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Messages.json?PageSize=2&Page=1&PageToken=PASM1f0e8ae6ade43cb3c0ce4525424e404f",
  hasMore: true,
};
