/** The URL, or undefined when the text is not an absolute URL: for checks that report their own error. */
export function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
