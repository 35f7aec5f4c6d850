import { input, util } from "@prismatic-io/spectral";
// The inputs alone: spectral's http client module loads axios-retry, form-data and mime-db, which the client's transport replaces.
import { inputs as httpInputs } from "@prismatic-io/spectral/dist/clients/http/inputs";
import type { RawRequest } from "../client/raw/rawRequest";
import { RAW_URL } from "../client/terms";
import { InputError } from "../client/transport/errors";
import { DEFAULT_TIMEOUT_MS } from "../client/transport/retryPolicy";
import { cleanBoolean, cleanInteger, optionalText } from "./clean";
import type { InputLabels } from "./labels";

const MAX_RAW_RETRIES = 10;
const METHODS = ["GET", "POST", "DELETE", "PUT", "PATCH", "HEAD", "OPTIONS"];

const URL_LABEL = "URL";

/** The request's URL, refused by the client unless it is a path or a URL on a Twilio host. */
export const RAW_URL_LABELS: InputLabels = { [RAW_URL]: URL_LABEL };

/** Spectral's raw-request inputs, keys kept, with Twilio-specific guidance and safe defaults. */
export const rawRequestInputs = {
  ...httpInputs,
  url: input({
    label: URL_LABEL,
    type: "string",
    required: true,
    example: "/Accounts/{AccountSid}/Calls.json",
    placeholder: "/Accounts/{AccountSid}/Calls.json",
    comments:
      "A path relative to https://api.twilio.com/2010-04-01, such as /Accounts/{AccountSid}/Calls.json: {AccountSid} stands for the connection's Account SID. An absolute URL is accepted only for Twilio API hosts (https://*.twilio.com), such as https://messaging.twilio.com/v1/Services, so your credentials are never sent anywhere else. With a Base URL on the connection, every Twilio URL goes there instead.",
    clean: (value: unknown): string => {
      const url = optionalText(value);
      if (url === undefined)
        throw new InputError(URL_LABEL, "a path such as /Accounts/AC.../Calls.json or an https://*.twilio.com URL", "");
      return url;
    },
  }),
  data: {
    ...httpInputs.data,
    example: "To=%2B15558675310&From=%2B15017122661&Body=Hello",
    comments:
      "The request body. Twilio's REST API takes form-encoded bodies (Name=value pairs joined by &, values URL-encoded), as in the example; a few newer endpoints take JSON.",
  },
  formData: {
    ...httpInputs.formData,
    example: '[{"key": "FriendlyName", "value": "Support line"}]',
    comments: "Fields sent as a multipart form upload. Most Twilio endpoints want Data (form-encoded) instead.",
  },
  fileData: {
    ...httpInputs.fileData,
    example: '[{"key": "greeting.mp3", "value": "file contents from an earlier step"}]',
    comments:
      "Files sent as a multipart form upload, keyed by form field; the value is the file's contents, usually a reference to an earlier step's output.",
  },
  headers: {
    ...httpInputs.headers,
    example: '[{"key": "X-Request-Id", "value": "order-1234"}]',
    comments: "Extra request headers, one per entry. The connection's credentials are added on their own: do not put them here.",
  },
  method: input({
    label: "Method",
    type: "string",
    required: true,
    model: METHODS.map((method) => ({ label: method, value: method })),
    comments: "The HTTP method. Twilio's REST API uses GET to read, POST to create and update, and DELETE to remove.",
    clean: (value: unknown): string => {
      const method = optionalText(value)?.toUpperCase();
      if (method === undefined || !METHODS.includes(method)) throw new InputError("Method", METHODS.join(", "), value ?? "");
      return method;
    },
  }),
  responseType: input({
    label: "Response Type",
    type: "string",
    required: true,
    default: "json",
    model: ["json", "text", "binary", "arraybuffer", "document"].map((value) => ({ label: value, value })),
    comments: "How to read the response: json (most Twilio endpoints), text, or binary (a Buffer, for media and recordings).",
    clean: (value: unknown): string => {
      const type = optionalText(value) ?? "json";
      if (!["json", "text", "binary", "arraybuffer", "document"].includes(type)) {
        throw new InputError("Response Type", "json, text or binary", type);
      }
      return type === "binary" ? "arraybuffer" : type;
    },
  }),
  timeout: input({
    label: "Timeout",
    type: "string",
    required: false,
    example: "10000",
    comments: `How long to wait for Twilio's answer, in milliseconds (default ${DEFAULT_TIMEOUT_MS}).`,
    clean: (value: unknown): number => cleanInteger("Timeout", { min: 1, max: 600_000 })(value) ?? DEFAULT_TIMEOUT_MS,
  }),
  maxRetries: input({
    label: "Max Retry Count",
    type: "string",
    required: false,
    default: "0",
    comments: `How many times to retry a failed request (0 to ${MAX_RAW_RETRIES}), by the rules of every other request of this component: a GET, HEAD or OPTIONS after a 429 (waiting for Twilio's Retry-After), a 5xx or a dropped connection; a POST, PUT, PATCH or DELETE only after a 429 or a connection that was never made, never once Twilio may have acted on it, so it cannot send twice.`,
    clean: (value: unknown): number => cleanInteger("Max Retry Count", { min: 0, max: MAX_RAW_RETRIES })(value) ?? 0,
  }),
  retryDelayMS: input({
    label: "Retry Delay (ms)",
    type: "string",
    required: false,
    default: "0",
    comments:
      "The delay between retries in milliseconds (never shorter than Twilio's Retry-After). With exponential backoff it is the first delay, doubled each time up to 60 seconds. 0: the component's own backoff (Twilio's Retry-After, else a growing random delay up to 5 seconds).",
    clean: (value: unknown): number => cleanInteger("Retry Delay (ms)", { min: 0, max: 60_000 })(value) ?? 0,
  }),
  useExponentialBackoff: {
    ...httpInputs.useExponentialBackoff,
    comments:
      "Double Retry Delay (ms) after each retry. With Retry Delay (ms) at 0 the component's own backoff is used, which grows anyway.",
    clean: cleanBoolean("Use Exponential Backoff"),
  },
  retryAllErrors: {
    ...httpInputs.retryAllErrors,
    comments:
      "Retry GET, HEAD and OPTIONS whatever the error, 4xx answers included. It never retries a POST, PUT, PATCH or DELETE: Twilio may have acted on it, and a retry would send the message again.",
    clean: cleanBoolean("Retry On All Errors"),
  },
  debugRequest: {
    ...httpInputs.debugRequest,
    comments: "Log the method, URL and status of the request to the run log. Credentials and headers are never logged.",
    clean: cleanBoolean("Debug Request"),
  },
};

type KeyValueList = { key: string; value: unknown }[] | undefined;

/** The values of the inputs above, as the action receives them cleaned. */
interface RawRequestValues {
  url: string;
  method: string;
  data?: unknown;
  formData?: KeyValueList;
  fileData?: KeyValueList;
  fileDataFileNames?: Record<string, string>;
  headers?: KeyValueList;
  queryParams?: KeyValueList;
  responseType: string;
  timeout: number;
  maxRetries: number;
  retryDelayMS: number;
  useExponentialBackoff: boolean;
  retryAllErrors: boolean;
  debugRequest: boolean;
}

const isFilled = (list: KeyValueList) => Array.isArray(list) && list.length > 0;

/** Form Data and File Data as one multipart body, a file named by File Data File Names (else by its key). */
function multipartBody(values: RawRequestValues): FormData {
  const form = new FormData();
  for (const { key, value } of values.formData ?? []) form.append(key, Buffer.isBuffer(value) ? new Blob([value]) : String(value));
  for (const { key, value } of values.fileData ?? []) {
    form.append(key, new Blob([util.types.toBufferDataPayload(value).data]), values.fileDataFileNames?.[key] || key);
  }
  return form;
}

/** The request the inputs describe, in HTTP's terms; a body given two ways is refused before anything is sent. */
export function toRawRequest(values: RawRequestValues): RawRequest {
  const multipart = isFilled(values.formData) || isFilled(values.fileData);
  if (values.data && multipart) throw new Error("Cannot specify both Data and File/Form Data.");
  const data = values.data || undefined;
  return {
    method: values.method,
    url: values.url,
    headers: util.types.keyValPairListToObject(values.headers ?? []) as Record<string, string>,
    query: util.types.keyValPairListToObject(values.queryParams ?? []) as Record<string, string>,
    body: multipart ? multipartBody(values) : (data as RawRequest["body"]),
    responseType: values.responseType as RawRequest["responseType"],
    timeoutMs: values.timeout,
    retries: {
      maxRetries: values.maxRetries,
      delayMs: values.retryDelayMS,
      exponential: values.useExponentialBackoff,
      afterAnyFailure: values.retryAllErrors,
    },
    logSummary: values.debugRequest,
  };
}
