/**
 * An itinerary's route as a GPX or GeoJSON download, fetched from the API on the server so the
 * browser never needs the API's address: the API's body, Content-Type and Content-Disposition
 * are passed through, and its 404 stays a 404.
 */
import { ApiUnavailable, fetchRouteFile, ROUTE_FORMATS, type RouteFormat } from "@/api/client";
import { cdnCacheSeconds } from "@/lib/config";
import { messagePage } from "@/lib/message-page";
import { LOCKED_DOWN_POLICY, pageCacheControl } from "@/lib/security-headers";

export const dynamic = "force-dynamic";

const TITLE = "Route download unavailable";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; format: string }> },
): Promise<Response> {
  const { id, format } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id) || !(ROUTE_FORMATS as readonly string[]).includes(format)) {
    return messagePage(404, TITLE, "There is no such route file.");
  }
  let file;
  try {
    file = await fetchRouteFile(Number(id), format as RouteFormat);
  } catch (error) {
    const detail = error instanceof ApiUnavailable ? error.message : "The guide API failed";
    const response = messagePage(503, TITLE, `${detail}. Try again in a moment.`);
    response.headers.set("Retry-After", "30");
    return response;
  }
  if (file.status === 404 || file.status === 400) {
    return messagePage(404, TITLE, "No published itinerary has this route.");
  }
  if (file.status !== 200) {
    return messagePage(502, TITLE, `The guide API answered ${file.status}.`);
  }
  const headers = new Headers({
    "Content-Type": file.contentType ?? "application/octet-stream",
    "Cache-Control": pageCacheControl(false, cdnCacheSeconds()),
    "Content-Security-Policy": LOCKED_DOWN_POLICY,
  });
  if (file.contentDisposition) headers.set("Content-Disposition", file.contentDisposition);
  return new Response(file.body, { status: 200, headers });
}
