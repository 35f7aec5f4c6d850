import { subaccountChangeForm } from "../client/accounts/subaccounts";
import type { AccountStatus } from "../client/terms";
import { subaccountExample } from "../examplePayloads/subaccounts";

export const exampleCreateSubaccount = ({ friendlyName }: { friendlyName?: string }) => ({
  data: { ...subaccountExample, friendlyName: friendlyName ?? subaccountExample.friendlyName },
});

/** Refuses, as the real update does, a change of nothing or a close without the SID typed again. */
export function exampleUpdateSubaccount(values: { sid: string; friendlyName?: string; status?: AccountStatus; confirmClose?: string }) {
  const { sid, ...change } = values;
  subaccountChangeForm(sid, change);
  return {
    data: {
      ...subaccountExample,
      sid,
      friendlyName: change.friendlyName ?? subaccountExample.friendlyName,
      status: change.status ?? subaccountExample.status,
    },
  };
}
