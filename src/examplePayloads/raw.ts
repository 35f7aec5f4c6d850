/** Raw Request's example: Twilio's answer to GET /Accounts/{AccountSid}/Calls.json on an account without calls. */
export const rawRequestExample = {
  calls: [],
  first_page_uri: "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Calls.json?PageSize=50&Page=0",
  next_page_uri: null,
  page: 0,
  page_size: 50,
  uri: "/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Calls.json?PageSize=50&Page=0",
};
