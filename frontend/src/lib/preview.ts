/** Names shared by the preview route handlers and the pages that render a draft. */

/** Holds the signed token of the draft being previewed, beside Next's draft-mode cookie. */
export const PREVIEW_TOKEN_COOKIE = "guide_preview_token";

export const PREVIEW_COOKIE_OPTIONS = {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
} as const;
