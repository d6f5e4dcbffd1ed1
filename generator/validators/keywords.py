"""The keyword table: JSON Schema keyword -> the small function that emits its checks.

Like fastjsonschema's `draft04.py`, each supported keyword maps to one emitter. A keyword whose
`emit` is `None` is read by a sibling's emitter (`minContains` by `contains`) or only holds
subschemas (`$defs`). The table implements exactly `vocabulary.VALIDATION_KEYWORDS` (a test holds
them equal), the list the validate stage checks specs against. Anything else that is not an
annotation or an `x-*` extension is a generation error: nothing is silently skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.validators import kw_array, kw_generic, kw_object, kw_scalar
from generator.validators.context import Emitter


@dataclass(frozen=True)
class Keyword:
    group: str | None  # the JSON type the keyword applies to; None: any value
    emit: Emitter | None


KEYWORDS: dict[str, Keyword] = {
    "type": Keyword(None, None),  # the compiler emits it first, with the group guards
    "$defs": Keyword(None, None),
    "$ref": Keyword(None, kw_generic.ref),
    "enum": Keyword(None, kw_generic.enum),
    "const": Keyword(None, kw_generic.const),
    "allOf": Keyword(None, kw_generic.all_of),
    "anyOf": Keyword(None, kw_generic.any_of),
    "oneOf": Keyword(None, kw_generic.one_of),
    "not": Keyword(None, kw_generic.not_),
    "required": Keyword("object", kw_object.required),
    "properties": Keyword("object", kw_object.properties),
    "patternProperties": Keyword("object", kw_object.pattern_properties),
    "additionalProperties": Keyword("object", kw_object.additional_properties),
    "propertyNames": Keyword("object", kw_object.property_names),
    "minProperties": Keyword("object", kw_object.min_properties),
    "maxProperties": Keyword("object", kw_object.max_properties),
    "dependentRequired": Keyword("object", kw_object.dependent_required),
    "dependentSchemas": Keyword("object", kw_object.dependent_schemas),
    "prefixItems": Keyword("array", kw_array.prefix_items),
    "items": Keyword("array", kw_array.items),
    "minItems": Keyword("array", kw_array.min_items),
    "maxItems": Keyword("array", kw_array.max_items),
    "uniqueItems": Keyword("array", kw_array.unique_items),
    "contains": Keyword("array", kw_array.contains),
    "minContains": Keyword("array", kw_array.check_contains_bound),
    "maxContains": Keyword("array", kw_array.check_contains_bound),
    "minLength": Keyword("string", kw_scalar.min_length),
    "maxLength": Keyword("string", kw_scalar.max_length),
    "pattern": Keyword("string", kw_scalar.pattern),
    "minimum": Keyword("number", kw_scalar.minimum),
    "maximum": Keyword("number", kw_scalar.maximum),
    "exclusiveMinimum": Keyword("number", kw_scalar.exclusive_minimum),
    "exclusiveMaximum": Keyword("number", kw_scalar.exclusive_maximum),
    "multipleOf": Keyword("number", kw_scalar.multiple_of),
}
