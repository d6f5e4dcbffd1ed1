"""The rules table: every kind of change, per direction, with its class and the reason for it.

Directions: `request` (what callers send; request models are strict), `response` (what callers
read; the generator parses responses leniently: unknown properties are kept, unknown enum values
accepted, ranges and patterns not checked), `strict-response` (the response half of a schema a
request body also reaches: the generator validates such a model strictly wherever it is parsed,
so a package built from the old spec refuses what it did not know), and `any`. A finding on a
schema that no operation reaches is classed by the response rules, as the generator builds
such a model leniently.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.diff.model import Change, Finding, Level, Side

B, T, C, D = Level.BREAKING, Level.TYPING, Level.COMPATIBLE, Level.DOCS


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    direction: str
    level: Level
    reason: str


# kind -> what the report says changed
TITLES: dict[str, str] = {}
RULES: dict[tuple[str, str], Rule] = {}


def _rule(kind: str, title: str, **by_direction: tuple[Level, str]) -> None:
    TITLES[kind] = title
    for direction, (level, reason) in by_direction.items():
        direction = direction.replace("_", "-")
        rule_id = kind if direction == "any" else f"{direction}-{kind}"
        RULES[kind, direction] = Rule(rule_id, kind, direction, level, reason)


LENIENT = "responses are parsed leniently"
STRICT_OLD = "a request body reaches this model, so it is validated when parsed: a package built"

# --- the document and its operations -------------------------------------------------------
_rule("package-renamed", "package name changed", any=(B, "imports of the old package name fail"))
_rule(
    "server-changed",
    "server URL changed",
    any=(C, "the client's default base_url changes; callers passing base_url= are unaffected"),
)
_rule(
    "info-docs-changed",
    "API title, version or description changed",
    any=(D, "only docstrings and the package version string change"),
)
_rule(
    "security-changed",
    "security requirements or schemes changed",
    any=(B, "not analysed further: authentication changes are assumed to break callers"),
)
_rule(
    "operation-removed", "operation removed", any=(B, "the client method is gone: calls to it fail")
)
_rule(
    "operation-added",
    "operation added",
    any=(C, "a new client method; existing calls are untouched"),
)
_rule(
    "operation-moved",
    "operation moved to another path or method",
    any=(B, "requests to the old path or method (from packages built earlier) stop working"),
)
_rule(
    "client-method-renamed",
    "client method renamed",
    any=(B, "the Python call path (x-sdk-resource, x-sdk-method, tag or operationId) changed"),
)
_rule(
    "operation-docs-changed",
    "operation summary, description or tags changed",
    any=(D, "only the method's docstring changes"),
)
_rule(
    "operation-other-changed",
    "a part the diff does not analyse changed (parameters, headers, callbacks, ...)",
    any=(B, "the generated client supports none of these; assumed to break"),
)
_rule(
    "request-body-added", "optional request body added", any=(C, "calls without a body stay valid")
)
_rule(
    "request-body-added-required",
    "required request body added",
    any=(B, "calls without a body are refused"),
)
_rule(
    "request-body-removed",
    "request body removed",
    any=(B, "the method no longer takes the body's keywords"),
)
_rule(
    "request-body-required",
    "request body made required",
    any=(B, "calls without a body are refused"),
)
_rule(
    "request-body-optional",
    "request body made optional",
    any=(C, "every call that sent a body still does"),
)
_rule(
    "media-type-removed",
    "media type removed",
    any=(B, "the client sends and parses application/json only; other types are errors"),
)
_rule("media-type-added", "media type added", any=(C, "the existing media type still works"))
_rule(
    "success-response-removed",
    "success response removed",
    any=(B, "the method's return type is gone or changes"),
)
_rule(
    "success-response-added",
    "success response added",
    any=(C, "an extra documented success status; the parsed model is unchanged"),
)
_rule(
    "error-response-changed",
    "documented error response added or removed",
    any=(D, "the client raises APIStatusError by status code whatever the spec lists"),
)
_rule("schema-added", "schema added", any=(C, "a new class in the package"))
_rule(
    "class-renamed",
    "class renamed",
    any=(
        B,
        "imports of the old name fail (an inline schema's class has the shorter of its names "
        "only while no other class has it)",
    ),
)
_rule(
    "schema-removed",
    "schema removed",
    any=(B, "the class is no longer exported: imports of it fail"),
)

# --- annotations -----------------------------------------------------------------------------
_rule("docs-changed", "documentation changed", any=(D, "only docstrings change"))
_rule(
    "format-changed",
    "format changed",
    any=(
        D,
        "the generator treats `format` as an annotation (`password` only hides a value "
        "from repr())",
    ),
)
_rule(
    "default-changed",
    "default changed",
    request=(C, "requests that omit it stay valid, but the server assumes another value"),
    response=(D, "a default documents what the server assumes; responses carry the value"),
)
_rule(
    "ref-target-changed",
    "the field's class changed",
    any=(T, "the wire format is the same; the annotation names another class"),
)

# --- types and null ------------------------------------------------------------------------------
_rule(
    "type-changed",
    "type changed",
    any=(B, "values of the old type are refused and values of the new type are unexpected"),
)
_rule(
    "type-narrowed",
    "type narrowed",
    request=(B, "values of the removed type are refused"),
    response=(C, "every value read still has the old type (an int where a float was)"),
)
_rule(
    "type-widened",
    "type widened",
    request=(C, "every value sent before is still accepted"),
    response=(B, "readers get values of a type their code never handled"),
)
_rule(
    "nullable-added",
    "made nullable",
    request=(C, "None (JSON null) is accepted as well"),
    response=(B, "readers may get None: the annotation gains `| None`"),
)
_rule(
    "nullable-removed",
    "made non-nullable",
    request=(B, "None (JSON null) is refused"),
    response=(C, "readers no longer get None"),
)

# --- enums -----------------------------------------------------------------------------------
_rule(
    "enum-value-removed",
    "value removed from a closed enum",
    request=(B, "requests sending it are refused, and its Literal no longer admits it"),
    response=(T, f"{LENIENT} and their enums typed `Literal[...] | str`: the Literal narrows"),
)
_rule(
    "enum-value-added",
    "value added to a closed enum",
    request=(C, "every value sent before is still accepted"),
    response=(C, f"{LENIENT}: unknown values were accepted already; the Literal gains it"),
    strict_response=(B, f"{STRICT_OLD} from the old spec refuses the new value"),
)
_rule(
    "open-enum-value-removed",
    "known value removed from an open enum",
    any=(T, "any string is still sent and accepted; the `Literal[...] | str` narrows"),
)
_rule(
    "open-enum-value-added",
    "known value added to an open enum",
    any=(C, "any string was accepted already; the Literal gains it"),
)
_rule(
    "enum-added",
    "values restricted to an enum",
    request=(B, "values outside the list are refused"),
    response=(T, f"{LENIENT}: the annotation becomes `Literal[...] | str`"),
)
_rule(
    "enum-removed",
    "enum restriction removed",
    request=(C, "every value sent before is still accepted"),
    response=(T, "the annotation loses its Literal"),
    strict_response=(B, f"{STRICT_OLD} from the old spec refuses values outside the old list"),
)
_rule(
    "enum-opened",
    "closed enum made open (any string allowed)",
    request=(C, "every value sent before is still accepted; the annotation gains `| str`"),
    response=(C, f"{LENIENT}: response enums were typed `Literal[...] | str` already"),
    strict_response=(B, f"{STRICT_OLD} from the old spec refuses the new strings"),
)
_rule(
    "enum-closed",
    "open enum made closed (only the listed values)",
    request=(B, "strings outside the list are refused; the annotation loses `| str`"),
    response=(C, f"{LENIENT}: the annotation stays `Literal[...] | str`"),
)

# --- constraints -----------------------------------------------------------------------------
_NARROWED_REQ = (B, "values that were valid are refused")
_WIDENED_REQ = (C, "every value sent before is still accepted")
_NARROWED_RESP = (C, "every value read was already within the old limits")
_WIDENED_RESP = (C, f"{LENIENT}: the generated models do not check limits when parsing")
_WIDENED_STRICT = (B, f"{STRICT_OLD} from the old spec refuses values outside the old limits")
for _what, _keywords in (
    ("range", "range"),
    ("length", "length or size"),
):
    _rule(
        f"{_what}-narrowed", f"{_keywords} narrowed", request=_NARROWED_REQ, response=_NARROWED_RESP
    )
    _rule(
        f"{_what}-widened",
        f"{_keywords} widened",
        request=_WIDENED_REQ,
        response=_WIDENED_RESP,
        strict_response=_WIDENED_STRICT,
    )
_rule("pattern-added", "pattern added", request=_NARROWED_REQ, response=_NARROWED_RESP)
_rule(
    "pattern-changed",
    "pattern changed",
    request=(B, "values the old pattern accepted may be refused"),
    response=(C, f"{LENIENT}: patterns are not checked when parsing"),
)
_rule(
    "pattern-removed",
    "pattern removed",
    request=_WIDENED_REQ,
    response=_WIDENED_RESP,
    strict_response=_WIDENED_STRICT,
)
_rule(
    "constraint-changed",
    "another validation keyword changed",
    request=(B, "not analysed further: assumed to refuse values that were valid"),
    response=(C, f"{LENIENT}: the keyword is not checked when parsing"),
)

# --- objects ---------------------------------------------------------------------------------
_rule(
    "property-removed",
    "property removed",
    request=(B, "the keyword argument and attribute are gone; sending it fails"),
    response=(B, "the attribute is gone: code reading it fails"),
)
_rule(
    "property-added",
    "optional property added",
    request=(C, "a new optional keyword; calls without it are unchanged"),
    response=(C, f"{LENIENT}: it was kept in extra_properties before, now it is an attribute"),
)
_rule(
    "property-added-to-closed",
    "optional property added to a closed object",
    request=(C, "a new optional keyword; calls without it are unchanged"),
    response=(C, f"{LENIENT}: unknown properties are kept, whatever additionalProperties says"),
    strict_response=(B, f"{STRICT_OLD} from the old spec refuses the unknown property"),
)
_rule(
    "required-property-added",
    "required property added",
    request=(B, "calls without it are refused; the keyword is required in the signature"),
    response=(C, f"{LENIENT}: readers get one more attribute, always present"),
)
_rule(
    "property-became-required",
    "property made required",
    request=(B, "requests that omit it are refused; the keyword becomes required"),
    response=(C, "readers always get it; `| NotGiven` leaves the annotation"),
)
_rule(
    "property-became-optional",
    "property made optional",
    request=(C, "requests that send it are unchanged; the keyword becomes optional"),
    response=(
        B,
        "the attribute may be NOT_GIVEN, and the old package refuses a response without it",
    ),
)
_rule(
    "additional-properties-closed",
    "additional properties no longer allowed",
    request=(B, "requests with extra properties are refused"),
    response=(C, f"{LENIENT}: unknown properties are kept in extra_properties all the same"),
)
_rule(
    "additional-properties-opened",
    "additional properties allowed",
    request=(C, "every request sent before is still accepted"),
    response=(C, f"{LENIENT}: unknown properties were kept in extra_properties already"),
    strict_response=(B, f"{STRICT_OLD} from the old spec refuses the extra properties"),
)
_rule(
    "union-variant-added",
    "variant added to anyOf/oneOf",
    request=(C, "every value sent before is still accepted"),
    response=(B, "readers get values of a variant their code never handled"),
)
_rule(
    "union-variant-removed",
    "variant removed from anyOf/oneOf",
    request=(B, "values of the removed variant are refused"),
    response=(C, "readers no longer get the removed variant"),
)


_DIRECTIONS = {
    Side.REQUEST: ("request",),
    Side.RESPONSE: ("response",),
    Side.BOTH: ("request", "strict-response"),
    Side.NONE: ("response",),
}


def rule_for(kind: str, direction: str) -> Rule:
    """The rule for a kind of change in one direction (strict responses fall back on responses)."""
    for candidate in (direction, "response" if direction == "strict-response" else "", "any"):
        if (kind, candidate) in RULES:
            return RULES[kind, candidate]
    raise KeyError(f"no rule for {kind} ({direction})")


def classify(finding: Finding) -> Change:
    """The change, classed by the worst rule among the directions its side concerns."""
    rules = [rule_for(finding.kind, direction) for direction in _DIRECTIONS[finding.side]]
    worst = max(rules, key=lambda rule: rule.level)  # the first of equals: the request's
    return Change(finding, worst.id, worst.level, worst.reason)
