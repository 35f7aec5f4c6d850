import type { Readable } from "node:stream";
import type { AxiosResponse } from "axios";
import { basicAuthorization } from "../transport/credentials";
import { fromTwilioErrorBody } from "../transport/errorMapping";
import { FileTooLargeError, TwilioApiError } from "../transport/errors";
import { isTwilioHost, toBaseUrl } from "../transport/origins";
import {
  backoffDelay,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  isRetryableNetworkError,
  isRetryableStatus,
  MAX_RETRY_DELAY_MS,
} from "../transport/retryPolicy";
import { waits } from "../transport/waits";
import type { TwilioClient } from "../twilioClient";

/** A file as spectral's file outputs take it, with the name to save it under. */
export interface DownloadedFile {
  data: Buffer;
  contentType: string;
  fileName: string;
}

export interface DownloadRequest {
  /** An https URL on a Twilio host (mapped onto the connection's Base URL when it has one). */
  url: string;
  maxBytes: number;
  fileName(contentType: string): string;
}

const MAX_REDIRECTS = 5;
/** Enough of an error body for Twilio's JSON error; a larger one is cut, never read whole. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;
const RETRY_SETTINGS = { maxRetries: DEFAULT_MAX_RETRIES, maxRetryDelayMs: MAX_RETRY_DELAY_MS };

/**
 * Downloads a recording or media file with its own request: twilio-node's RequestClient turns
 * binary bodies into strings and does not follow redirects. Twilio redirects media to short-lived
 * URLs on other hosts (mms.twiliocdn.com): each hop is followed by hand, and the credentials go
 * only to Twilio hosts (or the Base URL), never to where a redirect points elsewhere. The body is
 * streamed into one buffer sized from Content-Length, and stops at maxBytes.
 */
export async function downloadTwilioFile(client: TwilioClient, request: DownloadRequest): Promise<DownloadedFile> {
  let target = mapped(client, request.url);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await getWithRetries(client, target);
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && typeof location === "string") {
      response.data.destroy();
      target = mapped(client, new URL(location, target).toString());
      continue;
    }
    if (response.status >= 400) throw fromTwilioErrorBody(response.status, await readAtMost(response.data, MAX_ERROR_BODY_BYTES));
    const contentType = String(response.headers["content-type"] ?? "application/octet-stream")
      .split(";")[0]
      .trim();
    const data = await readBody(response, request);
    return { data, contentType, fileName: request.fileName(contentType) };
  }
  throw new TwilioApiError(`Could not download the file: Twilio redirected it more than ${MAX_REDIRECTS} times.`);
}

/** A Twilio URL goes to the Base URL when the connection has one; any other URL is left as it is. */
function mapped(client: TwilioClient, url: string): string {
  const { baseUrl } = client.credentials;
  return baseUrl ? toBaseUrl(url, baseUrl) : url;
}

/** Credentials go to Twilio over https, or to the connection's Base URL: nowhere else, whoever redirects there. */
function mayCarryCredentials(client: TwilioClient, url: URL): boolean {
  if (url.username || url.password) return false;
  const { baseUrl } = client.credentials;
  if (baseUrl) {
    const base = new URL(baseUrl);
    const prefix = base.pathname.replace(/\/$/, "");
    return url.origin === base.origin && (url.pathname === prefix || url.pathname.startsWith(`${prefix}/`));
  }
  return url.protocol === "https:" && isTwilioHost(url.hostname);
}

async function getWithRetries(client: TwilioClient, target: string): Promise<AxiosResponse<Readable>> {
  const url = new URL(target);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TwilioApiError(`Could not download the file: it was redirected to a ${url.protocol} URL.`);
  }
  const headers: Record<string, string> = { "Accept-Encoding": "identity" };
  if (mayCarryCredentials(client, url)) headers.Authorization = `Basic ${basicAuthorization(client.credentials)}`;
  // axios comes with twilio-node's request stack, which loads on a client's first use, not with the component.
  const axios = (require("axios") as typeof import("axios")).default;
  for (let attempt = 0; ; attempt++) {
    const canRetry = attempt < RETRY_SETTINGS.maxRetries;
    let response: AxiosResponse<Readable>;
    try {
      response = await axios.get<Readable>(target, {
        headers,
        responseType: "stream",
        maxRedirects: 0,
        decompress: false,
        timeout: DEFAULT_TIMEOUT_MS,
        validateStatus: () => true,
      });
    } catch (error) {
      if (!canRetry || !isRetryableNetworkError(error, "GET")) throw error;
      await waits.sleep(backoffDelay(attempt, RETRY_SETTINGS));
      continue;
    }
    if (!canRetry || !isRetryableStatus(response.status, "GET")) return response;
    response.data.destroy();
    await waits.sleep(backoffDelay(attempt, RETRY_SETTINGS));
  }
}

function tooLarge(request: DownloadRequest, bytes: number): FileTooLargeError {
  const megabytes = (value: number) => `${Math.ceil((value / 1024 / 1024) * 10) / 10} MB`;
  return new FileTooLargeError(
    `Could not download the file: it is larger than ${megabytes(request.maxBytes)} (${megabytes(bytes)} or more).`,
  );
}

/** The body in one buffer: allocated once from Content-Length when Twilio sends it, else joined once at the end. */
async function readBody(response: AxiosResponse<Readable>, request: DownloadRequest): Promise<Buffer> {
  const stream = response.data;
  const declared = Number(response.headers["content-length"]);
  const known = Number.isInteger(declared) && declared >= 0;
  if (known && declared > request.maxBytes) {
    stream.destroy();
    throw tooLarge(request, declared);
  }
  const buffer = known ? Buffer.allocUnsafe(declared) : undefined;
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (received + chunk.length > request.maxBytes) {
      stream.destroy();
      throw tooLarge(request, received + chunk.length);
    }
    if (buffer) {
      // Node's HTTP parser never passes on more than Content-Length; a compatible server must not either.
      if (received + chunk.length > buffer.length)
        throw new TwilioApiError("Could not download the file: it is longer than its Content-Length.");
      chunk.copy(buffer, received);
    } else {
      chunks.push(chunk);
    }
    received += chunk.length;
  }
  return buffer ? buffer.subarray(0, received) : Buffer.concat(chunks, received);
}

async function readAtMost(stream: Readable, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    received += chunk.length;
    if (received >= maxBytes) break;
  }
  stream.destroy();
  return Buffer.concat(chunks).subarray(0, maxBytes).toString("utf8");
}
