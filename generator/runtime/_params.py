"""Path, query and header parameters on the wire, as OpenAPI's serialization styles say.

path: `simple` (the value percent-encoded, `/` included); query: `form` (arrays repeat the name
when exploded, else one comma-joined value; an exploded object sends each property as a
parameter of its own), `spaceDelimited`/`pipeDelimited` and `deepObject` (`name[key]=value`);
header: `simple` (arrays comma-joined). Booleans are `true`/`false` as JSON writes them; `None`
(JSON null) and `NOT_GIVEN` values are left out, as openai-python leaves them out.

Each parameter carries the generated validator of its schema: `check_parameters` checks the
values that are sent and raises `ValidationError` (as a bad body does), each problem named by
the parameter's place and wire name (`/query/order`, `/header/openai-beta/0`), as Prism's
`location` does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import quote

from ._types import NotGiven
from ._validation import ValidationError, ValidationIssue

__all__ = [
    "Parameter",
    "build_path",
    "check_parameters",
    "form_data",
    "form_fields",
    "header_values",
    "parameter_issues",
    "query_pairs",
    "text",
]

DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


@dataclass(frozen=True)
class Parameter:
    """One parameter of a call: where it goes, its wire name, its style and its value."""

    location: str
    """`path`, `query` or `header`."""
    name: str
    value: object
    style: str
    explode: bool
    validate: Callable[[object], list[ValidationIssue]] | None = None
    """The spec's check of the value (a generated validator); None: nothing to check."""


def text(value: object) -> str:
    """A scalar as parameters carry it: JSON's `true`/`false`, numbers and strings as they are."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float | int | str):
        return str(value)
    return json.dumps(value, separators=(",", ":"))


def given(value: object) -> bool:
    return not isinstance(value, NotGiven) and value is not None


def check_parameters(parameters: Iterable[Parameter]) -> None:
    """Raise `ValidationError` (as a bad body does) listing `parameter_issues`, if any."""
    issues = parameter_issues(parameters)
    if issues:
        raise ValidationError(issues)


def parameter_issues(parameters: Iterable[Parameter]) -> list[ValidationIssue]:
    """What is wrong with the values that are sent (a path parameter always is), each issue's
    pointer led by the parameter's place and wire name."""
    issues: list[ValidationIssue] = []
    for parameter in parameters:
        sent = parameter.location == "path" or given(parameter.value)
        if parameter.validate is None or not sent:
            continue
        name = parameter.name.replace("~", "~0").replace("/", "~1")
        place = f"/{parameter.location}/{name}"
        issues += [
            ValidationIssue(place + issue.pointer, issue.keyword, issue.message)
            for issue in parameter.validate(_as_json(parameter.value))
        ]
    return issues


def _as_json(value: object) -> object:
    """A value as the validators see JSON: sequences as lists, mappings as dicts without the
    items that are not sent."""
    if isinstance(value, Mapping):
        return {key: _as_json(item) for key, item in value.items() if given(item)}
    if isinstance(value, list | tuple):
        return [_as_json(item) for item in value]
    return value


def build_path(template: str, parameters: Iterable[Parameter]) -> str:
    """`/files/{file_id}` with each `{name}` replaced by its value, percent-encoded."""
    path = template
    for parameter in parameters:
        if parameter.location == "path":
            value = parameter.value
            if isinstance(value, list | tuple):
                value = ",".join(text(item) for item in value)
            path = path.replace("{" + parameter.name + "}", quote(text(value), safe=""))
    return path


def query_pairs(parameters: Iterable[Parameter]) -> list[tuple[str, str]]:
    """The query string's name/value pairs, in the order the parameters are declared."""
    pairs: list[tuple[str, str]] = []
    for parameter in parameters:
        if parameter.location == "query" and given(parameter.value):
            pairs += _query_pairs(parameter)
    return pairs


def _query_pairs(parameter: Parameter) -> list[tuple[str, str]]:
    name, value = parameter.name, parameter.value
    if isinstance(value, Mapping):
        items = [(str(key), item) for key, item in value.items() if given(item)]
        if parameter.style == "deepObject":
            return [(f"{name}[{key}]", text(item)) for key, item in items]
        if parameter.explode:
            return [(key, text(item)) for key, item in items]
        return [(name, ",".join(f"{key},{text(item)}" for key, item in items))]
    if isinstance(value, list | tuple):
        if parameter.explode and parameter.style == "form":
            return [(name, text(item)) for item in value]
        delimiter = DELIMITERS.get(parameter.style, ",")
        return [(name, delimiter.join(text(item) for item in value))]
    return [(name, text(value))]


def header_values(parameters: Iterable[Parameter]) -> dict[str, str]:
    """Header parameters (`simple`): arrays comma-joined, objects as `key,value` pairs."""
    headers: dict[str, str] = {}
    for parameter in parameters:
        if parameter.location != "header" or not given(parameter.value):
            continue
        value = parameter.value
        if isinstance(value, list | tuple):
            headers[parameter.name] = ",".join(text(item) for item in value)
        elif isinstance(value, Mapping):
            separator = "=" if parameter.explode else ","
            items = [f"{key}{separator}{text(item)}" for key, item in value.items()]
            headers[parameter.name] = ",".join(items)
        else:
            headers[parameter.name] = text(value)
    return headers


def form_data(body: Mapping[str, object]) -> dict[str, str | list[str]]:
    """`form_fields` as httpx takes them: a repeated name (`key[]`) as a list of values."""
    data: dict[str, str | list[str]] = {}
    for name, value in form_fields(body):
        if name.endswith("[]"):
            values = data.setdefault(name, [])
            assert isinstance(values, list)
            values.append(value)
        else:
            data[name] = value
    return data


def form_fields(body: Mapping[str, object]) -> list[tuple[str, str]]:
    """A JSON body as multipart form fields, as openai-python sends them: arrays as `key[]`,
    objects as `key[name]`, booleans `true`/`false`; nulls are left out."""
    fields: list[tuple[str, str]] = []
    for key, value in body.items():
        fields += _form_field(key, value)
    return fields


def _form_field(key: str, value: object) -> list[tuple[str, str]]:
    if value is None:
        return []
    if isinstance(value, Mapping):
        return [
            pair for name, item in value.items() for pair in _form_field(f"{key}[{name}]", item)
        ]
    if isinstance(value, list | tuple):
        return [pair for item in value for pair in _form_field(f"{key}[]", item)]
    return [(key, text(value))]
