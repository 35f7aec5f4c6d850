import type { Readable } from "node:stream";
import { basicAuthorization } from "../transport/credentials";
import { fromTwilioErrorBody } from "../transport/errorMapping";
import { FileTooLargeError, TwilioApiError } from "../transport/errors";
import type { Answer } from "../transport/httpClient";
import { mayCarryCredentials, toBaseUrl } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";

/** A file as spectral's file outputs take it, with the name to save it under. */
export interface DownloadedFile {
  data: Buffer;
  contentType: string;
  fileName: string;
}

interface DownloadRequest {
  /** An https URL on a Twilio host (mapped onto the connection's Base URL when it has one). */
  url: string;
  maxBytes: number;
  fileName(contentType: string): string;
}

const MAX_REDIRECTS = 5;
/** Enough of an error body for Twilio's JSON error; a larger one is cut, never read whole. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

/**
 * Downloads a recording or media file through the client's `send` (its keep-alive agent, timeout
 * and retries), streamed: twilio-node's resource requests turn binary bodies into strings and do
 * not follow redirects. Twilio redirects media to short-lived URLs on other hosts
 * (mms.twiliocdn.com): each hop is followed by hand, and the credentials go only to Twilio hosts
 * (or the Base URL), never to where a redirect points elsewhere. The body is streamed into one
 * buffer sized from Content-Length, and stops at maxBytes.
 */
export async function downloadTwilioFile(client: TwilioClient, request: DownloadRequest): Promise<DownloadedFile> {
  let target = mapped(client, request.url);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await get(client, target);
    const location = response.headers.location;
    if (response.statusCode >= 300 && response.statusCode < 400 && typeof location === "string") {
      response.body.destroy();
      target = mapped(client, new URL(location, target).toString());
      continue;
    }
    if (response.statusCode >= 400) throw fromTwilioErrorBody(response.statusCode, await readAtMost(response.body, MAX_ERROR_BODY_BYTES));
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

/** A GET of one hop, on the client's agent and retry rules, with the credentials only where they may go. */
function get(client: TwilioClient, target: string): Promise<Answer<Readable>> {
  const url = new URL(target);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TwilioApiError(`Could not download the file: it was redirected to a ${url.protocol} URL.`);
  }
  const headers: Record<string, string> = { "Accept-Encoding": "identity" };
  if (mayCarryCredentials(url, client.credentials.baseUrl)) headers.Authorization = `Basic ${basicAuthorization(client.credentials)}`;
  return client.send<Readable>({ method: "get", url: target, headers, responseType: "stream", maxRedirects: 0, decompress: false });
}

function tooLarge(request: DownloadRequest, bytes: number): FileTooLargeError {
  const megabytes = (value: number) => `${Math.ceil((value / 1024 / 1024) * 10) / 10} MB`;
  return new FileTooLargeError(
    `Could not download the file: it is larger than ${megabytes(request.maxBytes)} (${megabytes(bytes)} or more).`,
  );
}

/** The body in one buffer: allocated once from Content-Length when Twilio sends it, else joined once at the end. */
async function readBody(response: Answer<Readable>, request: DownloadRequest): Promise<Buffer> {
  const stream = response.body;
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
