/** What a builder should check or do, by Twilio error code, HTTP status or network failure: builderErrors.ts adds it to the client's errors. */

/** WhatsApp's refusals, as Twilio answers them or reports them later in a message's error_code. */
const WHATSAPP_FIXES: Record<number, string> = {
  63001:
    "Twilio could not authenticate with WhatsApp for this sender: check the sender's WhatsApp Business Account in Twilio Console > Messaging > Senders > WhatsApp senders.",
  63003: 'Check the "To" input: this number has no WhatsApp account, or it is written without its country code.',
  63005:
    "WhatsApp did not accept this content for the sender: send an approved content template (Content Template SID) or change the message.",
  63007:
    'Check the "From" input: it is not a WhatsApp sender of this account. Use the "whatsapp:+..." address of a sender registered in Twilio Console > Messaging > Senders > WhatsApp senders (or the sandbox number while testing), or a Messaging Service that has one.',
  63013:
    "WhatsApp refused the message under its commerce or messaging policy: review the content and the sender's standing in Meta Business Manager.",
  63015:
    "The WhatsApp sandbox only sends to numbers that joined it: have the recipient send the sandbox's join code first, or use a registered WhatsApp sender.",
  63016:
    'The recipient has not written in the last 24 hours, so WhatsApp only accepts an approved template: set "Content Template SID" to a template WhatsApp approved (List Content Templates shows the status) and fill its "Content Variables", instead of "Message".',
  63018: "WhatsApp is rate limiting this sender: lower the concurrency of your flow, spread the sends out, or retry later.",
  63020: "The WhatsApp Business Account has not accepted Twilio's invitation in Meta Business Manager: accept it there, then send again.",
  63021:
    "WhatsApp found the message content invalid (for example too long or a media type it does not take): check the body, media and template variables.",
  63024: 'Check the "To" input: WhatsApp cannot deliver to this recipient.',
  63027:
    "The template is not available in that language on WhatsApp: check its approval and language (Get Content Template) or pick another template.",
  63028:
    'The number of "Content Variables" does not match the template\'s placeholders: give one value for each placeholder ({{1}}, {{2}}, ...); turn on "Check Content Variables" to catch this before sending.',
  63030:
    "WhatsApp does not support one of the parameters sent with this message: send only what WhatsApp takes (the body or a content template, media, a status callback).",
  63031: 'Check "To" and "From": a WhatsApp message cannot be sent to its own sender.',
  63032:
    "WhatsApp did not deliver this message to this user (WhatsApp limitation 472: the user is part of a WhatsApp experiment). Nothing to fix on your side: reach the user on another channel, such as SMS.",
  63049:
    "Meta chose not to deliver this WhatsApp marketing message to this user, to keep the user's engagement healthy. Do not resend it right away: try later, or send a utility template if the message is transactional.",
};

/** Subaccounts, and the failures Twilio's debugger reports most (New Debugger Alerts hands these on). */
const ACCOUNT_AND_DEBUGGER_FIXES: Record<number, string> = {
  20005:
    "The account is not active (suspended or closed): reactivate it with Update Subaccount (Status active), or check Twilio Console > Billing.",
  21476:
    "The parent account is suspended, so its subaccounts are too: reactivate the parent account first (Twilio Console > Billing, or Twilio Support).",
  21478: "Twilio suspended this subaccount itself, so it cannot be reactivated through the API: contact Twilio Support.",
  21479: "The subaccount is closed, and closing is permanent: it cannot be reactivated or changed. Create a new subaccount instead.",
  11200:
    "Twilio could not fetch your webhook URL (an error status, a timeout or no answer): check that the URL set on the number or Messaging Service answers Twilio within 15 seconds.",
  11205: "Twilio could not connect to your webhook URL: check that its host name resolves and accepts HTTPS connections from the internet.",
  12100:
    "Your webhook answered with TwiML Twilio could not parse: answer well-formed XML with a <Response> root and Content-Type text/xml.",
  30003: "The recipient's phone is unreachable (switched off or out of coverage): retry later or reach them on another channel.",
  30005: 'The destination number does not exist or is no longer in service: check the "To" number and remove it from your list.',
  30006: "The number is a landline or cannot receive SMS: call it instead, or ask for a mobile number.",
  30008:
    "The carrier failed to deliver for an unknown reason: retry later; if it keeps failing, contact Twilio Support with the message SID.",
};

/** Buying numbers, sender pools and US sender registration (A2P 10DLC, toll-free verification). */
const NUMBER_AND_SENDER_FIXES: Record<number, string> = {
  21421: 'Check the "Phone Number" input: it must be a number in E.164 format (+14155550100) or a SID of this account (PN...).',
  21422:
    'This number is not for sale (someone bought it, or Twilio reserves it): pick another from Search Available Phone Numbers, or leave "Phone Number" empty to buy the first match of the search inputs.',
  21451: 'Check the "Area Code" input: Twilio does not know this area code for the country.',
  21452: "No number is for sale matching the search: widen it (another area code, fewer required capabilities, no Contains pattern).",
  21457: "This number type cannot be searched or bought by area code: search without Area Code, or with Contains.",
  21613:
    "This account needs an address on file before buying numbers in this country: add one in Twilio Console > Phone Numbers > Addresses.",
  21631:
    "This number requires an address in its locality: add one in Twilio Console > Phone Numbers > Addresses (or buy a number whose addressRequirements is none).",
  21712:
    "The number already belongs to another Messaging Service: remove it there first (Remove Number from Messaging Service), then add it here.",
  21714:
    "This Messaging Service's sender pool is full (400 numbers by default): remove numbers it no longer needs, or use another service.",
  21729:
    "The A2P 10DLC campaign of this Messaging Service is suspended: see Twilio Console > Messaging > Regulatory compliance for the reason and resubmit it.",
  30007:
    "Carriers filtered the message as spam: register the sender (A2P 10DLC campaign or toll-free verification), and avoid URL shorteners and misleading content.",
  30032:
    "The toll-free sender is not verified: submit (or fix) its toll-free verification in Twilio Console > Messaging > Regulatory compliance; Check Sender Compliance shows its status.",
  30034:
    "The US number is not in an approved A2P 10DLC campaign: add it to a Messaging Service whose campaign is verified (Check Sender Compliance shows what is missing).",
  30035:
    "The number's A2P 10DLC campaign is not approved yet: wait for the campaign review to finish before sending to US numbers (Check Sender Compliance shows its status).",
  30466:
    "Unverified toll-free numbers cannot text US and Canadian numbers: submit a toll-free verification for this number and wait for TWILIO_APPROVED.",
  30451: "The toll-free verification's business address is invalid: edit the verification with a complete, real address.",
  30899:
    "Carriers rejected the A2P 10DLC campaign: read its errors in Twilio Console > Messaging > Regulatory compliance, fix them and resubmit.",
  30900: "The campaign's use case is not allowed for this brand: choose another use case or register a brand type that allows it.",
  30901: "The campaign registration timed out: submit it again.",
  30994: "The A2P brand is still being reviewed: campaigns can be registered once it is approved.",
};

/** What to check for the Twilio error codes builders meet most often. */
export const FIXES_BY_CODE: Record<number, string> = {
  20003: "Check the connection: the Account SID and Auth Token (or API Key SID and Secret) do not authenticate.",
  20404: "Check the SID you passed: no such resource exists in this account.",
  20429: "Twilio is rate limiting this account: lower the concurrency of your flow or retry later.",
  21211: 'Check the "To" input: it must be a valid phone number in E.164 format, such as +15558675310.',
  21408: "Enable the destination country in Twilio Console > Messaging > Settings > Geo permissions.",
  21602: "Provide a message body, media URLs or a content template.",
  21604: 'Check the "To" input: it is required.',
  21606: 'Check the "From" input: it must be an SMS-capable number, short code or sender ID of this account.',
  21610:
    "The recipient has opted out: they replied STOP (or another opt-out keyword) to this sender or its Messaging Service. Do not retry: Twilio refuses every message to them until they text START, YES or UNSTOP to it.",
  21612: 'Twilio cannot route from this "From" to this "To": check the sender\'s capabilities for that country.',
  21614: 'Check the "To" input: the number is not a mobile number and cannot receive SMS.',
  21617: 'Shorten the "Message" input: the body exceeds 1600 characters.',
  21620: 'Check the "Media URLs" input: Twilio could not use one of the URLs.',
  21701: 'Check the "Messaging Service SID" input: no such Messaging Service exists in this account.',
  50377: "The conversation is closed, which is final: it cannot be updated or reopened. Create a new conversation instead.",
  50382: "Timers need a state on create: set the conversation's State (active) with them.",
  50416:
    "This address is already a participant of another open conversation through the same Twilio number (proxy address): an SMS or WhatsApp address and proxy pair can be in one active conversation at a time. Close or delete that conversation, remove the participant from it, or reach the person through another number.",
  50433: "This chat identity is already a participant of this conversation.",
  60200: "Verify refused one of the values sent (Twilio's message says which): check that input, such as To, Channel, Code or Locale.",
  60202:
    "This verification had too many wrong codes (5 by default) and is closed: do not retry. Send a new code with Send Verification Code.",
  60203:
    "Too many codes were sent to this number or address (5 in 10 minutes by default): do not retry. Wait 10 minutes before sending another code.",
  60205: 'This number is a landline and cannot receive SMS: set "Channel" to call, or ask the user for a mobile number.',
  60212:
    "Too many verification requests for this number are in progress at once: do not retry now. Wait for the pending one to finish, or cancel it with Cancel Verification.",
  60223: 'This channel is disabled on the Verify Service: enable it in Twilio Console > Verify > Services, or choose another "Channel".',
  60410:
    "Verify blocked this delivery attempt (Fraud Guard or Geo Permissions): check Twilio Console > Verify > Fraud Guard and Geo Permissions before sending again.",
  21910:
    'Check "To" and "From": they are on different channels. A "whatsapp:" recipient needs a "whatsapp:" sender, a phone number an SMS sender; a Messaging Service with senders of both picks the right one.',
  ...WHATSAPP_FIXES,
  ...NUMBER_AND_SENDER_FIXES,
  // Voice
  16109: 'Check the "Format" input: an encrypted recording has no mp3 version, download it as wav.',
  21205: 'Check the URL inputs ("TwiML URL", "Status Callback URL"): Twilio could not use one of them.',
  21210: 'Check the "From" input: it must be a voice-capable number of this account or a caller ID verified in it.',
  21212: 'Check the "From" input: it must be a number, short code or caller ID of this account.',
  21213: 'Check the "From" input: a caller ID is required.',
  21215: "Enable the destination country in Twilio Console > Voice > Settings > Geo permissions.",
  21216: 'Twilio blocks calls to this "To" number (premium or high-risk): it cannot be called from this account.',
  21217: 'Check the "To" input: it must be a valid phone number in E.164 format, such as +15558675310.',
  21218: 'Check the "TwiML App SID" input: no such TwiML App exists in this account.',
  21219: 'A trial account only calls verified numbers: verify the "To" number in Twilio Console, or upgrade the account.',
  21220: "The call is not in a state this change applies to (it may have ended already): check its status with Get Call.",
  ...ACCOUNT_AND_DEBUGGER_FIXES,
};

export const FIXES_BY_STATUS: Record<number, string> = {
  401: "Check the connection's credentials: Twilio did not accept them.",
  403: "Check the connection's credentials: this API key or account may not use this resource.",
  404: "Check the SID or URL: Twilio has no such resource for this account.",
  429: "Twilio is rate limiting this account: lower the concurrency of your flow or retry later.",
};

export const NETWORK_FIXES: Record<string, string> = {
  ECONNREFUSED: "Check the connection's Base URL, Region and Edge: nothing answered there.",
  ENOTFOUND: "Check the connection's Base URL, Region and Edge: the host name does not resolve.",
  ECONNRESET: "The connection to Twilio was reset. A send may or may not have been accepted: check the message log before resending.",
  ECONNABORTED: "The request timed out. A send may or may not have been accepted: check the message log before resending.",
  ETIMEDOUT: "The request timed out. A send may or may not have been accepted: check the message log before resending.",
};

/** For an answer that could not be read: after a success status, what was asked may have been done. */
export const UNREADABLE_SUCCESS_FIX = "Twilio may have done what was asked: check before repeating a send or a call.";
export const UNREADABLE_FAILURE_FIX = "Try again later; if it persists, check the connection's Base URL, Region and Edge.";
