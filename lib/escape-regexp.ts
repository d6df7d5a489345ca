/** `text` with every character a regular expression reads as syntax escaped, to match it as written. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
