/**
 * The draft an editor previews travels in the page's URL (`/lares/trek-4-days/?preview=<token>`),
 * not in a cookie: the admin's preview panel frames the visitor site, and when the two live on
 * different sites a browser keeps no cookie set inside that frame (SameSite, third-party cookie
 * blocking). The token is signed and expires; the page with it is never cached and never indexed.
 */
export const PREVIEW_PARAM = "preview";

/** The address that shows the draft signed by `token` at `path`. */
export function previewUrl(path: string, token: string): string {
  return `${path}?${new URLSearchParams({ [PREVIEW_PARAM]: token })}`;
}
