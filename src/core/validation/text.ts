import { Matches } from "class-validator";

/**
 * Free text bound for a vendor's database must not carry control characters
 * (a NUL in a Tahesab name was once stored as typed). Names are one line;
 * descriptions and addresses may keep tabs and line breaks.
 */
export const SingleLine = () => Matches(/^[^\u0000-\u001F\u007F]*$/, { message: "must be one line of text without control characters" });

export const NoControlCharacters = () =>
  Matches(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, { message: "must not contain control characters" });
