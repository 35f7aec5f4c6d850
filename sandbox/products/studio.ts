import { iso8601 } from "../core/clock";
import { notFound } from "../core/errors";
import { v1Page } from "../core/paging";
import type { ProductFactory, SandboxRequest } from "../core/types";
import { contextOf, type Execution, executionUrl, type Flow, flowJson, parametersOf, statesOf, stepsJson, studioOf } from "./studioLog";

const ENDS_AFTER_MS = 1_000;

/**
 * Studio v2 (studio.twilio.com): flows and their executions. An execution is active, then ends a
 * second later (sandbox time) having gone through the flow definition's states in order, each a
 * step with its context (studioLog.ts keeps them and renders them as Twilio does).
 */
export const studio: ProductFactory = (context) => {
  const now = () => context.clock.now();
  const current = (accountSid: string, execution: Execution) => {
    if (execution.status === "active" && now() - execution.created >= ENDS_AFTER_MS) {
      execution.status = "ended";
      execution.updated = execution.created + ENDS_AFTER_MS;
      const flow = studioOf(context, accountSid).flows.find((candidate) => candidate.sid === execution.flowSid);
      studioOf(context, accountSid).steps.set(execution.sid, flow ? statesOf(flow) : ["Trigger"]);
    }
    return execution;
  };
  const executionJson = (accountSid: string, execution: Execution) => ({
    sid: execution.sid,
    account_sid: accountSid,
    flow_sid: execution.flowSid,
    contact_channel_address: execution.to,
    context: contextOf(execution),
    status: current(accountSid, execution).status,
    date_created: iso8601(execution.created),
    date_updated: iso8601(execution.updated),
    url: executionUrl(execution),
    links: { steps: `${executionUrl(execution)}/Steps`, execution_context: `${executionUrl(execution)}/Context` },
  });
  const flow = (request: SandboxRequest) => {
    const id = request.params.FlowSid ?? request.params.Sid;
    const found = studioOf(context, request.account.sid).flows.find((candidate) => candidate.sid === id);
    if (!found) throw notFound(`The requested resource /Flows/${id}`);
    return found;
  };
  const execution = (request: SandboxRequest) => {
    const owner = flow(request);
    const id = request.params.ExecutionSid ?? request.params.Sid;
    const found = studioOf(context, request.account.sid).executions.find(
      (candidate) => candidate.flowSid === owner.sid && candidate.sid === id,
    );
    if (!found) throw notFound(`The requested resource /Executions/${id}`);
    return current(request.account.sid, found);
  };
  const executions = "/v2/Flows/{FlowSid}/Executions";
  return {
    name: "studio",
    spec: "twilio_studio_v2.json",
    prefix: "/studio",
    routes: [
      {
        method: "POST",
        path: "/v2/Flows",
        handle: (request) => {
          const fields = { ...request.body, Definition: parametersOf(request.body.Definition) };
          const created: Flow = { sid: context.sid("FW"), fields, revision: 1, created: now(), updated: now() };
          studioOf(context, request.account.sid).flows.push(created);
          return { status: 201, json: flowJson(request.account.sid, created) };
        },
      },
      {
        method: "GET",
        path: "/v2/Flows",
        handle: (request) => ({
          status: 200,
          json: v1Page(
            request,
            "studio",
            "flows",
            studioOf(context, request.account.sid).flows.map((one) => flowJson(request.account.sid, one)),
          ),
        }),
      },
      {
        method: "GET",
        path: "/v2/Flows/{Sid}",
        handle: (request) => ({ status: 200, json: flowJson(request.account.sid, flow(request)) }),
      },
      {
        method: "POST",
        path: executions,
        handle: (request) => {
          const started: Execution = {
            sid: context.sid("FN"),
            flowSid: flow(request).sid,
            to: String(request.body.To),
            from: String(request.body.From),
            parameters: parametersOf(request.body.Parameters),
            status: "active",
            created: now(),
            updated: now(),
          };
          studioOf(context, request.account.sid).executions.push(started);
          return { status: 201, json: executionJson(request.account.sid, started) };
        },
      },
      {
        method: "GET",
        path: executions,
        handle: (request) => {
          const owner = flow(request);
          const all = studioOf(context, request.account.sid)
            .executions.filter((one) => one.flowSid === owner.sid)
            .map((one) => executionJson(request.account.sid, one))
            .reverse();
          return { status: 200, json: v1Page(request, "studio", "executions", all) };
        },
      },
      {
        method: "GET",
        path: `${executions}/{Sid}`,
        handle: (request) => ({ status: 200, json: executionJson(request.account.sid, execution(request)) }),
      },
      {
        method: "POST",
        path: `${executions}/{Sid}`,
        handle: (request) => {
          const found = execution(request);
          found.status = "ended";
          found.updated = now();
          return { status: 200, json: executionJson(request.account.sid, found) };
        },
      },
      {
        method: "GET",
        path: `${executions}/{ExecutionSid}/Context`,
        handle: (request) => {
          const found = execution(request);
          return {
            status: 200,
            json: {
              account_sid: request.account.sid,
              context: contextOf(found),
              flow_sid: found.flowSid,
              execution_sid: found.sid,
              url: `${executionUrl(found)}/Context`,
            },
          };
        },
      },
      {
        method: "GET",
        path: `${executions}/{ExecutionSid}/Steps`,
        handle: (request) => {
          const found = execution(request);
          const names = studioOf(context, request.account.sid).steps.get(found.sid) ?? [];
          return { status: 200, json: v1Page(request, "studio", "steps", stepsJson(request.account.sid, found, names)) };
        },
      },
    ],
  };
};
