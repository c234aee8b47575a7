/**
 * The optional interactive map: a tile server set by the operator. Without GUIDE_MAP_TILE_URL the
 * site draws only its own SVG map and loads no map script and no tile.
 */

export type MapTiles = {
  /** A Leaflet URL template, e.g. https://{s}.tile.example/{z}/{x}/{y}.png */
  url: string;
  /** Plain text shown on the map, as the tile provider's terms ask. */
  attribution: string;
  /** CSP img-src sources the tiles come from ({s} becomes a *. wildcard). */
  origins: string[];
};

type Env = Partial<Record<string, string>>;

const SUBDOMAIN_MARK = "subdomain-placeholder";

/** The configured tile server, or null when none is set or its URL is not usable. */
export function mapTiles(env: Env = process.env): MapTiles | null {
  const url = env.GUIDE_MAP_TILE_URL?.trim();
  if (!url) return null;
  if (!["{z}", "{x}", "{y}"].every((part) => url.includes(part))) {
    console.warn("GUIDE_MAP_TILE_URL needs {z}, {x} and {y}; the interactive map is off");
    return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(url.replace(/\{s\}/g, SUBDOMAIN_MARK).replace(/\{[^}]*\}/g, "0"));
  } catch {
    console.warn("GUIDE_MAP_TILE_URL is not a URL; the interactive map is off");
    return null;
  }
  // Only web tiles: a data: or javascript: template would widen the CSP for nothing good.
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  // Leaflet's {s} (a, b or c): a subdomain label, which CSP can only match as a wildcard.
  const wildcard = parsed.hostname.startsWith(`${SUBDOMAIN_MARK}.`);
  if (parsed.hostname.includes(SUBDOMAIN_MARK) && !wildcard) return null;
  const host = parsed.host.replace(`${SUBDOMAIN_MARK}.`, "*.");
  return {
    url,
    attribution: env.GUIDE_MAP_ATTRIBUTION?.trim() || `Map tiles: ${host.replace("*.", "")}`,
    origins: [`${parsed.protocol}//${host}`],
  };
}

/** The tile server's origins for the page CSP's img-src; none when no map is configured. */
export function mapTileOrigins(env: Env = process.env): string[] {
  return mapTiles(env)?.origins ?? [];
}
