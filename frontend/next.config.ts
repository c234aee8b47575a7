import type { NextConfig } from "next";

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
};

export default config;
