"""Rebuild `openapi.yaml` here: operations of every kind from OpenAI's openapi.yaml (MIT, see
LICENSE here), with every schema, parameter and response they reference, as upstream wrote them.

    .venv/bin/python tests/data/openai_ops/make_cut.py ../shared/upstream/openai-openapi.yaml

The client tests generate it (with examples/openai/overlay.yaml's actions that still apply)
and call each kind of operation on servers on 127.0.0.1.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
OPERATIONS = (
    ("/files", "get"),  # query parameters, a cursor page (last_id)
    ("/files", "post"),  # multipart upload of a file
    ("/files/{file_id}", "get"),  # a path parameter
    ("/files/{file_id}", "delete"),  # DELETE
    ("/audio/speech", "post"),  # a binary answer (and SSE by `stream_format`)
    ("/audio/transcriptions", "post"),  # multipart, a union answer, stream=True
    ("/fine_tuning/jobs", "get"),  # deepObject; a cursor page by the last item's id
    ("/organization/audit_logs", "get"),  # an exploded form object; array query parameters
    ("/containers/{container_id}/files/{file_id}/content", "get"),  # no tag; no content
    ("/responses/{response_id}?beta=true", "delete"),  # a header parameter, a query in the path
    ("/organization/admin_api_keys", "post"),  # an inline request body
    ("/images/generations", "post"),  # JSON, or SSE with stream=True
    ("/evals/{eval_id}", "delete"),  # an inline answer
    ("/skills/{skill_id}/content", "get"),  # a zip (JSON listed beside it)
)


def references(node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            found.add(ref)
        for value in node.values():
            references(value, found)
    elif isinstance(node, list):
        for value in node:
            references(value, found)


def closure(document: dict[str, Any], paths: dict[str, Any]) -> dict[str, Any]:
    """The components `paths` reaches, transitively, by section."""
    pending: set[str] = set()
    references(paths, pending)
    done: set[str] = set()
    while pending:
        ref = pending.pop()
        if ref in done:
            continue
        done.add(ref)
        _, _, section, name = ref.split("/", 3)
        references(document["components"][section][name], pending)
    components: dict[str, Any] = {}
    for ref in sorted(done):
        _, _, section, name = ref.split("/", 3)
        components.setdefault(section, {})[name] = document["components"][section][name]
    return components


def main(source: Path) -> None:
    document = yaml.safe_load(source.read_text(encoding="utf-8"))
    paths: dict[str, Any] = {}
    for path, method in OPERATIONS:
        item = document["paths"][path]
        kept = {key: value for key, value in item.items() if key == "parameters"}
        paths.setdefault(path, kept)[method] = item[method]
    cut = {
        "openapi": document["openapi"],
        "info": {**document["info"], "title": "OpenAI operations (cut)"},
        "servers": document["servers"],
        "paths": paths,
        "components": closure(document, paths),
    }
    text = yaml.safe_dump(cut, sort_keys=False, allow_unicode=True, width=100)
    (HERE / "openapi.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
