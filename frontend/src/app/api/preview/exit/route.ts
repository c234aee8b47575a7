/** Leaves preview: draft mode off, token cookie gone, back to the published page. */
import { cookies, draftMode } from "next/headers";
import type { NextRequest } from "next/server";
import { adminOrigins } from "@/lib/config";
import { normalizePath } from "@/lib/paths";
import { PREVIEW_TOKEN_COOKIE } from "@/lib/preview";
import { previewHopPolicy } from "@/lib/security-headers";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  (await draftMode()).disable();
  (await cookies()).delete(PREVIEW_TOKEN_COOKIE);
  const requested = request.nextUrl.searchParams.get("path") ?? "/";
  // Only a path on this site: never an open redirect.
  const path =
    requested.startsWith("/") && !requested.startsWith("//") ? normalizePath(requested) : "/";
  return new Response(null, {
    status: 307,
    headers: {
      Location: path,
      "Cache-Control": "no-store",
      "Content-Security-Policy": previewHopPolicy(adminOrigins()),
    },
  });
}
