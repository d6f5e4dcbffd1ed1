"""The contenders: what each row of the table calls, per schema, and how its answer reads.

Like for like: fastjsonschema is compiled with `use_default=False`, as it is used for pure
validation (with its default it writes schema defaults into the instance it checks); pydantic's
request models forbid unknown properties and validate in strict mode, as the generated request
models do; nothing here changes its input, and `tests/test_bench.py` checks that it stays so.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import fastjsonschema
import jsonschema_rs
from jsonschema import Draft202012Validator
from pydantic import BaseModel
from pydantic import ValidationError as PydanticError

from bench.instances import REQUEST, RESPONSE, ROOT

sys.path[:0] = [str(ROOT / "generated")]
SPEC = ROOT / "spec" / "realtime_sessions.yaml"
COMPONENTS = (REQUEST, RESPONSE)
SNAKE = {REQUEST: "session_create_params", RESPONSE: "session_create_response"}

# Row labels the goals and the report refer to.
IS_VALID = "generated is_valid_"
VALIDATE = "generated validate_ (all issues)"
FASTJSONSCHEMA = "fastjsonschema (use_default=False)"
JSONSCHEMA_RS = "jsonschema-rs is_valid (native reference)"
JSONSCHEMA = "jsonschema is_valid (the oracle)"
FROM_DICT = "generated from_dict"
MODEL_VALIDATE = "pydantic v2 model_validate"
TO_DICT = "generated to_dict"
MODEL_DUMP = 'pydantic v2 model_dump(mode="json", exclude_unset=True)'


@dataclass(frozen=True)
class Contender:
    label: str
    family: str
    """"validate", "decode" or "encode": rows of one family are compared with each other."""
    calls: Mapping[str, Callable[[Any], object]]
    """Per component: the call that is timed, on one instance (or, encoders, the built value)."""
    invalid: tuple[type[BaseException], ...] = ()
    """What the call raises on an invalid instance (caught inside the timed statement)."""
    accepts: Callable[[object], bool] = bool
    """Its verdict, read off what the call returned (a raise is "invalid")."""
    build: Mapping[str, Callable[[Any], object]] = field(default_factory=dict)
    """Encoders: per component, how the value they encode is built from the instance."""

    def verdict(self, component: str, data: Any) -> bool:
        try:
            return self.accepts(self.calls[component](data))
        except self.invalid:
            return False


def contenders(workdir: Path) -> list[Contender]:
    document = _spec()
    return [*_validators(document), *_models(workdir)]


def _spec() -> dict[str, Any]:
    import yaml

    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def _schema(document: dict[str, Any], component: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{component}", "components": document["components"]}


def _validators(document: dict[str, Any]) -> list[Contender]:
    ours = importlib.import_module("realtime_sessions.validators")
    schemas = {c: _schema(document, c) for c in COMPONENTS}
    fast = {c: fastjsonschema.compile(s, use_default=False) for c, s in schemas.items()}
    rust = {c: jsonschema_rs.validator_for(s).is_valid for c, s in schemas.items()}
    oracle = {c: Draft202012Validator(s).is_valid for c, s in schemas.items()}
    is_valid = {c: getattr(ours, f"is_valid_{s}") for c, s in SNAKE.items()}
    return [
        Contender(IS_VALID, "validate", is_valid),
        Contender(
            VALIDATE,
            "validate",
            {c: getattr(ours, f"validate_{s}") for c, s in SNAKE.items()},
            accepts=lambda issues: issues == [],
        ),
        Contender(
            FASTJSONSCHEMA,
            "validate",
            fast,
            invalid=(fastjsonschema.JsonSchemaException,),
            accepts=lambda _: True,
        ),
        Contender(JSONSCHEMA_RS, "validate", rust),
        Contender(JSONSCHEMA, "validate", oracle),
    ]  # fmt: skip


def _models(workdir: Path) -> list[Contender]:
    models = importlib.import_module("realtime_sessions.models")
    ours = {c: getattr(models, c) for c in COMPONENTS}
    our_error = importlib.import_module("realtime_sessions._validation").ValidationError
    theirs = pydantic_models(workdir)
    return [
        Contender(
            FROM_DICT,
            "decode",
            {c: m.from_dict for c, m in ours.items()},
            invalid=(our_error,),
            accepts=lambda _: True,
        ),
        Contender(
            MODEL_VALIDATE,
            "decode",
            {c: m.model_validate for c, m in theirs.items()},
            invalid=(PydanticError,),
            accepts=lambda _: True,
        ),
        Contender(
            TO_DICT,
            "encode",
            {c: m.to_dict for c, m in ours.items()},
            build={c: m.from_dict for c, m in ours.items()},
        ),
        Contender(
            MODEL_DUMP,
            "encode",
            {c: partial(m.model_dump, mode="json", exclude_unset=True) for c, m in theirs.items()},
            build={c: m.model_validate for c, m in theirs.items()},
        ),
    ]


def pydantic_models(workdir: Path) -> dict[str, type[BaseModel]]:
    """pydantic v2 models by datamodel-code-generator, as strict as the generated models.

    Requests: unknown properties forbidden, strict mode (no "5" for an integer), like the
    generated `from_dict`, which checks every value. Responses: unknown properties allowed and lax,
    the closest pydantic comes to the generated lenient response decoding.
    """
    request = _datamodel_codegen(workdir, "pyd_request", "forbid", strict=True)
    response = _datamodel_codegen(workdir, "pyd_response", "allow", strict=False)
    models: dict[str, type[BaseModel]] = {
        REQUEST: getattr(request, REQUEST),
        RESPONSE: getattr(response, RESPONSE),
    }
    try:  # the strictness is real: lax mode would turn "5" into 5
        models[REQUEST].model_validate({"max_response_output_tokens": "5"})
    except PydanticError:
        return models
    raise AssertionError("the pydantic request model is not strict")


def _datamodel_codegen(workdir: Path, name: str, extra: str, *, strict: bool) -> Any:
    out = workdir / f"{name}.py"
    command = [
        str(Path(sys.executable).with_name("datamodel-codegen")),
        "--input", str(SPEC), "--input-file-type", "openapi",
        "--output-model-type", "pydantic_v2.BaseModel", "--output", str(out),
        "--extra-fields", extra, "--enum-field-as-literal", "all", "--formatters", "black",
    ]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True)
    if strict:  # datamodel-code-generator has no switch for the model config's `strict`
        source = out.read_text(encoding="utf-8")
        out.write_text(source.replace(f"extra='{extra}',", f"extra='{extra}', strict=True,"))
    if str(workdir) not in sys.path:
        sys.path.insert(0, str(workdir))
    return importlib.import_module(name)
