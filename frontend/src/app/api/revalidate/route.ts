/**
 * Django's publish webhook: POST {"paths": [...]} signed with `X-Guide-Signature: sha256=<hex>`.
 * Each path's cached API answers expire at once; every other page is marked stale, so cards and
 * links that mention the changed page catch up on their next visit.
 */
import { revalidatePath, revalidateTag } from "next/cache";
import { revalidateSecret } from "@/lib/config";
import { ALL_PAGES_TAG, pageTag } from "@/lib/paths";
import { forgetRedirects } from "@/lib/redirect-cache";
import { parseRevalidateBody } from "@/lib/revalidate";
import { SIGNATURE_HEADER, verifySignature } from "@/lib/signature";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const body = new Uint8Array(await request.arrayBuffer());
  if (!verifySignature(body, request.headers.get(SIGNATURE_HEADER), revalidateSecret())) {
    return Response.json({ message: "Missing or wrong X-Guide-Signature." }, { status: 401 });
  }
  const parsed = parseRevalidateBody(new TextDecoder().decode(body));
  if (!parsed.ok) return Response.json({ message: parsed.message }, { status: 400 });

  forgetRedirects(parsed.paths); // a path that changed may have gained or lost a redirect
  for (const path of parsed.paths) {
    revalidateTag(pageTag(path), { expire: 0 });
    revalidatePath(path);
  }
  revalidateTag(ALL_PAGES_TAG, "max");
  return Response.json({ revalidated: parsed.paths });
}
