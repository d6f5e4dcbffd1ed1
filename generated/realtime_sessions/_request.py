# Generated from generator/runtime/_request.py by `make generate`; do not edit by hand.
"""What one API call sends, as the generated resources describe it, and its body's building.

A call passes either a request model positionally or keyword arguments, never both; the
keywords build the model, so a missing required one is Python's own TypeError. The body is
validated (unless the client's `validate_requests` is False) before anything is sent.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from ._files import FileTypes, files_of, is_file
from ._params import Parameter
from ._types import NOT_GIVEN, JsonObject, JsonValue, NotGiven
from ._validation import ValidationError, ValidationIssue

__all__ = [
    "FILE_STAND_IN",
    "Multipart",
    "RequestOptions",
    "json_bytes",
    "multipart_body",
    "request_body",
]

FILE_STAND_IN = ""
"""What a file field holds while the rest of a multipart body is validated: the spec's
`format: binary` string; the file itself is checked by its type only."""


class RequestModel(Protocol):
    """What a generated request model offers: its JSON payload, without never-given fields."""

    def to_dict(self) -> dict[str, JsonValue]: ...


@dataclass(frozen=True)
class Multipart:
    """A `multipart/form-data` body: its JSON-like fields and its files, by field name."""

    fields: JsonObject
    files: Sequence[tuple[str, FileTypes]]


@dataclass(frozen=True)
class RequestOptions:
    """One API call: its method, path template, parameters, body and per-call settings."""

    method: str
    path: str
    """The spec's path; `{name}` holes are filled from the path parameters."""
    parameters: Sequence[Parameter] = ()
    body: JsonObject | Multipart | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    """Headers the operation always sends (e.g. `OpenAI-Beta`)."""
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, JsonValue] | None = None
    """Merged into the body after validation: an escape hatch for fields the spec lacks."""
    timeout: object = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN

    def asks_for(self, name: str, value: JsonValue, *, default: bool) -> bool:
        """Whether the body's `name` is `value` (`stream: true`, `stream_format: "sse"`): the
        call asks for a stream. Left out, `default` says (whether the spec's default is it)."""
        fields = self.body.fields if isinstance(self.body, Multipart) else self.body
        if fields is None or name not in fields:
            return default
        given = fields[name]
        return given == value and type(given) is type(value)

    def with_parameter(self, name: str, value: str) -> RequestOptions:
        """The same call with the query parameter `name` set to `value` (a page's cursor)."""
        kept = [p for p in self.parameters if not (p.location == "query" and p.name == name)]
        return replace(self, parameters=[*kept, Parameter("query", name, value, "form", True)])


def request_body(
    params: RequestModel | NotGiven,
    model: Callable[..., RequestModel],
    keywords: Mapping[str, object],
    validate: Callable[[JsonObject], list[ValidationIssue]],
    *,
    enabled: bool,
) -> JsonObject:
    """The JSON body of a call, validated (unless `enabled` is False)."""
    given = {name: value for name, value in keywords.items() if not isinstance(value, NotGiven)}
    if isinstance(params, NotGiven):
        body = model(**given).to_dict()
    elif given:
        names = ", ".join(sorted(given))
        raise TypeError(f"pass the request model or keyword arguments, not both (got {names})")
    else:
        body = params.to_dict()
    _check(body, validate, enabled)
    return body


def multipart_body(
    model: Callable[..., RequestModel],
    keywords: Mapping[str, object],
    file_fields: Mapping[str, str],
    validate: Callable[[JsonObject], list[ValidationIssue]],
    *,
    enabled: bool,
) -> Multipart:
    """A multipart body: the files taken out, the rest validated as the spec's JSON object
    (each file stands in as the string the spec's `format: binary` describes). `file_fields`
    maps the file arguments to their wire names; a list of files goes as `name[]` parts, as
    openai-python sends them."""
    given = {name: value for name, value in keywords.items() if not isinstance(value, NotGiven)}
    files = {name: given[name] for name in file_fields if name in given}
    stand_ins = {name: _stand_in(name, value) for name, value in files.items()}
    body = model(**{**given, **stand_ins}).to_dict()
    _check(body, validate, enabled)
    wire = {file_fields[name] for name in files}
    fields = {name: value for name, value in body.items() if name not in wire}
    parts = [
        (file_fields[name] + ("[]" if isinstance(value, list) else ""), one)
        for name, value in files.items()
        for one in files_of(value)
    ]
    return Multipart(fields, parts)


def json_bytes(body: JsonObject) -> bytes:
    """A JSON body as sent: compact UTF-8, no NaN."""
    text = json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return text.encode("utf-8")


def _stand_in(name: str, value: object) -> JsonValue:
    if is_file(value):
        return FILE_STAND_IN
    if isinstance(value, list) and all(is_file(item) for item in value):
        return [FILE_STAND_IN] * len(value)
    raise TypeError(
        f"{name}: expected a file (bytes, a path, a binary file or a (name, content[, type]) "
        f"tuple) or a list of them, not {type(value).__name__}"
    )


def _check(
    body: JsonObject, validate: Callable[[JsonObject], list[ValidationIssue]], enabled: bool
) -> None:
    if enabled:
        issues = validate(body)
        if issues:
            raise ValidationError(issues)
