/**
 * Django's publish webhook: POST {"paths": [...]} with `X-Guide-Timestamp` and
 * `X-Guide-Signature: sha256=<hex HMAC of "<timestamp>.<body>">` (checks in src/lib/webhook.ts).
 * Each path's cached API answers expire at once; every other page is marked stale, so cards and
 * links that mention the changed page catch up on their next visit.
 */
import { revalidatePath, revalidateTag } from "next/cache";
import { revalidateSecret } from "@/lib/config";
import { ALL_PAGES_TAG, pageTag } from "@/lib/paths";
import { forgetRedirects } from "@/lib/redirect-cache";
import { LOCKED_DOWN_POLICY } from "@/lib/security-headers";
import { ReplayGuard, handleWebhook } from "@/lib/webhook";

export const dynamic = "force-dynamic";

// One guard per process, kept across requests (and module reloads in next dev).
const guard: ReplayGuard =
  ((globalThis as Record<string, unknown>).__guideReplayGuard as ReplayGuard) ??
  ((globalThis as Record<string, unknown>).__guideReplayGuard = new ReplayGuard());

function revalidate(paths: string[]): void {
  forgetRedirects(paths); // a path that changed may have gained or lost a redirect
  for (const path of paths) {
    revalidateTag(pageTag(path), { expire: 0 });
    revalidatePath(path);
  }
  revalidateTag(ALL_PAGES_TAG, "max");
}

export async function POST(request: Request): Promise<Response> {
  const response = await handleWebhook(request, { secret: revalidateSecret(), revalidate, guard });
  response.headers.set("Content-Security-Policy", LOCKED_DOWN_POLICY);
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Cache-Control", "no-store");
  return response;
}
