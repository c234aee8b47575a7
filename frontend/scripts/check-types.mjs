// Fails when src/api/schema.d.ts is not what openapi-typescript makes of ../docs/openapi.json now.
// `npm run types` regenerates it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const committed = join(root, "src/api/schema.d.ts");
const dir = mkdtempSync(join(tmpdir(), "guide-schema-"));
const fresh = join(dir, "schema.d.ts");

try {
  execFileSync(
    join(root, "node_modules/.bin/openapi-typescript"),
    [join(root, "../docs/openapi.json"), "--output", fresh],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const before = readFileSync(committed, "utf8");
  const after = readFileSync(fresh, "utf8");
  if (before !== after) {
    const a = before.split("\n");
    const b = after.split("\n");
    const line = a.findIndex((text, i) => text !== b[i]);
    console.error(
      `src/api/schema.d.ts is stale: docs/openapi.json changed (first difference at line ${line + 1}).\n` +
        `  committed: ${JSON.stringify(a[line] ?? "")}\n  generated: ${JSON.stringify(b[line] ?? "")}\n` +
        "Run `npm run types` in frontend/ and commit the result.",
    );
    process.exitCode = 1;
  } else {
    console.log("src/api/schema.d.ts matches docs/openapi.json");
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
