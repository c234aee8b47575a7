// Fails when a guide payload field comes out of openapi-typescript as `unknown` or `any`.
//
// usage: node check-types.mjs GENERATED.d.ts
//
// Looks at every `components["schemas"]` entry whose name starts with "Guide" and at every
// operation whose id starts with "guide_" (leaving out the response `headers` index signature
// that openapi-typescript writes for every response). Wagtail's own page schemas may hold
// unknowns; they are not the guide's contract and are not checked.
import { readFileSync } from "node:fs";
import ts from "typescript";

const SCHEMA_PREFIX = "Guide";
const OPERATION_PREFIX = "guide_";
const REQUIRED_SCHEMAS = ["GuideItinerary", "GuideBodyBlock", "GuidePage", "GuideError"];

const file = process.argv[2];
if (!file) {
  console.error("usage: node check-types.mjs GENERATED.d.ts");
  process.exit(2);
}
const text = readFileSync(file, "utf8");
const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);

const nameOf = (member) => member.name && (member.name.text ?? member.name.getText(source));

function topLevelInterface(name) {
  return source.statements.find((node) => ts.isInterfaceDeclaration(node) && node.name.text === name);
}

function memberType(container, name) {
  const member = container?.members.find((m) => nameOf(m) === name);
  return member?.type;
}

const offences = [];

function walk(node, owner, skipHeaders) {
  if (skipHeaders && ts.isPropertySignature(node) && nameOf(node) === "headers") {
    return;
  }
  if (node.kind === ts.SyntaxKind.UnknownKeyword || node.kind === ts.SyntaxKind.AnyKeyword) {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    offences.push(`${file}:${line + 1}: ${owner}: ${text.split("\n")[line].trim()}`);
  }
  ts.forEachChild(node, (child) => walk(child, owner, skipHeaders));
}

const schemas = memberType(topLevelInterface("components"), "schemas");
if (!schemas || !ts.isTypeLiteralNode(schemas)) {
  console.error(`${file}: no components.schemas found; is it openapi-typescript output?`);
  process.exit(2);
}
const guideSchemas = schemas.members.filter((m) => String(nameOf(m)).startsWith(SCHEMA_PREFIX));
const missing = REQUIRED_SCHEMAS.filter((name) => !guideSchemas.some((m) => nameOf(m) === name));
if (missing.length) {
  console.error(`${file}: guide schemas missing from the document: ${missing.join(", ")}`);
  process.exit(1);
}
for (const member of guideSchemas) {
  walk(member, `schemas.${nameOf(member)}`, false);
}

const operations = topLevelInterface("operations");
const guideOperations = (operations?.members ?? []).filter((m) =>
  String(nameOf(m)).startsWith(OPERATION_PREFIX),
);
for (const member of guideOperations) {
  walk(member, `operations.${nameOf(member)}`, true);
}

if (offences.length) {
  console.error(`Guide payload fields typed unknown/any (${offences.length}):`);
  for (const offence of offences) console.error(`  ${offence}`);
  console.error("Give each field a precise schema (no Any, no bare dict) and re-export docs/openapi.json.");
  process.exit(1);
}
console.log(
  `OK: ${guideSchemas.length} guide schemas and ${guideOperations.length} guide operations, ` +
    "no unknown or any.",
);
