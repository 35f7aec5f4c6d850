import { rfc2822 } from "../core/clock";
import type { ProductFactory } from "../core/types";
import { subaccountJson } from "./subaccounts";

/** The account itself (GET /2010-04-01/Accounts/{Sid}.json): what Test Connection reads. */
export const account: ProductFactory = (context) => {
  const started = context.clock.now();
  return {
    name: "account",
    spec: "twilio_api_v2010.json",
    prefix: "",
    routes: [
      {
        method: "GET",
        path: "/2010-04-01/Accounts/{Sid}.json",
        handle: (request) => {
          if (request.params.Sid !== request.account.sid)
            return { status: 200, json: subaccountJson(context, request.account, request.params.Sid) };
          const uri = `/2010-04-01/Accounts/${request.account.sid}`;
          return {
            status: 200,
            json: {
              auth_token: request.account.authToken,
              date_created: rfc2822(started),
              date_updated: rfc2822(started),
              friendly_name: "Sandbox account",
              owner_account_sid: request.account.sid,
              sid: request.account.sid,
              status: "active",
              subresource_uris: { messages: `${uri}/Messages.json`, calls: `${uri}/Calls.json` },
              type: request.account.trial ? "Trial" : "Full",
              uri: `${uri}.json`,
            },
          };
        },
      },
    ],
  };
};
