import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { RouteMap } from "@/components/RouteMap";
import type { Day } from "@/api/types";
import { mapTileOrigins, mapTiles } from "@/lib/map-config";
import { contentSecurityPolicy } from "@/lib/security-headers";

describe("map tile configuration", () => {
  it("is off by default", () => {
    assert.equal(mapTiles({}), null);
    assert.equal(mapTiles({ GUIDE_MAP_TILE_URL: "  " }), null);
    assert.deepEqual(mapTileOrigins({}), []);
  });

  it("reads the URL template and the attribution", () => {
    assert.deepEqual(
      mapTiles({
        GUIDE_MAP_TILE_URL: "https://tile.example/{z}/{x}/{y}.png",
        GUIDE_MAP_ATTRIBUTION: "© Example contributors",
      }),
      {
        url: "https://tile.example/{z}/{x}/{y}.png",
        attribution: "© Example contributors",
        origins: ["https://tile.example"],
      },
    );
  });

  it("allows Leaflet's {s} subdomains with a wildcard, and names the host without attribution", () => {
    const tiles = mapTiles({
      GUIDE_MAP_TILE_URL: "https://{s}.tiles.example:8443/{z}/{x}/{y}@2x.png",
    });
    assert.deepEqual(tiles?.origins, ["https://*.tiles.example:8443"]);
    assert.equal(tiles?.attribution, "Map tiles: tiles.example:8443");
  });

  it("ignores templates that are not web tile URLs", () => {
    for (const url of [
      "https://tile.example/{z}/{x}.png",
      "javascript:alert(1)//{z}/{x}/{y}",
      "data:image/png;base64,{z}{x}{y}",
      "not a url {z}/{x}/{y}",
      "https://tiles{s}.example/{z}/{x}/{y}.png",
    ]) {
      assert.equal(mapTiles({ GUIDE_MAP_TILE_URL: url }), null, url);
    }
  });

  it("lets the page CSP load the tiles as images only when configured", () => {
    const csp = (imageOrigins: string[]) =>
      contentSecurityPolicy({
        nonce: "n",
        frameAncestors: [],
        imageOrigins,
        production: true,
        https: false,
      });
    const origins = mapTileOrigins({
      GUIDE_MAP_TILE_URL: "https://{s}.tile.example/{z}/{x}/{y}.png",
    });
    assert.match(csp(origins), /img-src 'self' data: https:\/\/\*\.tile\.example;/);
    assert.match(csp(mapTileOrigins({})), /img-src 'self' data:;/);
  });
});

describe("route map markup", () => {
  const at = (
    id: number,
    name: string,
    kind: Day["from_place"]["kind"],
    lat: number,
    lon: number,
  ) => ({
    id,
    slug: name.toLowerCase(),
    name,
    kind,
    elevation: { m: 3000, ft: 9843 },
    coordinates: { lat, lon },
    precision: {
      elevation: { precision: "exact" as const, margin_m: null },
      coordinates: { precision: "exact" as const, margin_m: null },
    },
  });
  const days = [
    {
      number: 1,
      title: "Over the pass",
      from_place: at(1, "Start", "village", -13.1, -72.0),
      places_passed: [at(2, "High pass", "pass", -13.15, -72.05)],
      to_place: at(3, "Camp", "campsite", -13.2, -72.1),
      hiking_hours: null,
      distance: { km: 9, mi: 5.6 },
      ascent: null,
      descent: null,
      overnight: null,
      meals: [],
      transport: [],
      description: "",
    },
  ] satisfies Day[];

  it("is plain SVG, and references no map script or tile server when none is configured", () => {
    const html = renderToStaticMarkup(
      createElement(RouteMap, { days, title: "Test", tiles: null }),
    );
    assert.match(html, /<svg[^>]+class="route-map__svg"[^>]+role="img"/);
    assert.match(html, /<title[^>]*>Route map: Test<\/title>/);
    assert.match(html, /High pass, 3,000 m/);
    assert.doesNotMatch(html, /route-map__interactive|leaflet|tile\./i);
  });

  it("adds the (hidden until scripts run) interactive map when tiles are configured", () => {
    const tiles = mapTiles({ GUIDE_MAP_TILE_URL: "https://tile.example/{z}/{x}/{y}.png" });
    const html = renderToStaticMarkup(createElement(RouteMap, { days, title: "Test", tiles }));
    assert.match(html, /<svg/);
    assert.match(html, /<div[^>]+class="route-map__interactive"[^>]*hidden/);
  });
});
