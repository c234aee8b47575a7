/** The revalidation webhook's body: {"paths": ["/lares/trek-4-days/", "/lares/", "/"]}. */
import { normalizePath } from "./paths";

export const MAX_PATHS = 200;

export type ParsedPaths = { ok: true; paths: string[] } | { ok: false; message: string };

export function parseRevalidateBody(text: string): ParsedPaths {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: "The body is not valid JSON." };
  }
  const paths = (data as { paths?: unknown } | null)?.paths;
  if (!Array.isArray(paths)) {
    return { ok: false, message: 'Expected a JSON object with a "paths" list.' };
  }
  if (paths.length > MAX_PATHS) {
    return { ok: false, message: `At most ${MAX_PATHS} paths at once.` };
  }
  if (!paths.every((path) => typeof path === "string" && path.startsWith("/"))) {
    return { ok: false, message: 'Every item of "paths" must be a path starting with "/".' };
  }
  return { ok: true, paths: [...new Set(paths.map((path: string) => normalizePath(path)))] };
}
