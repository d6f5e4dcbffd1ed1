"""What the converter does not see: the resource class, its methods and their HTTP calls.

Parsed with tree-sitter (the TypeScript grammar for the .d.mts, JavaScript for the .mjs):

- from the .d.mts, the resource class (`export declare class Sessions extends APIResource`), each
  method's JSDoc, body type and `APIPromise<...>` result; the types the resource exports
  (`export declare namespace Sessions { export { type Session as Session, ... } }`), in order;
  and the line of every interface and property, so that errors point into the file;
- from the .mjs, each method's `this._client.<verb>('<path>', ...)` call and the headers it sets.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass, field

import tree_sitter
import tree_sitter_javascript
import tree_sitter_typescript

from generator.errors import GenerationError, GenerationFailed

HTTP_VERBS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Method:
    """A method of the resource class, as the .d.mts declares it."""

    name: str
    doc: list[str]  # the JSDoc's lines before its first `@tag`, without the `*` gutter
    body_type: str | None
    body_required: bool
    result_type: str | None
    line: int


@dataclass(frozen=True)
class Declarations:
    """The .d.mts, as far as sync needs it."""

    resource: str
    methods: tuple[Method, ...]
    exported_types: tuple[str, ...]
    lines: dict[str, int] = field(default_factory=dict)  # "A.B" and "A.B/prop" -> line

    def line_of(self, type_name: str, prop: str | None = None) -> int | None:
        key = f"{type_name}/{prop}" if prop else type_name
        return self.lines.get(key) or self.lines.get(type_name)


@dataclass(frozen=True)
class HttpCall:
    """One method's request in the .mjs."""

    verb: str
    path: str
    headers: dict[str, str]
    line: int


def parse_types(source: str, where: str) -> Declarations:
    root = _parse(tree_sitter_typescript.language_typescript(), source)
    classes = [n for n in _exported(root) if n.type == "class_declaration"]
    if len(classes) != 1:
        message = f"expected one exported resource class, found {len(classes)}"
        raise GenerationFailed([GenerationError(message, "", where, 1)])
    resource = _text(classes[0].child_by_field_name("name"))
    methods = tuple(_methods(classes[0]))
    exported = _exported_types(root, resource)
    if not exported:
        message = f"no `export declare namespace {resource} {{ export {{ type ... }} }}`"
        raise GenerationFailed([GenerationError(message, "", where, 1)])
    lines: dict[str, int] = {}
    for node in _exported(root):
        _record_lines(node, "", lines)
    return Declarations(resource, methods, exported, lines)


def parse_calls(source: str, where: str) -> dict[str, HttpCall]:
    """Method name -> its HTTP call, for every method of the exported class in the .mjs."""
    root = _parse(tree_sitter_javascript.language(), source)
    calls: dict[str, HttpCall] = {}
    errors: list[GenerationError] = []
    for node in _walk(root):
        if node.type != "method_definition":
            continue
        name = _text(node.child_by_field_name("name"))
        found = [call for call in _walk(node) if _client_verb(call)]
        if len(found) != 1:
            message = (
                f"method {name}: expected one `this._client.<verb>(...)` call, found {len(found)}"
            )
            errors.append(GenerationError(message, "", where, _line(node)))
            continue
        call = found[0]
        arguments = _named(call.child_by_field_name("arguments"))
        if not arguments or arguments[0].type != "string":
            message = (
                f"method {name}: the path is not a plain string literal "
                "(path parameters are not supported)"
            )
            errors.append(GenerationError(message, "", where, _line(call)))
            continue
        headers = {
            _string(pair.child_by_field_name("key")): _string(pair.child_by_field_name("value"))
            for pair in _walk(call)
            if pair.type == "pair" and _type(pair.child_by_field_name("key")) == "string"
        }
        calls[name] = HttpCall(_client_verb(call), _string(arguments[0]), headers, _line(call))
    if errors:
        raise GenerationFailed(errors)
    return calls


def _parse(language: object, source: str) -> tree_sitter.Node:
    parser = tree_sitter.Parser(tree_sitter.Language(language))
    return parser.parse(source.encode("utf-8")).root_node


def _exported(root: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    """The declarations of the top-level `export` statements (through `declare`)."""
    for statement in root.named_children:
        if statement.type != "export_statement":
            continue
        declaration = statement.child_by_field_name("declaration")
        while declaration is not None and declaration.type == "ambient_declaration":
            declaration = declaration.named_children[0] if declaration.named_children else None
        if declaration is not None:
            yield declaration


def _methods(class_node: tree_sitter.Node) -> Iterator[Method]:
    previous: tree_sitter.Node | None = None
    for member in _named(class_node.child_by_field_name("body")):
        if member.type == "method_signature":
            doc = _jsdoc(previous) if previous is not None and previous.type == "comment" else []
            parameters = _named(member.child_by_field_name("parameters"))
            body_param = parameters[0] if parameters else None
            yield Method(
                name=_text(member.child_by_field_name("name")),
                doc=doc,
                body_type=_annotation(body_param),
                body_required=body_param is not None and body_param.type == "required_parameter",
                result_type=_promised(member.child_by_field_name("return_type")),
                line=_line(member),
            )
        previous = member


def _annotation(parameter: tree_sitter.Node | None) -> str | None:
    annotation = parameter.child_by_field_name("type") if parameter is not None else None
    return _text(annotation.named_children[0]) if annotation is not None else None


def _promised(return_type: tree_sitter.Node | None) -> str | None:
    # `APIPromise<SessionCreateResponse>` -> `SessionCreateResponse`.
    generic = return_type.named_children[0] if return_type is not None else None
    if generic is None or generic.type != "generic_type":
        return None
    arguments = _named(generic.child_by_field_name("type_arguments"))
    return _text(arguments[0]) if len(arguments) == 1 else None


def _jsdoc(comment: tree_sitter.Node) -> list[str]:
    text = _text(comment)
    if not text.startswith("/**"):
        return []
    lines = [line.strip() for line in text.removeprefix("/**").removesuffix("*/").splitlines()]
    lines = [line.removeprefix("*").removeprefix(" ").rstrip() for line in lines]
    while lines and not lines[0]:
        lines.pop(0)
    end = next((i for i, line in enumerate(lines) if line.startswith("@")), len(lines))
    lines = lines[:end]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _exported_types(root: tree_sitter.Node, resource: str) -> tuple[str, ...]:
    for node in _exported(root):
        if node.type == "internal_module" and _text(node.child_by_field_name("name")) == resource:
            specifiers = [n for n in _walk(node) if n.type == "export_specifier"]
            return tuple(
                _text(s.child_by_field_name("alias") or s.child_by_field_name("name"))
                for s in specifiers
            )
    return ()


def _record_lines(node: tree_sitter.Node, prefix: str, lines: dict[str, int]) -> None:
    name_node = node.child_by_field_name("name")
    if name_node is None or node.type not in ("interface_declaration", "internal_module"):
        return
    name = prefix + _text(name_node)
    lines.setdefault(name, _line(node))
    for member in _named(node.child_by_field_name("body")):
        # `export interface X` inside a namespace: the declaration under the `export`.
        child = member.child_by_field_name("declaration") or member
        if child.type == "property_signature":
            lines[f"{name}/{_text(child.child_by_field_name('name'))}"] = _line(child)
        elif child.type in ("interface_declaration", "internal_module"):
            _record_lines(child, f"{name}.", lines)


def _client_verb(node: tree_sitter.Node) -> str:
    """`post` for a call `this._client.post(...)`, else ''."""
    if node.type != "call_expression":
        return ""
    function = node.child_by_field_name("function")
    if function is None or function.type != "member_expression":
        return ""
    receiver = function.child_by_field_name("object")
    verb = _text(function.child_by_field_name("property"))
    if receiver is None or _text(receiver) != "this._client" or verb not in HTTP_VERBS:
        return ""
    return verb


def _walk(node: tree_sitter.Node) -> Iterator[tree_sitter.Node]:
    yield node
    for child in node.named_children:
        yield from _walk(child)


def _string(node: tree_sitter.Node | None) -> str:
    """The value of a string literal: its fragments, escape sequences decoded."""
    if node is None or node.type != "string":
        return _text(node)
    parts = []
    for child in node.named_children:
        text = _text(child)
        parts.append(
            codecs.decode(text, "unicode_escape") if child.type == "escape_sequence" else text
        )
    return "".join(parts)


def _named(node: tree_sitter.Node | None) -> list[tree_sitter.Node]:
    return list(node.named_children) if node is not None else []


def _type(node: tree_sitter.Node | None) -> str:
    return node.type if node is not None else ""


def _text(node: tree_sitter.Node | None) -> str:
    return node.text.decode("utf-8") if node is not None and node.text is not None else ""


def _line(node: tree_sitter.Node) -> int:
    return int(node.start_point[0]) + 1
