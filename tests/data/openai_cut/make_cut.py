"""Rebuild `openapi.yaml` here: a cut of OpenAI's openapi.yaml (MIT, see LICENSE here).

    .venv/bin/python tests/data/openai_cut/make_cut.py ../shared/upstream/openai-openapi.yaml

Takes the schemas named in CUT with every schema they reference, as upstream wrote them, plus
one request body so that strict (request) models are exercised too. Two constructs the corner
of the file does not hold small enough are appended by us (ADDED, each says why).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
CUT = (
    # 3.0-isms: nullable on types, enums, anyOf, oneOf, $ref, objects; boolean exclusiveMinimum;
    # `optional`/`min_items` (no keywords); `example`.
    "CreateCompletionRequest",
    "CreateImageVariationRequest",
    "CreateImageRequest",
    "StopConfiguration",
    "CreateChatCompletionStreamResponse",
    "FineTuneDPOHyperparameters",
    "FineTuneSupervisedHyperparameters",
    "CreateTranscriptionResponseJson",
    "GraderScoreModel",
    "AdminApiKey",
    # Defaults that do not match their schemas (mended by overlay.yaml).
    "ChatCompletionStreamOptions",
    "TranscriptionChunkingStrategy",
    "ConversationParam",
    # `required` names without a property; duplicate `required` entries.
    "LocalShellToolCallOutput",
    "MCPApprovalResponse",
    "ResponseAudioDoneEvent",
    "ContainerResource",
    # draft 2019-09 $recursiveRef/$recursiveAnchor; a schema named like a runtime class.
    "CompoundFilter",
    "Model",
)
ADDED: dict[str, Any] = {
    "CutInputItem": {
        "description": "Added for the cut: InputItem's `$ref` beside `type` and `description`, "
        "without the 160 schemas its `Item` reaches.",
        "oneOf": [
            {"$ref": "#/components/schemas/ChatCompletionStreamOptions"},
            {
                "type": "object",
                "title": "Filter",
                "description": "A filter, referenced with sibling keywords.",
                "$ref": "#/components/schemas/CompoundFilter",
            },
        ],
    },
    "CutMetadata": {
        "description": "Added for the cut (not in OpenAI's file): keys of one shape only.",
        "type": "object",
        "patternProperties": {"^[a-z_]{1,16}$": {"type": "string", "maxLength": 64}},
        "additionalProperties": False,
    },
}


def references(node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[1])
        for value in node.values():
            references(value, found)
    elif isinstance(node, list):
        for value in node:
            references(value, found)


def closure(schemas: dict[str, Any], roots: tuple[str, ...]) -> list[str]:
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            references(schemas[name], found := set())
            todo.extend(found)
    return [name for name in schemas if name in seen]  # upstream's order


def main(source: Path) -> None:
    document = yaml.load(source.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    schemas = document["components"]["schemas"]
    cut = {name: schemas[name] for name in closure(schemas, CUT)}
    body = {
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/CreateCompletionRequest"}}
        }
    }
    spec = {
        "openapi": document["openapi"],
        "info": {
            "title": "OpenAI cut",
            "version": document["info"]["version"],
            "x-package-name": "openai_cut",
        },
        "paths": {
            "/completions": {
                "post": {
                    "operationId": "createCompletion",
                    "requestBody": body,
                    "responses": {"200": {"description": "OK"}},
                }
            }
        },
        "components": {"schemas": cut | ADDED},
    }
    header = (
        "# A cut of OpenAI's openapi.yaml (openai-openapi, MIT licence: LICENSE beside it),\n"
        "# made by make_cut.py; CutInputItem and CutMetadata are ours. Do not edit by hand.\n"
    )
    text = yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=100)
    (HERE / "openapi.yaml").write_text(header + text, encoding="utf-8")
    print(f"{len(cut) + len(ADDED)} schemas")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
