import type { DownloadedFile } from "./download";

/**
 * A file as a step's result: spectral's { data: Buffer, contentType }, which later steps use as a
 * file. The name travels in Content-Disposition, which a flow answering synchronously sends on.
 */
export function fileOutput(file: DownloadedFile) {
  return {
    data: file.data,
    contentType: file.contentType,
    headers: { "Content-Disposition": `attachment; filename="${file.fileName}"` },
  };
}
