import { input } from "@prismatic-io/spectral";
import { FileTooLargeError, TwilioApiError } from "../client/transport/errors";
import { cleanInteger } from "./clean";

const DEFAULT_MAX_DOWNLOAD_MB = 50;
const MAX_DOWNLOAD_MB = 500;

export const maxSizeMb = input({
  label: "Max Size (MB)",
  type: "string",
  required: false,
  default: String(DEFAULT_MAX_DOWNLOAD_MB),
  example: "100",
  comments: `The largest file to download (1 to ${MAX_DOWNLOAD_MB} MB, default ${DEFAULT_MAX_DOWNLOAD_MB}): the step holds the whole file in memory. A larger file fails the step as soon as that is known: before reading when Twilio sends its size, else once the limit is passed. An hour of WAV is about 58 MB, of MP3 about 15 MB.`,
  clean: (value: unknown): number =>
    (cleanInteger("Max Size (MB)", { min: 1, max: MAX_DOWNLOAD_MB })(value) ?? DEFAULT_MAX_DOWNLOAD_MB) * 1024 * 1024,
});

const MAX_SIZE_FIX = `Raise "${maxSizeMb.label}" if the step may hold a file this large in memory.`;

/** A download over Max Size, said with the input that raises the cap: the client knows only its byte limit. */
export function namingMaxSize(error: unknown): never {
  if (error instanceof FileTooLargeError)
    throw new TwilioApiError(`${error.message} ${MAX_SIZE_FIX}`, { ...error.details, fix: MAX_SIZE_FIX });
  throw error;
}
