/**
 * The admin's "Visitor site" preview lands here with a signed token: check it with the API and send
 * the editor to the page's path with the token in the URL (see lib/preview.ts for why not a
 * cookie). An expired or forged token gets its own error page here rather than the live page.
 */
import type { NextRequest } from "next/server";
import { ApiUnavailable, fetchPreview } from "@/api/client";
import { messagePage } from "@/lib/message-page";
import { adminOrigins } from "@/lib/config";
import { normalizePath, PREVIEW_WITHOUT_PATH } from "@/lib/paths";
import { previewUrl } from "@/lib/preview";
import { previewHopPolicy } from "@/lib/security-headers";

export const dynamic = "force-dynamic";

const TITLE = "Preview unavailable";

export async function GET(request: NextRequest): Promise<Response> {
  const token = request.nextUrl.searchParams.get("token");
  if (!token) {
    return messagePage(
      400,
      TITLE,
      "This preview link has no token. Open the preview again from the admin.",
    );
  }

  let result;
  try {
    result = await fetchPreview(token);
  } catch (error) {
    const detail = error instanceof ApiUnavailable ? error.message : "The guide API failed";
    return messagePage(503, TITLE, `${detail}. Try again in a moment.`);
  }
  if (!result.ok) {
    // 401: the link has expired; 403: it was forged or altered. The API's message says which.
    const status = [401, 403, 404].includes(result.status) ? result.status : 400;
    return messagePage(status, TITLE, result.message);
  }

  const path = result.data.path ? normalizePath(result.data.path) : PREVIEW_WITHOUT_PATH;
  return new Response(null, {
    status: 307,
    headers: {
      Location: previewUrl(path, token),
      "Cache-Control": "no-store",
      "Content-Security-Policy": previewHopPolicy(adminOrigins()),
    },
  });
}
