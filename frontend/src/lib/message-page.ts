/** A small standalone HTML page for route handlers that must answer a person with an error. */
import { adminOrigins } from "./config";
import { newNonce } from "./security-headers";

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

/**
 * The page's own CSP: nothing but its nonce'd <style>. A preview error shows inside the admin's
 * preview frame, so the admin may frame it.
 */
function messagePolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${["'self'", ...adminOrigins()].join(" ")}`,
  ].join("; ");
}

export function messagePage(status: number, title: string, message: string): Response {
  const nonce = newNonce();
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:2rem 1rem;background:#faf8f4;color:#1c2226;line-height:1.5}
main{max-width:36rem;margin:0 auto;background:#fff;border:1px solid #d9d4ca;border-left:6px solid #a32d1c;border-radius:6px;padding:1.25rem 1.5rem}
h1{font-size:1.4rem;margin:0 0 .5rem}a{color:#0d4f4a}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="message">${escapeHtml(message)}</p>
<p><a href="/">Go to the home page</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": messagePolicy(nonce),
    },
  });
}
