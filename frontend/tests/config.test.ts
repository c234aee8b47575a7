import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cdnCacheSeconds, missingProductionSettings, revalidateSecret } from "@/lib/config";

function withEnv(values: Record<string, string | undefined>, run: () => void): void {
  const saved = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  const env = process.env as Record<string, string | undefined>;
  try {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete env[key];
      else env[key] = value;
    }
    run();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete env[key];
      else env[key] = value;
    }
  }
}

describe("webhook secret", () => {
  it("is required in production, and the error names the variable", () => {
    withEnv({ NODE_ENV: "production", GUIDE_REVALIDATE_SECRET: undefined }, () => {
      assert.match(missingProductionSettings() ?? "", /GUIDE_REVALIDATE_SECRET is not set/);
      assert.throws(() => revalidateSecret(), /GUIDE_REVALIDATE_SECRET/);
    });
    withEnv({ NODE_ENV: "production", GUIDE_REVALIDATE_SECRET: "" }, () => {
      assert.ok(missingProductionSettings());
    });
  });

  it("is the variable's value when set", () => {
    withEnv({ NODE_ENV: "production", GUIDE_REVALIDATE_SECRET: "s3cret" }, () => {
      assert.equal(missingProductionSettings(), null);
      assert.equal(revalidateSecret(), "s3cret");
    });
  });

  it("falls back to Django's development secret outside production only", () => {
    withEnv({ NODE_ENV: "development", GUIDE_REVALIDATE_SECRET: undefined }, () => {
      assert.equal(missingProductionSettings(), null);
      assert.equal(revalidateSecret(), "dev-revalidate-secret");
    });
  });
});

describe("CDN cache times", () => {
  it("default to 60 s and a day, and read the environment", () => {
    withEnv(
      { GUIDE_CACHE_S_MAXAGE: undefined, GUIDE_CACHE_STALE_WHILE_REVALIDATE: undefined },
      () => assert.deepEqual(cdnCacheSeconds(), { sMaxAge: 60, staleWhileRevalidate: 86_400 }),
    );
    withEnv({ GUIDE_CACHE_S_MAXAGE: "0", GUIDE_CACHE_STALE_WHILE_REVALIDATE: "600" }, () =>
      assert.deepEqual(cdnCacheSeconds(), { sMaxAge: 0, staleWhileRevalidate: 600 }),
    );
    withEnv({ GUIDE_CACHE_S_MAXAGE: "soon", GUIDE_CACHE_STALE_WHILE_REVALIDATE: "-1" }, () =>
      assert.deepEqual(cdnCacheSeconds(), { sMaxAge: 60, staleWhileRevalidate: 86_400 }),
    );
  });
});
