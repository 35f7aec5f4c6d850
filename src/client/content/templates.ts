import type { Element } from "@prismatic-io/spectral";
import { checkedSid } from "../identifiers";
import { byLabel, PICKLIST_LIMIT } from "../picklists";
import { NOT_SUBMITTED } from "../terms";
import { isNotFound } from "../transport/errors";
import { continuationUrl, isoDate, nextPagePath, type ProductPage, requestJson, withPageSize } from "../transport/jsonRequest";
import { TWILIO_ORIGINS } from "../transport/origins";
import type { TwilioClient } from "../twilioClient";
import { placeholdersOf } from "./placeholders";

const MAX_PAGE_SIZE = 1000;
/** Pages read beyond those the limit needs, for an approval filter that skips templates; past that the call returns a nextPageUri. */
const SPARE_PAGES = 10;
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
  /** The placeholders its content uses ("1", "2", ...), each to be given in Content Variables. */
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
  /** Pass to "Continue From" (with the same Approval Status) for the templates after these; null at the end. */
  nextPageUri: string | null;
  hasMore: boolean;
}

export interface ListContentTemplatesRequest {
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
 * filter by approval, so the filter is applied here: each page asks for no more templates than
 * are still wanted, so every match on the last page read is returned and nextPageUri resumes
 * right after it, and the pages read stay bounded by the limit.
 */
export async function listContentTemplates(client: TwilioClient, request: ListContentTemplatesRequest): Promise<ContentTemplateList> {
  const { limit, approvalStatus } = request;
  const templates: ContentTemplate[] = [];
  let next: string | null = request.continueFrom ? continuation(request.continueFrom) : `${TWILIO_ORIGINS.content}${LIST_PATH}`;
  const maxPages = Math.ceil(limit / MAX_PAGE_SIZE) + SPARE_PAGES;
  for (let pagesRead = 0; next && templates.length < limit && pagesRead < maxPages; pagesRead++) {
    const uri = withPageSize(next, Math.min(limit - templates.length, MAX_PAGE_SIZE));
    const page = await requestJson<ProductPage>(client, { method: "get", uri });
    for (const body of (page.contents as ContentBody[] | undefined) ?? []) {
      const template = toContentTemplate(body, body.approval_requests);
      if (!approvalStatus || template.approvalStatus === approvalStatus) templates.push(template);
    }
    const nextPath = nextPagePath(page);
    next = nextPath && continuation(nextPath);
  }
  const nextPageUri = next ? relative(next) : null;
  return { templates, nextPageUri, hasMore: nextPageUri !== null };
}

const CONTINUE_EXPECTED = `the nextPageUri of an earlier List Content Templates result (starting with ${LIST_PATH})`;

/** Continue From, or Twilio's next-page link: only ever the template list on content.twilio.com. */
function continuation(text: string): string {
  return continuationUrl(TWILIO_ORIGINS.content, LIST_PATH, text, "Continue From", CONTINUE_EXPECTED);
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
    friendlyName: body.friendly_name || null,
    language: body.language || null,
    contentTypes: Object.keys(types),
    placeholders: placeholdersOf(types),
    variables: body.variables ?? {},
    approvalStatus: whatsappApproval?.status ?? NOT_SUBMITTED,
    whatsappApproval,
    types,
    dateCreated: isoDate(body.date_created),
    dateUpdated: isoDate(body.date_updated),
  };
}

function toApproval(body: ApprovalBody): WhatsAppApproval {
  return {
    status: String(body.status).toLowerCase(),
    name: body.name || null,
    category: body.category || null,
    rejectionReason: body.rejection_reason || null,
  };
}

function relative(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
