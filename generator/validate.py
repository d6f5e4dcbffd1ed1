"""Stage 2, validate: the document is OpenAPI 3.1 and uses only the JSON Schema we support.

Our own checks run first because they name the exact JSON pointer; openapi-spec-validator
then checks everything else about the document, once the refs are known to resolve.
"""

from __future__ import annotations

from typing import Any

from jsonschema import FormatChecker
from jsonschema.exceptions import SchemaError, best_match
from jsonschema.validators import validator_for
from openapi_schema_validator import OAS31_BASE_DIALECT_ID as OAS31_DIALECT
from openapi_schema_validator import oas31_format_checker
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.ecma_jsonschema import EcmaValidator
from generator.errors import GenerationError, GenerationFailed
from generator.load import LoadedSpec
from generator.schema_walk import document_schemas, walk
from generator.vocabulary import JSON_TYPES, SUPPORTED_KEYWORDS, is_extension, pointer_join

SPEC_URI = "urn:spec"  # the document as a JSON Schema resource, so its local $refs resolve


def check_subset(spec: LoadedSpec) -> None:
    """Every schema uses only keywords we support, with values of the right shape."""
    errors = [spec.error(message, pointer) for pointer, message in _subset_problems(spec.document)]
    if errors:
        raise GenerationFailed(errors)


def check_openapi(spec: LoadedSpec) -> None:
    """The document is OpenAPI 3.1 (run after the refs are known to resolve).

    Defaults are checked first, by us, and then every schema against the OpenAPI 3.1 dialect,
    one schema root at a time: openapi-spec-validator checks both too, but reports a problem
    inside a schema by its path within that schema only, and on line 1.
    """
    errors = _default_problems(spec) or _dialect_problems(spec) or _openapi_problems(spec)
    if errors:
        raise GenerationFailed(errors)


def _default_problems(spec: LoadedSpec) -> list[GenerationError]:
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, DRAFT202012.create_resource(spec.document)
    )
    errors = []
    for root_pointer, root in document_schemas(spec.document):
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


def _dialect_problems(spec: LoadedSpec) -> list[GenerationError]:
    """Each schema root checked as openapi-spec-validator checks it, keeping where it is."""
    dialect = validator_for({"$schema": spec.document.get("jsonSchemaDialect", OAS31_DIALECT)})
    if dialect is None:
        return []  # openapi-spec-validator names the unknown dialect
    errors = []
    for root_pointer, root in document_schemas(spec.document):
        if isinstance(root, dict) and "$schema" in root:
            continue  # a dialect of its own: openapi-spec-validator's business
        check_schema: Any = dialect.check_schema  # its protocol omits `format_checker`
        try:
            check_schema(root, format_checker=_FORMATS_BUT_REGEX)
        except SchemaError as error:
            message = f"not valid OpenAPI 3.1: {error.message.splitlines()[0]}"
            errors.append(spec.error(message, pointer_join(root_pointer, *error.absolute_path)))
    return errors


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


def _openapi_problems(spec: LoadedSpec) -> list[GenerationError]:
    if not str(spec.document.get("openapi", "")).startswith("3.1"):
        found = spec.document.get("openapi")
        return [spec.error(f"expected an OpenAPI 3.1 document, found openapi: {found!r}", "#")]
    errors = []
    try:
        for error in OpenAPIV31SpecValidator(spec.document).iter_errors():
            if _is_python_regex_verdict(error):
                continue
            path = [str(p) for p in getattr(error, "path", ())]
            pointer = pointer_join("#", *path)
            message = str(getattr(error, "message", error)).splitlines()[0]
            errors.append(spec.error(f"not valid OpenAPI 3.1: {message}", pointer))
    except Exception as exc:  # the validator's own crash becomes one located line, not a traceback
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        errors.append(spec.error(f"openapi-spec-validator could not check the spec: {first}", "#"))
    return errors
