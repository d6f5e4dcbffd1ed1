"""OpenAI's whole published spec (../shared/upstream/openai-openapi.yaml, 1,422 schemas) with
the shipped overlay gets through every stage: models, validators, and a client with a method
for each of its 288 operations.

Skipped where ../shared is absent (CI). Formatting is left out here: black needs about ten CPU
minutes for the 17 MB of output, which `make test` cannot afford; the code is compiled, imported
and used instead. `make bench` times the whole run, formatting included.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from generator import pipeline
from generator.errors import GenerationError
from generator.write import write_tree
from tests.conftest import ROOT
from tests.unformatted import unformatted_stage

UPSTREAM = ROOT.parent / "shared" / "upstream" / "openai-openapi.yaml"
OVERLAY = ROOT / "examples" / "openai" / "overlay.yaml"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not UPSTREAM.exists(), reason=f"{UPSTREAM} is not here"),
]


def test_whole_openai_spec_generates_models_validators_and_every_method(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    import_generated: Callable[[Path, str], ModuleType],
) -> None:
    monkeypatch.setattr(pipeline, "Formatting", unformatted_stage())
    warnings: list[GenerationError] = []
    options = pipeline.Options(client=True, overlay=OVERLAY)
    files = pipeline.generate_files(
        UPSTREAM, "openai-openapi.yaml", options=options, warnings=warnings
    )
    assert {w.level for w in warnings} == {"warning"}
    assert all(w.line is not None for w in warnings)
    for name, text in files.items():
        if name.endswith(".py"):
            compile(text, name, "exec")
    write_tree(tmp_path, files)
    name = next(path for path in files if path.endswith("/validators/__init__.py")).split("/")[0]
    package = import_generated(tmp_path, name)
    point = {"type": "eq", "key": "a", "value": 1}
    compound = {"type": "and", "filters": [point, {"type": "or", "filters": [point]}]}
    assert package.validators.is_valid_compound_filter(compound)
    assert not package.validators.is_valid_compound_filter({"type": "and", "filters": [1]})
    assert package.CompoundFilter.from_dict(compound).to_dict() == compound
    resources = importlib.import_module(f"{name}.resources")  # the client loads lazily
    assert sorted(_methods(resources)) == sorted(_operations())
    client = package.Client(api_key="sk")
    assert hasattr(client.containers.files.content, "retrieve_container_file_content")
    with pytest.raises(package.ValidationError) as refused:  # checked before anything is sent
        client.files.list_files(order="sideways")
    assert [issue.pointer for issue in refused.value.issues] == ["/query/order"]
    speech = inspect.getsource(type(client.audio).create_speech)
    assert re.search(r"asks_for\(\s*['\"]stream_format['\"], ['\"]sse['\"]", speech), speech


def _methods(resources: ModuleType) -> list[str]:
    """`METHOD path` of every sync method, read from what it sends (its RequestOptions)."""
    found = []
    for name in resources.__all__:
        cls = getattr(resources, name)
        if name.startswith("Async"):
            continue
        for member in vars(cls).values():
            if inspect.isfunction(member) and member.__name__ != "__init__":
                source = inspect.getsource(member)
                method, path = re.findall(
                    r"RequestOptions\(\s*['\"](\w+)['\"],\s*['\"]([^'\"]+)", source
                )[0]
                found.append(f"{method} {path}")
    return found


def _operations() -> list[str]:
    document = yaml.safe_load(UPSTREAM.read_text(encoding="utf-8"))
    methods = ("get", "put", "post", "delete", "patch")
    return [
        f"{method.upper()} {path}"
        for path, item in document["paths"].items()
        for method in item
        if method in methods
    ]
