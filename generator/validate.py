"""Stage 2, validate: the document is OpenAPI 3.1 and uses only the JSON Schema we support.

Our own checks run first because they name the exact JSON pointer; openapi-spec-validator
then checks everything else about the document, once the refs are known to resolve.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import jsonschema_rs
from jsonschema import FormatChecker
from jsonschema.exceptions import ValidationError, best_match
from jsonschema.validators import validator_for
from jsonschema_path import SchemaPath
from openapi_schema_validator import OAS31_BASE_DIALECT_ID as OAS31_DIALECT
from openapi_schema_validator import oas31_format_checker

# The OpenAPI meta-schemas (pinned): `check_schema` knows them, but stops at the first problem.
from openapi_schema_validator._specifications import REGISTRY as OPENAPI_META_SCHEMAS
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from openapi_spec_validator.validation.keywords import KeywordValidator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.ecma_jsonschema import EcmaValidator
from generator.errors import GenerationError, GenerationFailed
from generator.load import LoadedSpec
from generator.schema_walk import all_schema_roots, document_schemas, walk
from generator.vocabulary import (
    JSON_TYPES,
    SUPPORTED_KEYWORDS,
    is_extension,
    lookup,
    pointer_join,
)

DRAFT202012_ID = "https://json-schema.org/draft/2020-12/schema"
SPEC_URI = "urn:spec"  # the document as a JSON Schema resource, so its local $refs resolve
MAX_PROBLEMS_PER_SCHEMA = 20
"""More problems in one schema root are counted in one line, not listed."""


def check_subset(spec: LoadedSpec) -> None:
    """Every schema uses only keywords we support, with values of the right shape."""
    errors = [spec.error(message, pointer) for pointer, message in _subset_problems(spec.document)]
    if errors:
        raise GenerationFailed(errors)


def check_openapi(spec: LoadedSpec) -> None:
    """The document is OpenAPI 3.1 (run after the refs are known to resolve).

    Defaults are checked first, by us, and every schema against the OpenAPI 3.1 dialect, one
    schema root at a time, wherever it sits (`webhooks` and `components/headers` too):
    openapi-spec-validator checks both too, but reports a problem inside a schema by its path
    within that schema only, and it does not look at every part of the document.
    """
    dialect_errors, meta_checked = _dialect_problems(spec)
    errors = _default_problems(spec) + dialect_errors or _openapi_problems(spec, meta_checked)
    if errors:
        raise GenerationFailed(errors)


def _default_problems(spec: LoadedSpec) -> list[GenerationError]:
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, DRAFT202012.create_resource(spec.document)
    )
    errors = []
    for root_pointer, root in all_schema_roots(spec.document):
        for pointer, schema in walk(root, root_pointer):
            if "default" not in schema:
                continue
            validator = EcmaValidator({"$ref": SPEC_URI + pointer}, registry=registry)
            try:
                error = best_match(validator.iter_errors(schema["default"]))
            except (
                Exception
            ):  # a malformed keyword (`minimum: {}`): openapi-spec-validator names it
                continue
            if error is not None:
                message = f"the default {schema['default']!r} does not match its schema: "
                errors.append(spec.error(message + error.message, pointer_join(pointer, "default")))
    return errors


# openapi-spec-validator's format checks, but `regex`: patterns are ECMA-262, not Python's re
# (see `_is_python_regex_verdict`).
_FORMATS_BUT_REGEX = FormatChecker()
_FORMATS_BUT_REGEX.checkers = {
    name: check for name, check in oas31_format_checker.checkers.items() if name != "regex"
}


def _dialect_problems(spec: LoadedSpec) -> tuple[list[GenerationError], set[int]]:
    """Each schema root checked as openapi-spec-validator checks it, keeping where it is: every
    problem, up to `MAX_PROBLEMS_PER_SCHEMA` per root and a line saying how many more; and the
    `id`s of the schema objects so checked, in and below each root."""
    dialect_id = spec.document.get("jsonSchemaDialect", OAS31_DIALECT)
    dialect = validator_for({"$schema": dialect_id})
    if dialect is None:
        return [], set()  # openapi-spec-validator names the unknown dialect
    passes = _fast_meta_check(dialect_id)
    meta = validator_for(dialect.META_SCHEMA, default=dialect)
    checker = meta(
        dialect.META_SCHEMA, format_checker=_FORMATS_BUT_REGEX, registry=OPENAPI_META_SCHEMAS
    )
    errors: list[GenerationError] = []
    checked: set[int] = set()
    for root_pointer, root in all_schema_roots(spec.document):
        if isinstance(root, dict) and "$schema" in root:
            continue  # a dialect of its own: openapi-spec-validator's business
        checked.update(id(schema) for _, schema in walk(root, root_pointer))
        if passes(root):
            continue
        problems = _root_problems(checker.iter_errors(root), root_pointer)
        # In document order (the checker's own order follows no rule we could promise).
        problems.sort(key=lambda problem: (spec.line_of(problem[0]) or 0, problem))
        for pointer, message in problems[:MAX_PROBLEMS_PER_SCHEMA]:
            errors.append(spec.error(f"not valid OpenAPI 3.1: {message}", pointer))
        if len(problems) > MAX_PROBLEMS_PER_SCHEMA:
            more = len(problems) - MAX_PROBLEMS_PER_SCHEMA
            errors.append(spec.error(f"and {more} more problem(s) in this schema", root_pointer))
    return errors, checked


def _fast_meta_check(dialect_id: Any) -> Callable[[Any], bool]:
    """Whether a schema surely passes the dialect's meta-schema: jsonschema-rs answers (in
    Rust, ~200x faster), and jsonschema reads only the schemas it refuses, for the messages.
    It checks the formats jsonschema leaves alone here (`$schema` is a URI), so it refuses
    more, never less (`tests/test_meta_check.py` holds it to that); other dialects get
    jsonschema alone."""
    if dialect_id not in (OAS31_DIALECT, DRAFT202012_ID):
        return lambda schema: False
    resources = [(uri, OPENAPI_META_SCHEMAS[uri].contents) for uri in OPENAPI_META_SCHEMAS]
    validator = jsonschema_rs.validator_for(
        OPENAPI_META_SCHEMAS[dialect_id].contents,
        registry=jsonschema_rs.Registry(resources),
        validate_formats=True,
    )

    def passes(schema: Any) -> bool:
        try:
            return bool(validator.is_valid(schema))
        except (ValueError, TypeError, OverflowError):  # a value outside JSON's (a surrogate)
            return False

    return passes


def _root_problems(found: Iterable[ValidationError], root_pointer: str) -> list[tuple[str, str]]:
    """Each problem once, as (pointer, message): the most telling part of each error (the
    branch of an `anyOf` that came nearest)."""
    problems: dict[tuple[str, str], None] = {}
    for error in found:
        best = best_match([error]) or error
        pointer = pointer_join(root_pointer, *best.absolute_path)
        problems[pointer, best.message.splitlines()[0]] = None
    return list(problems)


def _subset_problems(document: dict[str, Any]) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    for root_pointer, root in document_schemas(document):
        if not isinstance(root, (dict, bool)):
            problems.append((root_pointer, "a schema must be an object or a boolean"))
        for pointer, schema in walk(root, root_pointer):
            problems.extend(_schema_problems(schema, pointer))
    return problems


def _schema_problems(schema: Any, pointer: str) -> list[tuple[str, str]]:
    problems = []
    for key in schema:
        if key not in SUPPORTED_KEYWORDS and not is_extension(key):
            problems.append((pointer_join(pointer, key), f"unsupported keyword {key!r}"))
    types = schema.get("type")
    if types is not None:
        listed = types if isinstance(types, list) else [types]
        for name in listed:
            if not isinstance(name, str) or name not in JSON_TYPES:  # `type: {}` names nothing
                problems.append((pointer_join(pointer, "type"), f"unknown type {name!r}"))
    required = schema.get("required")
    if required is not None and not (
        isinstance(required, list) and all(isinstance(r, str) for r in required)
    ):
        problems.append((pointer_join(pointer, "required"), "'required' must be a list of names"))
    if "properties" in schema and not isinstance(schema["properties"], dict):
        problems.append((pointer_join(pointer, "properties"), "'properties' must be a mapping"))
    if "enum" in schema and not (isinstance(schema["enum"], list) and schema["enum"]):
        problems.append((pointer_join(pointer, "enum"), "'enum' must be a non-empty list"))
    ref = schema.get("$ref")
    if ref is not None and not (isinstance(ref, str) and ref.startswith("#")):
        problems.append((pointer_join(pointer, "$ref"), f"only local $refs are supported: {ref!r}"))
    return problems


def _is_python_regex_verdict(error: Exception) -> bool:
    """openapi-spec-validator's `format: regex` check of a `pattern`, which uses Python's re.

    Patterns are ECMA-262 (`\\p{L}` is valid); the validators stage judges them as such, with
    the pattern's location, so this verdict in the wrong dialect is dropped.
    """
    return getattr(error, "validator", None) == "format" and (
        getattr(error, "validator_value", None) == "regex"
    )


def _openapi_problems(spec: LoadedSpec, meta_checked: set[int]) -> list[GenerationError]:
    """openapi-spec-validator's findings; the schemas in `meta_checked` (by `id`) have passed
    the same meta-schema check already, which it would repeat (the costliest part of its run)."""
    if not str(spec.document.get("openapi", "")).startswith("3.1"):
        found = spec.document.get("openapi")
        return [spec.error(f"expected an OpenAPI 3.1 document, found openapi: {found!r}", "#")]
    errors = []
    validator = _LocatedSpecValidator(spec.document)
    schemas = validator.keyword_validators_registry["schema"]
    # Its own record of schemas already meta-checked (and visited), as sets: it keeps lists.
    schemas.meta_checked_schema_ids = _IdSet(meta_checked)  # type: ignore[attr-defined]
    schemas.visited_schema_ids = _IdSet()  # type: ignore[attr-defined]
    try:
        for error in validator.iter_errors():
            if _is_python_regex_verdict(error):
                continue
            pointer = _real_pointer(spec.document, _where(error))
            message = str(getattr(error, "message", error)).splitlines()[0]
            errors.append(spec.error(f"not valid OpenAPI 3.1: {message}", pointer))
    except Exception as exc:  # the validator's own crash becomes one located line, not a traceback
        if errors:
            return errors  # it tripped over a shape it has just reported
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        errors.append(spec.error(f"openapi-spec-validator could not check the spec: {first}", "#"))
    return errors


# -- openapi-spec-validator, with the place of every problem ------------------------------------


class _IdSet(set[int]):
    """A set that openapi-spec-validator can `append` to, where it expects a list."""

    def append(self, item: int) -> None:
        self.add(item)


_WHERE = "_generator_where"
"""The attribute a located keyword validator puts on each error: the path of the node checked."""


class _PropertiesOnce:
    """openapi-spec-validator's `_collect_properties` (every property name a schema's `allOf`,
    `anyOf`, `oneOf`, `items` and `not` reach), visiting each schema once: its own followed
    `$ref` cycles through them down to the recursion limit, 29 s on a 1.8 kB spec."""

    def _collect_properties(self, schema: SchemaPath, seen: set[int] | None = None) -> set[str]:
        seen = set() if seen is None else seen
        value = schema.read_value()
        if id(value) in seen or not isinstance(value, Mapping):
            return set()
        seen.add(id(value))
        names: set[str] = set()
        if isinstance(value.get("properties"), Mapping):
            names.update(value["properties"])
        for keyword in ("allOf", "anyOf", "oneOf"):
            if isinstance(value.get(keyword), list):
                for branch in schema / keyword:
                    names |= self._collect_properties(branch, seen)
        for keyword in ("items", "not"):
            if keyword in value:
                names |= self._collect_properties(schema / keyword, seen)
        return names


def _located(keyword: str, checker: type[KeywordValidator]) -> type[KeywordValidator]:
    """`checker`, tagging each error it finds with the document path of the node it was given
    (the innermost such node: schema checks recurse through the same class). A `default`'s
    errors are inside the default value, which the checker is given beside its schema."""
    inside = ("default",) if keyword == "default" else ()

    def call(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        node = next((a for a in args if isinstance(a, SchemaPath)), None)
        for found in checker.__call__(self, *args, **kwargs):
            # As openapi-spec-validator's own wrapper does, but before the tag: it copies.
            error = found
            if not isinstance(error, OpenAPIValidationError):
                error = OpenAPIValidationError.create_from(found)
            if node is not None and not hasattr(error, _WHERE):
                relative = tuple(getattr(error, "path", ()))
                setattr(error, _WHERE, (*node.parts, *inside, *relative))
            yield error

    bases = (_PropertiesOnce, checker) if keyword == "schema" else (checker,)
    return type(checker.__name__, bases, {"__call__": call})


class _LocatedSpecValidator(OpenAPIV31SpecValidator):
    """Errors from the whole-document check carry their absolute path already; those from the
    per-node checks (schemas, parameters, operations) only their path inside that node."""

    # A plain class attribute, as the base class declares it.
    keyword_validators = {  # noqa: RUF012
        keyword: _located(keyword, checker)
        for keyword, checker in OpenAPIV31SpecValidator.keyword_validators.items()
    }


def _where(error: Any) -> tuple[Any, ...]:
    where = getattr(error, _WHERE, None)
    return tuple(getattr(error, "path", ())) if where is None else tuple(where)


def _real_pointer(document: Any, parts: Sequence[Any]) -> str:
    """The pointer of the node at `parts` as openapi-spec-validator walked there, following each
    `$ref` on the way to the node it names (where that node is written, and its line)."""
    pointer, node = "#", document
    for part in parts:
        while isinstance(node, dict) and part not in node and isinstance(node.get("$ref"), str):
            try:
                node, pointer = lookup(document, node["$ref"]), node["$ref"]
            except KeyError:
                break
        try:
            node = node[part] if isinstance(node, (dict, list)) else None
        except (KeyError, IndexError, TypeError):
            node = None
        pointer = pointer_join(pointer, part)
    return pointer
