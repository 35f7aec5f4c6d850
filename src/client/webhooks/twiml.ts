export const TWIML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
/** XML 1.0 cannot carry control characters (other than tab and line breaks) or lone surrogates, even escaped. */
export function isXmlCharacter(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

function withoutIllegalCharacters(text: string): string {
  return Array.from(text).filter(isXmlCharacter).join("");
}

/** Text as element content: whatever it holds stays text (a "<" is read as the character, never as markup). */
export function escapeXmlText(text: string): string {
  return withoutIllegalCharacters(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#xD;");
}

/** Text as a double-quoted attribute value; line breaks and tabs are escaped, since XML would turn them into spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, "&quot;").replace(/\n/g, "&#xA;").replace(/\t/g, "&#x9;");
}

/**
 * The TwiML Twilio expects back: an empty <Response/>, or one <Message>. Built by hand because
 * twilio-node's MessagingResponse pulls in an XML builder of about 60 KiB for these two lines.
 */
export function twimlResponse(replyMessage?: string): string {
  if (!replyMessage) return `${TWIML_DECLARATION}<Response/>`;
  return `${TWIML_DECLARATION}<Response><Message>${escapeXmlText(replyMessage)}</Message></Response>`;
}
