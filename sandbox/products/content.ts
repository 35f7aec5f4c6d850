import { iso8601 } from "../core/clock";
import { notFound } from "../core/errors";
import { v1Page } from "../core/paging";
import type { ProductFactory, SandboxContext, SandboxRequest } from "../core/types";

/**
 * Content templates (content.twilio.com v1) and their WhatsApp approval. A submitted template is
 * "received", then "approved" after a minute of sandbox time, unless the control endpoint
 * POST /__sandbox/content/approval {sid, status, rejectionReason} decides otherwise.
 */
interface Template {
  sid: string;
  fields: Record<string, unknown>;
  approval: { name: string; category: string; status: string; rejection_reason: string; submitted: number } | null;
  created: number;
  updated: number;
}
const APPROVED_AFTER_MS = 60_000;
const templatesOf = (context: SandboxContext, accountSid: string): Template[] => context.state("content", accountSid, () => []);

export const content: ProductFactory = (context) => {
  const now = () => context.clock.now();
  const url = (template: Template) => `https://content.twilio.com/v1/Content/${template.sid}`;
  const approvalNow = (template: Template) => {
    const approval = template.approval;
    if (approval?.status === "received" && now() - approval.submitted >= APPROVED_AFTER_MS) approval.status = "approved";
    return approval;
  };
  const whatsapp = (template: Template) => {
    const approval = approvalNow(template);
    return approval
      ? {
          name: approval.name,
          category: approval.category,
          content_type: Object.keys(template.fields.types ?? {})[0] ?? "",
          status: approval.status,
          rejection_reason: approval.rejection_reason,
          allow_category_change: true,
        }
      : { status: "unsubmitted" };
  };
  const base = (accountSid: string, template: Template) => ({
    date_created: iso8601(template.created),
    date_updated: iso8601(template.updated),
    sid: template.sid,
    account_sid: accountSid,
    friendly_name: (template.fields.friendly_name as string | undefined) ?? null,
    language: (template.fields.language as string | undefined) ?? "en",
    variables: (template.fields.variables as object | undefined) ?? {},
    types: (template.fields.types as object | undefined) ?? {},
  });
  const templateJson = (accountSid: string, template: Template) => ({
    ...base(accountSid, template),
    url: url(template),
    links: { approval_create: `${url(template)}/ApprovalRequests/whatsapp`, approval_fetch: `${url(template)}/ApprovalRequests` },
  });
  const find = (request: SandboxRequest) => {
    const id = request.params.Sid ?? request.params.ContentSid;
    const found = templatesOf(context, request.account.sid).find((candidate) => candidate.sid === id);
    if (!found) throw notFound(`The requested resource /Content/${id}`);
    return found;
  };
  return {
    name: "content",
    spec: "twilio_content_v1.json",
    prefix: "/content",
    control: [
      {
        method: "POST",
        path: "content/approval",
        handle: (body) => {
          for (const account of context.accounts()) {
            const template = templatesOf(context, account.sid).find((candidate) => candidate.sid === body.sid);
            if (!template) continue;
            template.approval = {
              name: template.approval?.name ?? String(template.fields.friendly_name ?? ""),
              category: template.approval?.category ?? "UTILITY",
              status: String(body.status ?? "approved"),
              rejection_reason: String(body.rejectionReason ?? ""),
              submitted: now(),
            };
            return whatsapp(template);
          }
          throw notFound(`Content ${body.sid}`);
        },
      },
    ],
    routes: [
      {
        method: "POST",
        path: "/v1/Content",
        handle: (request) => {
          const created: Template = { sid: context.sid("HX"), fields: request.body, approval: null, created: now(), updated: now() };
          templatesOf(context, request.account.sid).push(created);
          return { status: 201, json: templateJson(request.account.sid, created) };
        },
      },
      {
        method: "GET",
        path: "/v1/Content",
        handle: (request) => ({
          status: 200,
          json: v1Page(
            request,
            "content",
            "contents",
            templatesOf(context, request.account.sid).map((one) => templateJson(request.account.sid, one)),
          ),
        }),
      },
      {
        method: "GET",
        path: "/v1/ContentAndApprovals",
        handle: (request) => {
          const all = templatesOf(context, request.account.sid).map((one) => ({
            ...base(request.account.sid, one),
            approval_requests: whatsapp(one),
          }));
          return { status: 200, json: v1Page(request, "content", "contents", all) };
        },
      },
      {
        method: "GET",
        path: "/v1/Content/{Sid}",
        handle: (request) => ({ status: 200, json: templateJson(request.account.sid, find(request)) }),
      },
      {
        method: "DELETE",
        path: "/v1/Content/{Sid}",
        handle: (request) => {
          const all = templatesOf(context, request.account.sid);
          all.splice(all.indexOf(find(request)), 1);
          return { status: 204 };
        },
      },
      {
        method: "GET",
        path: "/v1/Content/{Sid}/ApprovalRequests",
        handle: (request) => {
          const template = find(request);
          return {
            status: 200,
            json: {
              sid: template.sid,
              account_sid: request.account.sid,
              whatsapp: whatsapp(template),
              url: `${url(template)}/ApprovalRequests`,
            },
          };
        },
      },
      {
        method: "POST",
        path: "/v1/Content/{ContentSid}/ApprovalRequests/whatsapp",
        handle: (request) => {
          const template = find(request);
          template.approval = {
            name: String(request.body.name),
            category: String(request.body.category),
            status: "received",
            rejection_reason: "",
            submitted: now(),
          };
          return { status: 201, json: whatsapp(template) };
        },
      },
    ],
  };
};
