import { randomBytes } from "node:crypto";
import type { MessageListInstanceCreateOptions } from "twilio/lib/rest/api/v2010/account/message";
import { keyHash } from "../idempotency";
import { searchMessageLog } from "../messages/createOnce";
import { createItemIfAbsent, fetchItem, type SyncItem, type SyncMapRef, updateItemAt } from "../sync/maps";
import { IDEMPOTENCY_TTL_MS } from "../terms";
import { waits } from "../transport/waits";
import type { TwilioClient } from "../twilioClient";
import { otherContentError } from "./claimErrors";
import { type ClaimSchedule, claimMap, DEFAULT_CLAIM_SCHEDULE } from "./syncClaims";

/**
 * A keyed bulk send claims its recipients in Sync a chunk at a time: one Map Item per
 * CHUNK_SIZE recipients of the list, taken before the first of them is sent and written once
 * more when the chunk is done, with the SID (or "?" for "may have been sent") of each. Two
 * writes per chunk keep a 10,000-recipient send far under Sync's ~20 writes/s per Map, which a
 * claim per recipient would exceed. A chunk held by a running execution is not sent by another;
 * one left by an execution that stopped is resolved recipient by recipient against the log.
 */
export const CHUNK_SIZE = 50;
const CLAIM_TTL_SECONDS = IDEMPOTENCY_TTL_MS / 1000;
const CHUNKS_AHEAD = 2;
const UNKNOWN = "?";

interface ChunkData {
  /** The list's fingerprint (recipients and message): the key with another list is a mistake. */
  f: string;
  at: number;
  n: string;
  /** Index in the list to the SID sent, or "?" when it may have been sent. Refused recipients are absent. */
  r: Record<string, string>;
  /** No execution works on the chunk any more: absent recipients were not sent. */
  d: boolean;
}

/** What a recipient's claim says before sending: send it, or the row's outcome without sending. */
type RecipientClaim =
  | { send: true }
  | { send: false; outcome: "replayed"; messageSid: string }
  | { send: false; outcome: "unknown" | "failed"; errorMessage: string };

interface BulkClaimsRequest {
  key: string;
  listFingerprint: string;
  /** How many recipients of each chunk this step will try: the chunk is recorded once they are done. */
  pendingByChunk: Map<number, number>;
  shared: MessageListInstanceCreateOptions;
  syncService?: string;
  schedule?: ClaimSchedule;
}

interface Chunk {
  map: SyncMapRef;
  key: string;
  /** Ours to send and record; undefined when another execution holds it. */
  claim?: SyncItem<ChunkData>;
  prior: Record<string, string>;
  holderError?: string;
  /** Left by an execution that stopped: each unsent recipient is looked for in the log first. */
  since?: Date;
  left: number;
}

export class BulkClaims {
  private readonly chunks = new Map<number, Promise<Chunk>>();
  private readonly recordings: Promise<void>[] = [];
  private readonly nonce = randomBytes(6).toString("base64url");
  private readonly schedule: ClaimSchedule;

  constructor(
    private readonly client: TwilioClient,
    private readonly request: BulkClaimsRequest,
  ) {
    this.schedule = request.schedule ?? DEFAULT_CLAIM_SCHEDULE;
  }

  /** Takes the first chunk before anything is sent: the key with another list fails the step here. */
  async start(index: number): Promise<void> {
    await this.chunk(Math.floor(index / CHUNK_SIZE));
  }

  /** Claims (or reads) the chunk of `index` in the list and says whether to send to `to`. */
  async before(index: number, to: string): Promise<RecipientClaim> {
    const chunkIndex = Math.floor(index / CHUNK_SIZE);
    // The next chunks are claimed while this one is sent, so no send waits for a claim.
    for (let ahead = 1; ahead <= CHUNKS_AHEAD; ahead++)
      if (this.request.pendingByChunk.has(chunkIndex + ahead)) this.chunk(chunkIndex + ahead).catch(() => undefined);
    const chunk = await this.chunk(chunkIndex);
    const prior = chunk.prior[index];
    if (prior === UNKNOWN)
      return { send: false, outcome: "unknown", errorMessage: "May have been sent: an earlier run could not tell whether it was." };
    if (prior) return { send: false, outcome: "replayed", messageSid: prior };
    if (!chunk.claim) return { send: false, outcome: "failed", errorMessage: chunk.holderError ?? "" };
    if (!chunk.since) return { send: true };
    try {
      const search = await searchMessageLog(this.client, { ...this.request.shared, to }, chunk.since);
      if (search.found) return { send: false, outcome: "replayed", messageSid: search.found.sid };
      if (search.proven) return { send: true };
    } catch {}
    return {
      send: false,
      outcome: "unknown",
      errorMessage: "May have been sent: an earlier run stopped, and the message log could not tell.",
    };
  }

  /** What was sent to the recipient at `index` (a SID, "unknown", or nothing: refused or not sent); records the chunk once all are done. */
  async after(index: number, result: { sid?: string; unknown?: boolean }): Promise<void> {
    // A chunk that could not be claimed sent nobody: there is nothing to record.
    const chunk = await this.chunk(Math.floor(index / CHUNK_SIZE)).catch(() => undefined);
    if (!chunk?.claim) return;
    if (result.sid) chunk.claim.data.r[index] = result.sid;
    else if (result.unknown) chunk.claim.data.r[index] = UNKNOWN;
    chunk.left -= 1;
    if (chunk.left === 0) this.recordings.push(this.record(chunk));
  }

  /** Records every chunk still open: what this step did not get to is left for the next one. */
  async finish(): Promise<void> {
    const chunks = await Promise.all([...this.chunks.values()].map((chunk) => chunk.catch(() => undefined)));
    for (const chunk of chunks) if (chunk?.claim && chunk.left > 0) this.recordings.push(this.record(chunk));
    await Promise.all(this.recordings);
  }

  private async record(chunk: Chunk): Promise<void> {
    const claim = chunk.claim as SyncItem<ChunkData>;
    // Not recorded: the chunk is resolved against the log once it is left long enough.
    await updateItemAt(this.client, chunk.map, chunk.key, claim.revision, { ...claim.data, d: true }).catch(() => undefined);
  }

  private chunk(chunkIndex: number): Promise<Chunk> {
    let chunk = this.chunks.get(chunkIndex);
    if (!chunk) {
      chunk = this.takeChunk(chunkIndex);
      this.chunks.set(chunkIndex, chunk);
    }
    return chunk;
  }

  private async takeChunk(chunkIndex: number): Promise<Chunk> {
    const key = keyHash(`${this.request.key}\nchunk ${chunkIndex}`);
    const map = await claimMap(this.client, this.request.syncService, key);
    const left = this.request.pendingByChunk.get(chunkIndex) ?? 0;
    const fresh = (r: Record<string, string>): ChunkData => ({
      f: this.request.listFingerprint,
      at: Date.now(),
      n: this.nonce,
      r,
      d: false,
    });
    const created = await createItemIfAbsent(this.client, map, key, fresh({}), CLAIM_TTL_SECONDS);
    if (created) return { map, key, claim: created, prior: {}, left };
    for (let look = 0; ; look++) {
      const existing = await fetchItem<ChunkData>(this.client, map, key);
      if (!existing) return this.takeChunk(chunkIndex);
      if (existing.data.f !== this.request.listFingerprint)
        throw otherContentError(
          this.request.key,
          { at: existing.data.at, s: null },
          "bulk send to other recipients or with another message",
        );
      const prior = existing.data.r;
      const stale = Date.now() - existing.data.at >= this.schedule.staleAfterMs;
      if (existing.data.d || stale) {
        const taken = await updateItemAt(this.client, map, key, existing.revision, fresh({ ...prior }));
        if (!taken) return { map, key, prior, holderError: inProgress, left: 0 };
        return {
          map,
          key,
          claim: taken,
          prior,
          left,
          since: stale && !existing.data.d ? new Date(existing.data.at - this.schedule.clockSkewMs) : undefined,
        };
      }
      if (look >= this.schedule.waitDelaysMs.length) return { map, key, prior, holderError: inProgress, left: 0 };
      await waits.sleep(this.schedule.waitDelaysMs[look]);
    }
  }
}

const inProgress =
  "Not sent by this run: another execution of this flow is sending to this recipient under the same idempotency key right now. Retry in a minute or two: the recipient is then reported as replayed.";
