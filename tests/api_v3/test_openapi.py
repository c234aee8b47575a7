"""The committed OpenAPI document matches the live one, and the guide's part of it is typed."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from guide.api.v3.openapi import DOCUMENT_PATH, REFRESH_COMMAND, build_document, render
from guide.api.v3.schemas.blocks import BODY_BLOCK_SCHEMAS
from guide.api.v3.schemas.destinations import GuideCommunity, GuideDestination
from guide.api.v3.schemas.itineraries import GuideItinerary
from guide.communities.models import CommunityProfilePage
from guide.core.blocks import BodyBlock
from guide.destinations.models import DestinationPage
from guide.itineraries.models import ItineraryPage

ROOT = Path(__file__).resolve().parents[2]
CHECK_SCRIPT = ROOT / "scripts" / "check-openapi-types"
TOOLS = ROOT / "tools" / "openapi-check"
NOT_IN_V3 = set()
# JSON-schema keywords that give a value a type; a schema with none of them accepts anything.
TYPED_KEYWORDS = {"type", "$ref", "anyOf", "oneOf", "allOf", "enum", "const"}


@pytest.fixture(scope="module")
def document():
    return build_document()


def test_committed_document_is_up_to_date(document):
    committed = json.loads(DOCUMENT_PATH.read_text(encoding="utf-8"))
    assert committed == document, (
        f"docs/openapi.json differs from the live API document. Refresh it with "
        f"`{REFRESH_COMMAND}` (or `.venv/bin/python -m guide.api.v3.openapi`) and commit it."
    )


def test_committed_document_is_in_its_canonical_form(document):
    assert DOCUMENT_PATH.read_text(encoding="utf-8") == render(document)


def guide_schemas(document) -> dict:
    return {
        name: schema
        for name, schema in document["components"]["schemas"].items()
        if name.startswith("Guide")
    }


def untyped(schema, where):
    """Places in a JSON schema where a value could be anything (Any, bare dict or list)."""
    if not isinstance(schema, dict):
        return []
    found = []
    if not TYPED_KEYWORDS & set(schema):
        found.append(where)
    typed_values = isinstance(schema.get("additionalProperties"), dict)  # a map of a known type
    if schema.get("type") == "object" and "properties" not in schema and not typed_values:
        found.append(f"{where} (object without properties)")
    if schema.get("type") == "array" and not schema.get("items"):
        found.append(f"{where} (array without items)")
    for key in ("anyOf", "oneOf", "allOf"):
        for number, option in enumerate(schema.get(key, [])):
            found += untyped(option, f"{where}.{key}[{number}]")
    if isinstance(schema.get("items"), dict):
        found += untyped(schema["items"], f"{where}[]")
    for name, prop in schema.get("properties", {}).items():
        found += untyped(prop, f"{where}.{name}")
    return found


def test_every_guide_schema_field_is_typed(document):
    schemas = guide_schemas(document)
    assert len(schemas) > 40
    problems = [p for name, schema in schemas.items() for p in untyped(schema, name)]
    assert problems == []


OUR_OPERATIONS = {
    "guide_itineraries_list",
    "guide_itineraries_detail",
    "guide_destinations_list",
    "guide_destinations_detail",
    "guide_communities_list",
    "guide_communities_detail",
    "guide_pages_by_path",
    "guide_places_list",
    "guide_places_detail",
    "guide_faqs_list",
    "guide_search",
}


def test_guide_operations_document_their_errors(document):
    operations = {
        operation["operationId"]: operation
        for path, item in document["paths"].items()
        if path.startswith("/api/v3/guide/")
        for operation in item.values()
    }
    assert set(operations) >= OUR_OPERATIONS
    for operation_id in OUR_OPERATIONS:
        responses = operations[operation_id]["responses"]
        assert {"200", "400", "404"} <= set(responses), operation_id
        assert responses["400"]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/GuideError"
        }


def test_body_union_has_a_schema_for_every_block():
    assert set(BODY_BLOCK_SCHEMAS) == set(BodyBlock().child_blocks)


@pytest.mark.parametrize(
    ("model", "schema"),
    [
        (ItineraryPage, GuideItinerary),
        (DestinationPage, GuideDestination),
        (CommunityProfilePage, GuideCommunity),
    ],
)
def test_typed_pages_carry_every_api_field(model, schema):
    """A field added to a page's api_fields (API v2) must be typed in v3 too, or listed here."""
    names = {field.name for field in model.api_fields} - NOT_IN_V3
    assert names - set(schema.model_fields) == set()


@pytest.mark.skipif(
    not (TOOLS / "node_modules" / ".bin" / "openapi-typescript").exists()
    or shutil.which("node") is None,
    reason="run `npm ci --prefix tools/openapi-check` to check the generated TypeScript",
)
class TestGeneratedTypeScript:
    def run(self, document_path):
        return subprocess.run(
            [str(CHECK_SCRIPT), str(document_path)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    def test_committed_document_has_no_unknown_guide_fields(self):
        result = self.run(DOCUMENT_PATH)
        assert result.returncode == 0, result.stdout + result.stderr

    def test_an_untyped_guide_field_fails_the_check(self, tmp_path):
        document = json.loads(DOCUMENT_PATH.read_text(encoding="utf-8"))
        document["components"]["schemas"]["GuideDay"]["properties"]["meals"] = {}
        broken = tmp_path / "openapi.json"
        broken.write_text(json.dumps(document), encoding="utf-8")
        result = self.run(broken)
        assert result.returncode == 1
        assert "schemas.GuideDay" in result.stderr
        assert "meals: unknown" in result.stderr
