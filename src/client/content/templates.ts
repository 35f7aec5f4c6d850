import type { Element } from "@prismatic-io/spectral";
import { checkedSid } from "../identifiers/sids";
import { productJsonPages } from "../jsonPages";
import { byLabel, PICKLIST_LIMIT } from "../picklists";
import { mapRecord } from "../records";
import { NOT_SUBMITTED } from "../terms";
import { isNotFound } from "../transport/errors";
import { requestJson } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";
import { placeholdersOf } from "./placeholders";

const CONTENT_PATH = "/v1/Content";
const LIST_PATH = "/v1/ContentAndApprovals";

/** WhatsApp's review of a template: only an approved one can open a conversation outside the 24-hour window. */
export interface WhatsAppApproval {
  /** approved, pending, received, rejected, paused, disabled or unsubmitted. */
  status: string;
  /** The name and category the template was submitted under. */
  name: string | null;
  category: string | null;
  rejectionReason: string | null;
}

export interface ContentTemplate {
  sid: string;
  friendlyName: string | null;
  language: string | null;
  /** The kinds of message it can be sent as: twilio/text, twilio/media, twilio/card, whatsapp/authentication, ... */
  contentTypes: string[];
  /** The placeholders its content uses ("1", "2", ...), each to be given in ContentVariables. */
  placeholders: string[];
  /** The sample values kept with the template, keyed by placeholder. */
  variables: Record<string, unknown>;
  /** WhatsApp's approval status, "unsubmitted" when it was never submitted. */
  approvalStatus: string;
  whatsappApproval: WhatsAppApproval | null;
  /** The content itself, by content type, as Twilio stores it. */
  types: Record<string, unknown>;
  dateCreated: string | null;
  dateUpdated: string | null;
}

export interface ContentTemplateList {
  templates: ContentTemplate[];
  /** The link to the templates after these (read with the same approval status); null at the end. */
  nextPageUri: string | null;
  hasMore: boolean;
}

interface ListContentTemplatesRequest {
  limit: number;
  /** Only templates WhatsApp gave this status ("unsubmitted" for those never submitted). */
  approvalStatus?: string;
  continueFrom?: string;
}

interface ContentBody {
  sid: string;
  friendly_name?: string | null;
  language?: string | null;
  variables?: Record<string, unknown> | null;
  types?: Record<string, unknown> | null;
  date_created?: string | null;
  date_updated?: string | null;
  approval_requests?: ApprovalBody | null;
}

interface ApprovalBody {
  status?: string | null;
  name?: string | null;
  category?: string | null;
  rejection_reason?: string | null;
}

/**
 * Reads templates with their WhatsApp approval, newest first as Twilio lists them. Twilio cannot
 * filter by approval, so the filter is applied here, as the pager keeps items (readBoundedList).
 */
export async function listContentTemplates(client: TwilioClient, request: ListContentTemplatesRequest): Promise<ContentTemplateList> {
  const { limit, approvalStatus, continueFrom } = request;
  const pages = productJsonPages<ContentBody>(client, {
    origin: TWILIO_ORIGINS.content,
    path: LIST_PATH,
    key: "contents",
  });
  const list = await pages.readBounded({
    limit,
    continueFrom,
    keep: (body) => !approvalStatus || toContentTemplate(body, body.approval_requests).approvalStatus === approvalStatus,
  });
  const templates = list.items.map((body) => toContentTemplate(body, body.approval_requests));
  return { templates, nextPageUri: list.nextPageUri, hasMore: list.hasMore };
}

/** One template with WhatsApp's approval of it: two requests, made together. */
export async function getContentTemplate(client: TwilioClient, sid: string): Promise<ContentTemplate> {
  const [content, approval] = await Promise.all([fetchContent(client, sid), fetchWhatsAppApproval(client, sid)]);
  return toContentTemplate(content, approval);
}

/** The template alone, for its placeholders. */
export async function fetchContent(client: TwilioClient, sid: string): Promise<ContentBody> {
  return requestJson<ContentBody>(client, { method: "get", uri: `${TWILIO_ORIGINS.content}${CONTENT_PATH}/${checkedContentSid(sid)}` });
}

async function fetchWhatsAppApproval(client: TwilioClient, sid: string): Promise<ApprovalBody | null> {
  try {
    const body = await requestJson<{ whatsapp?: ApprovalBody | null }>(client, {
      method: "get",
      uri: `${TWILIO_ORIGINS.content}${CONTENT_PATH}/${checkedContentSid(sid)}/ApprovalRequests`,
    });
    return body.whatsapp ?? null;
  } catch (error) {
    // A template of a kind WhatsApp does not review has no approval request to fetch.
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Labelled "Order shipped · twilio/text · WhatsApp approved", sorted by name. */
export async function contentTemplateChoices(client: TwilioClient): Promise<Element[]> {
  const { templates } = await listContentTemplates(client, { limit: PICKLIST_LIMIT });
  return templates
    .map((template) => ({
      key: template.sid,
      label: [
        template.friendlyName || "Unnamed template",
        template.contentTypes.join(", ") || "no content",
        template.approvalStatus === NOT_SUBMITTED ? "not submitted to WhatsApp" : `WhatsApp ${template.approvalStatus}`,
      ].join(" · "),
    }))
    .sort(byLabel);
}

const checkedContentSid = (sid: string) => checkedSid("content", sid, "ContentSid");

function toContentTemplate(body: ContentBody, approval: ApprovalBody | null | undefined): ContentTemplate {
  const whatsappApproval = approval?.status ? toApproval(approval) : null;
  const types = body.types ?? {};
  return {
    sid: body.sid,
    ...mapRecord(body, { friendly_name: "text", language: "text" }),
    contentTypes: Object.keys(types),
    placeholders: placeholdersOf(types),
    variables: body.variables ?? {},
    approvalStatus: whatsappApproval?.status ?? NOT_SUBMITTED,
    whatsappApproval,
    types,
    ...mapRecord(body, { date_created: "date", date_updated: "date" }),
  };
}

function toApproval(body: ApprovalBody): WhatsAppApproval {
  return { status: String(body.status).toLowerCase(), ...mapRecord(body, { name: "text", category: "text", rejection_reason: "text" }) };
}
