import { randomBytes } from "node:crypto";
import { rfc2822 } from "../core/clock";
import { badRequest, notFound } from "../core/errors";
import { v2010Page } from "../core/paging";
import type { Account, ProductFactory, SandboxContext } from "../core/types";

/**
 * Subaccounts (POST|GET /2010-04-01/Accounts.json, POST /2010-04-01/Accounts/{Sid}.json). Each is a
 * sandbox account of its own, with an Auth Token, that its parent's credentials may also act on;
 * closing one is permanent (21479). GET /Accounts/{Sid}.json of a subaccount is answered by the
 * account module through subaccountJson.
 */
interface StoredSubaccount {
  sid: string;
  friendlyName: string;
  status: "active" | "suspended" | "closed";
  created: number;
  updated: number;
}

const subaccountsOf = (context: SandboxContext, ownerSid: string): StoredSubaccount[] => context.state("subaccounts", ownerSid, () => []);

function json(context: SandboxContext, owner: Account, subaccount: StoredSubaccount) {
  const uri = `/2010-04-01/Accounts/${subaccount.sid}`;
  return {
    auth_token: context.account(subaccount.sid)?.authToken ?? "",
    date_created: rfc2822(subaccount.created),
    date_updated: rfc2822(subaccount.updated),
    friendly_name: subaccount.friendlyName,
    owner_account_sid: owner.sid,
    sid: subaccount.sid,
    status: subaccount.status,
    subresource_uris: { messages: `${uri}/Messages.json`, calls: `${uri}/Calls.json`, usage_records: `${uri}/Usage/Records.json` },
    type: "Full",
    uri: `${uri}.json`,
  };
}

function find(context: SandboxContext, owner: Account, sid: string): StoredSubaccount {
  const found = subaccountsOf(context, owner.sid).find((candidate) => candidate.sid === sid);
  if (!found) throw notFound(`The requested resource /2010-04-01/Accounts/${sid}.json`);
  return found;
}

/** A subaccount of `owner` as Twilio answers it, Auth Token included; 404 for any other SID. */
export function subaccountJson(context: SandboxContext, owner: Account, sid: string) {
  return json(context, owner, find(context, owner, sid));
}

export const subaccounts: ProductFactory = (context) => ({
  name: "subaccounts",
  spec: "twilio_api_v2010.json",
  prefix: "",
  routes: [
    {
      method: "POST",
      path: "/2010-04-01/Accounts.json",
      handle: (request) => {
        if (request.account.ownerSid) throw badRequest(20003, "A subaccount cannot create subaccounts");
        const now = context.clock.now();
        const subaccount: StoredSubaccount = {
          sid: context.sid("AC"),
          friendlyName: String(request.body.FriendlyName ?? `SubAccount Created at ${new Date(now).toISOString().slice(0, 16)}`),
          status: "active",
          created: now,
          updated: now,
        };
        context.addSubaccount({
          sid: subaccount.sid,
          authToken: randomBytes(16).toString("hex"),
          apiKeys: {},
          ownerSid: request.account.sid,
        });
        subaccountsOf(context, request.account.sid).push(subaccount);
        return { status: 201, json: json(context, request.account, subaccount) };
      },
    },
    {
      method: "GET",
      path: "/2010-04-01/Accounts.json",
      handle: (request) => {
        const { FriendlyName, Status } = request.query as Record<string, string | undefined>;
        const found = subaccountsOf(context, request.account.sid)
          .filter((one) => (!FriendlyName || one.friendlyName === FriendlyName) && (!Status || one.status === Status))
          .sort((a, b) => b.created - a.created)
          .map((one) => json(context, request.account, one));
        return { status: 200, json: v2010Page(request, "accounts", found) };
      },
    },
    {
      method: "POST",
      path: "/2010-04-01/Accounts/{Sid}.json",
      handle: (request) => {
        const subaccount = find(context, request.account, request.params.Sid);
        if (subaccount.status === "closed") throw badRequest(21479, "Cannot update a closed account: closing an account is permanent");
        const { FriendlyName, Status } = request.body as { FriendlyName?: string; Status?: StoredSubaccount["status"] };
        if (FriendlyName !== undefined) subaccount.friendlyName = FriendlyName;
        if (Status !== undefined) subaccount.status = Status;
        subaccount.updated = context.clock.now();
        return { status: 200, json: json(context, request.account, subaccount) };
      },
    },
  ],
});
