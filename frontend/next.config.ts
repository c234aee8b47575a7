import type { NextConfig } from "next";
import { baseSecurityHeaders, LOCKED_DOWN_POLICY } from "./src/lib/security-headers";

/**
 * The host people reach the site at (GUIDE_SITE_URL), read when the server starts. A form posted
 * to a server action must come from the host that serves it; behind a proxy that forwards
 * another Host, this one is allowed too.
 */
function publicHosts(): string[] {
  try {
    return process.env.GUIDE_SITE_URL ? [new URL(process.env.GUIDE_SITE_URL).host] : [];
  } catch {
    return [];
  }
}

const config: NextConfig = {
  // Wagtail's paths end in a slash ("/lares/trek-4-days/"); src/proxy.ts adds a missing one to
  // page URLs, while /api/* route handlers keep theirs, so Django's webhook POST is never redirected.
  skipTrailingSlashRedirect: true,
  // Metadata goes into <head> of the first byte for every client, not streamed after the shell:
  // the site is server-rendered and must read the same without JavaScript.
  htmlLimitedBots: /.*/,
  poweredByHeader: false,
  // Images come from the API as ready-made renditions with a srcset; no optimisation server.
  images: { unoptimized: true },
  // The enquiry form's server action (src/app/actions/enquiry.ts).
  experimental: { serverActions: { allowedOrigins: publicHosts() } },
  async headers() {
    return [
      // Pages get their CSP (with a nonce) and framing rules from src/proxy.ts, route handlers
      // set their own; these go on every response, Next's static files included.
      { source: "/:path*", headers: baseSecurityHeaders(process.env.NODE_ENV === "production") },
      {
        source: "/_next/:path*",
        headers: [
          { key: "Content-Security-Policy", value: LOCKED_DOWN_POLICY },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default config;
