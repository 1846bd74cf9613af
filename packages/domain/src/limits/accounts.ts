/** Accounts, sign-up and invitations. Lengths count characters; passwords count code points after NFKC. */

/** The password policy's length (OWASP ASVS 5.0 §6.2): 12 to 256. */
export const PASSWORD_LENGTH = { min: 12, max: 256 } as const;
/** Largest password field accepted at all; longer input is refused before the policy runs. */
export const PASSWORD_INPUT_MAX_LENGTH = 1024;
export const EMAIL_MAX_LENGTH = 254;
/** A person's name. */
export const PERSON_NAME_LENGTH = { min: 1, max: 100 } as const;
/** The name of an organisation registered at sign-up. */
export const ORGANISATION_NAME_LENGTH = { min: 2, max: 150 } as const;
export const WEBSITE_MAX_LENGTH = 200;
/** Tokens from links in mails (confirmation, password reset, invitation). */
export const TOKEN_MAX_LENGTH = 200;
/** The title of an office (e.g. "Oberbürgermeister Dortmund"), in each language. */
export const OFFICE_TITLE_LENGTH = { min: 2, max: 120 } as const;
