import { connection } from "@prismatic-io/spectral";

/** Optional on both connections: which account and where requests go. Leaving them empty means the connection's own account on api.twilio.com (US1). */
const routingInputs = {
  subaccountSid: {
    label: "Subaccount SID",
    type: "string",
    required: false,
    shown: true,
    example: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
    comments:
      "Optional. A subaccount (AC...) of the account above: every action, trigger and data source then acts on that subaccount with this connection's credentials, so one connection serves every customer's subaccount. Leave empty to act on the account itself.",
  },
  region: {
    label: "Region",
    type: "string",
    required: false,
    shown: true,
    example: "ie1",
    comments: "Twilio Regional processing: us1 (default), ie1 or au1. Only for accounts set up for that region.",
  },
  edge: {
    label: "Edge",
    type: "string",
    required: false,
    shown: true,
    example: "dublin",
    comments:
      "The Twilio edge location to connect through, such as ashburn, dublin, frankfurt, sao-paulo, singapore, sydney, tokyo or umatilla.",
  },
  baseUrl: {
    label: "Base URL",
    type: "string",
    required: false,
    shown: true,
    example: "https://api.twilio.com",
    comments:
      "Point the component at a Twilio-compatible server instead of Twilio (overrides Region and Edge). Every request goes there: https://api.twilio.com/... to {Base URL}/..., and every other Twilio host under a prefix named after it, such as https://messaging.twilio.com/v1/Services to {Base URL}/messaging/v1/Services. Must be https, except to a loopback address for local testing.",
  },
} as const;

const authTokenConnection = connection({
  key: "basic",
  display: {
    label: "Auth Token",
    description: "Your Account SID and Auth Token. Simple, and it lets the webhook trigger check Twilio's signatures.",
  },
  inputs: {
    username: {
      label: "Account SID",
      type: "string",
      required: true,
      shown: true,
      example: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      comments: "Starts with AC. Find it on the Twilio Console home page, under Account Info.",
    },
    password: {
      label: "Auth Token",
      type: "password",
      required: true,
      shown: true,
      comments: "Shown next to the Account SID in the Twilio Console. It is the account's master secret: prefer an API key for sending.",
    },
    ...routingInputs,
  },
});

const apiKeyConnection = connection({
  key: "apiKeySecret",
  display: {
    label: "API Key",
    description: "An API Key SID and Secret for your account: can be revoked on its own without changing the Auth Token.",
  },
  inputs: {
    accountSid: {
      label: "Account SID",
      type: "string",
      required: true,
      shown: true,
      example: "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      comments: "Starts with AC. Find it on the Twilio Console home page, under Account Info.",
    },
    apiKey: {
      label: "API Key SID",
      type: "string",
      required: true,
      shown: true,
      example: "SKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      comments: "Starts with SK. Create one in the Twilio Console under Account > API keys & tokens (a Standard key is enough).",
    },
    apiSecret: {
      label: "API Key Secret",
      type: "password",
      required: true,
      shown: true,
      comments: "Shown once, when the API key is created.",
    },
    authToken: {
      label: "Auth Token (for webhooks)",
      type: "password",
      required: false,
      shown: true,
      comments:
        "Optional. Only needed by the webhook trigger to check Twilio's request signatures, which are made with the Auth Token: an API key secret cannot check them.",
    },
    ...routingInputs,
  },
});

export const connections = [apiKeyConnection, authTokenConnection];
