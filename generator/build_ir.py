"""Stage 4, IR: the resolved document becomes models, aliases and their Python types."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import naming
from generator.errors import GenerationError, GenerationFailed
from generator.ir import AliasIR, ModelIR, PackageIR
from generator.load import LoadedSpec
from generator.model_fields import ModelShape, build_model
from generator.module_plan import ModulePlan, plan_modules
from generator.naming import NamePart
from generator.operation_schemas import parameter_targets, request_reachable, schema_sites
from generator.runtime import runtime_exports
from generator.types import (
    JSON_VALUE,
    SCALARS,
    AliasRef,
    ListType,
    LiteralType,
    MapType,
    ModelRef,
    PyType,
    UnionType,
    flatten,
    intersection,
    nullable,
    open_enum,
)
from generator.vocabulary import lookup, pointer_join, pointer_tokens

COMPONENTS = "#/components/schemas/"
OWN_NAME = "a name the generated package itself uses"
# What generated modules import besides the models: a class of the same name would shadow it.
IMPORTED_NAMES = frozenset(
    {"Any", "ClassVar", "Literal", "Mapping", "Self", "TypeAlias", "Timeout"}
    | {"Iterable", "Sequence"}  # request-side arrays
    | {"Client", "AsyncClient", "SyncAPIClient", "AsyncAPIClient", "RequestOptions"}
)


def package_names() -> set[str]:
    """Names a schema's class may not take: imports and the runtime's public classes."""
    runtime = ("_model", "_types", "_validation", "_exceptions", "_retries", "_base_client")
    return set(IMPORTED_NAMES).union(*(runtime_exports(module) for module in runtime))


_SHAPE = frozenset(
    {"type", "properties", "additionalProperties", "items", "enum", "const"}
    | {"anyOf", "oneOf", "allOf", "$ref"}
)


class IRBuilder:
    """Maps schemas to Python types, creating one model per object schema (memoized by pointer)."""

    def __init__(
        self,
        document: Mapping[str, Any],
        first: IRBuilder | None = None,
        names: Mapping[str, str] | None = None,
    ) -> None:
        """`first`: a builder of the same document, whose document-wide facts this one shares;
        `names`: each model's class name by pointer, as decided from it (`decided_names`)."""
        self.document = document
        self.names = names or {}
        self.name_parts: dict[str, tuple[NamePart, ...]] = {}
        """Each model's way from a named schema, by pointer, in build order."""
        self.plan: ModulePlan = plan_modules(document) if first is None else first.plan
        self.current_module = ""
        """The module of the component being built: schemas outside components it reaches
        (a `$ref` into `paths`) go into it."""
        self.strict_pointers: set[str] = (
            request_reachable(document) if first is None else first.strict_pointers
        )
        self.models: dict[str, ModelIR] = {}
        self.model_refs: dict[str, ModelRef] = {}
        self.own_names = frozenset(package_names())
        self.class_owners: dict[str, str] = dict.fromkeys(self.own_names, OWN_NAME)
        self.aliases: list[AliasIR] = []
        self.alias_refs: dict[str, AliasRef] = {}
        self.in_progress: list[str] = []
        self.operation_types: dict[str, PyType] = {}
        self.errors: list[GenerationError] = []
        self.warnings: list[GenerationError] = []

    def decided_names(self) -> dict[str, str] | None:
        """Each model's class name by pointer, when one differs from the way joined (the name
        it was built with): only with every class known is a shorter name known to be free."""
        names = naming.class_names(self.name_parts, self.class_owners.keys())
        joined = (naming.class_name(*parts) for parts in self.name_parts.values())
        return None if list(names.values()) == list(joined) else names

    def fail(self, message: str, pointer: str) -> PyType:
        self.errors.append(GenerationError(message, pointer))
        return JSON_VALUE

    def claim_name(self, name: str, pointer: str) -> bool:
        owner = self.class_owners.setdefault(name, pointer)
        if owner == OWN_NAME:
            self.fail(f"generated name {name!r} is {OWN_NAME}; rename the schema", pointer)
        elif owner != pointer:
            self.fail(f"generated name {name!r} collides with the one for {owner}", pointer)
        return owner == pointer

    def build_components(self) -> None:
        schemas = self.document.get("components", {}).get("schemas", {})
        for name in schemas:
            pointer = pointer_join(COMPONENTS.rstrip("/"), name)
            self.current_module = self.plan.module_of.get(name, "")
            if self.is_model(schemas[name]):
                self.model_ref(pointer, (name,))
            else:
                self.alias_ref(pointer, name)

    def build_operations(self) -> None:
        """The types of the operations' schemas; an inline object becomes a model named after
        its operation (`<operationId>Body`, `<operationId>Response`). A query object is a
        mapping: its properties are sent as parameters of their own, never as a model."""
        for site in schema_sites(self.document):
            self.current_module = self.operation_module(site.name_parts[0])
            if site.parameter and self.deref(site.schema) in ({}, True):
                self.operation_types[site.pointer] = JSON_VALUE
            elif site.parameter and _object_schema(self.deref(site.schema)):
                self.operation_types[site.pointer] = MapType(JSON_VALUE)
            else:
                self.operation_types[site.pointer] = self.type_of(
                    site.schema, site.pointer, site.name_parts
                )

    def operation_module(self, operation_id: str) -> str:
        """The module of the models an operation's inline schemas make: named after the
        operation, never after a component's module (`_operation` appended if it would be)."""
        module = naming.snake_name(naming.class_name(operation_id))
        while module in self.plan.module_of.values():
            module += "_operation"
        return module

    def full_plan(self, models: tuple[ModelIR, ...]) -> ModulePlan:
        """The components' plan, and after it the operations' modules that hold anything
        (they import components, never the other way round)."""
        extra = [m.module for m in models] + [a.module for a in self.aliases]
        known = set(self.plan.order)
        added = tuple(m for m in dict.fromkeys(extra) if m not in known)
        return ModulePlan(self.plan.module_of, self.plan.order + added)

    def is_model(self, schema: Any) -> bool:
        """An object schema with named properties (directly or through `allOf`)."""
        if not isinstance(schema, dict):
            return False
        if "properties" in schema:
            return True
        if "$ref" in schema and set(schema) & _SHAPE - {"$ref"}:  # `$ref` beside siblings: both
            return self.is_model(self.deref({"$ref": schema["$ref"]}))
        members = schema.get("allOf")
        return isinstance(members, list) and any(self.is_model(self.deref(m)) for m in members)

    def deref(self, schema: Any) -> Any:
        while isinstance(schema, dict) and set(schema) & _SHAPE == {"$ref"}:
            schema = lookup(self.document, schema["$ref"])
        return schema

    def module_for(self, pointer: str) -> str:
        return self.plan.owner(pointer) or self.current_module

    def strict(self, pointer: str) -> bool:
        """Whether the schema at `pointer`, or one it lies in, is reachable from a request."""
        while pointer not in self.strict_pointers:
            pointer, slash, _ = pointer.rpartition("/")
            if not slash:
                return False
        return True

    def free_name(self, name: str, pointer: str) -> str:
        """`name`, or `name_` when the generated package uses `name` itself (a runtime class
        such as `Model`, or an import such as `Literal`): reported, never refused."""
        if self.class_owners.get(name) != OWN_NAME:
            return name
        renamed = name + "_"
        message = f"the schema's class is named {renamed!r}: {name!r} is {OWN_NAME}"
        self.warnings.append(GenerationError(message, pointer, level="warning"))
        return renamed

    def model_ref(self, pointer: str, name_parts: tuple[NamePart, ...]) -> ModelRef:
        if pointer in self.model_refs:
            return self.model_refs[pointer]
        self.name_parts[pointer] = name_parts
        name = self.names.get(pointer) or naming.class_name(*name_parts)
        class_name = self.free_name(name, pointer)
        ref = ModelRef(class_name, naming.snake_name(class_name), self.module_for(pointer))
        self.model_refs[pointer] = ref
        if self.claim_name(ref.class_name, pointer):
            strict = self.strict(pointer)
            shape = ModelShape(ref.class_name, pointer, name_parts, strict, ref.module)
            model = build_model(self, shape, lookup(self.document, pointer))
            self.models[pointer] = model
        return ref

    def alias_ref(self, pointer: str, name: str) -> AliasRef | PyType:
        if pointer in self.alias_refs:
            return self.alias_refs[pointer]
        if pointer in self.in_progress:
            return self.fail("a recursive schema must be an object with properties", pointer)
        alias_name = self.free_name(naming.class_name(name), pointer)
        self.in_progress.append(pointer)
        schema = lookup(self.document, pointer)
        target = self.type_of(schema, pointer, (name,))
        self.in_progress.pop()
        ref = AliasRef(alias_name, target, self.module_for(pointer))
        self.alias_refs[pointer] = ref
        if self.claim_name(alias_name, pointer):
            # Aliases come after every model, each after the aliases it uses (built first, above),
            # so the value needs no quotes and black can wrap it.
            description = schema.get("description") if isinstance(schema, dict) else None
            doc_lines = naming.schema_doc_lines(description, pointer)
            self.aliases.append(AliasIR(alias_name, target, doc_lines, pointer, ref.module))
        return ref

    def type_of(self, schema: Any, pointer: str, name_parts: tuple[NamePart, ...]) -> PyType:
        """The Python type of the value `schema` describes."""
        if schema is True or schema == {}:
            return JSON_VALUE
        if not isinstance(schema, dict):
            return self.fail("the schema `false` admits no value", pointer)
        if "$ref" in schema:
            return self.ref_type(schema, pointer, name_parts)
        if "allOf" in schema:
            return self.all_of_type(schema, pointer, name_parts)
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                return self.union_type(schema[keyword], pointer_join(pointer, keyword), name_parts)
        if "const" in schema:
            return self.literal_type([schema["const"]], pointer, open_=False)
        if "enum" in schema:
            return self.literal_type(schema["enum"], pointer, open_=not self.strict(pointer))
        if isinstance(schema.get("type"), list):
            return self.type_list(schema, pointer, name_parts)
        return self.single_type(schema, pointer, name_parts)

    def ref_type(self, schema: dict[str, Any], pointer: str, parts: tuple[NamePart, ...]) -> PyType:
        if set(schema) & _SHAPE - {"$ref"}:
            # In 2020-12 a `$ref` applies beside its siblings: the value must match both.
            own = {key: value for key, value in schema.items() if key != "$ref"}
            both = {**own, "allOf": [{"$ref": schema["$ref"]}, *own.get("allOf", ())]}
            return self.all_of_type(both, pointer, parts)
        target = schema["$ref"]
        resolved = lookup(self.document, target)
        if self.is_model(resolved):
            name = _component_name(target)
            return self.model_ref(target, (name,) if name else parts)
        if name := _component_name(target):
            return self.alias_ref(target, name)
        if target in self.in_progress:
            return self.fail("a recursive schema must be an object with properties", pointer)
        self.in_progress.append(target)
        result = self.type_of(resolved, target, parts)
        self.in_progress.pop()
        return result

    def all_of_type(
        self, schema: dict[str, Any], pointer: str, parts: tuple[NamePart, ...]
    ) -> PyType:
        if self.is_model(schema):
            return self.model_ref(pointer, parts)
        types = [
            self.type_of(member, pointer_join(pointer, "allOf", index), parts)
            for index, member in enumerate(schema["allOf"])
            if _has_shape(member)
        ]
        if set(schema) & _SHAPE - {"allOf"}:
            own = {key: value for key, value in schema.items() if key != "allOf"}
            types.append(self.type_of(own, pointer, parts))
        narrowest = intersection(types)
        if narrowest is None:
            return self.fail(
                "allOf is supported for objects with properties, or members of which one is "
                f"the narrowest (here: {', '.join(sorted({t.hint() for t in types}))})",
                pointer,
            )
        return narrowest

    def union_type(self, branches: Any, pointer: str, parts: tuple[NamePart, ...]) -> PyType:
        # A `false` branch (one the schema's `type` excludes, generator/branches.py) matches
        # nothing: it adds no type, unless it is all there is (then its error says why).
        possible = [i for i, branch in enumerate(branches) if branch is not False]
        lone = sum(_may_be_object(branches[i]) for i in possible) == 1
        options = [
            self.type_of(
                branches[i], pointer_join(pointer, i), (*parts, _branch(branches[i], i, lone))
            )
            for i in possible or range(len(branches))
        ]
        known = open_enum(options)
        if known is not None:
            return known
        union = UnionType(tuple(flatten(options)))
        if union.ambiguous():
            return self.fail(
                "a union whose object (or array) branches are not all models is not supported",
                pointer,
            )
        if union.shared_kinds() and not self.strict(pointer):
            # A response may carry a variant added later: it stays a plain dict, and says so.
            union = UnionType((*union.options, MapType(JSON_VALUE)))
        return union

    def literal_type(self, values: list[Any], pointer: str, open_: bool) -> PyType:
        if not all(v is None or isinstance(v, (str, int, bool)) for v in values):
            return (
                JSON_VALUE  # Literal[] cannot hold floats, lists or objects; the validator checks.
            )
        if None in values and len(values) > 1:
            rest = [v for v in values if v is not None]
            return nullable(self.literal_type(rest, pointer, open_))
        strings = all(isinstance(v, str) for v in values)
        return LiteralType(tuple(values), open_=open_ and strings)

    def type_list(
        self, schema: dict[str, Any], pointer: str, parts: tuple[NamePart, ...]
    ) -> PyType:
        options = [self.type_of({**schema, "type": t}, pointer, parts) for t in schema["type"]]
        return UnionType(tuple(flatten(options)))

    def single_type(
        self, schema: dict[str, Any], pointer: str, parts: tuple[NamePart, ...]
    ) -> PyType:
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            if "properties" in schema:
                return self.model_ref(pointer, parts)
            extra = schema.get("additionalProperties", True)
            patterns = schema.get("patternProperties") or {}
            if patterns:
                # Keys of a pattern's shape (the validator checks them); typed from the pattern's
                # schema when there is one and nothing else is allowed, else any JSON value.
                only = len(patterns) == 1 and extra is False
                extra = next(iter(patterns.values())) if only else True
            value_parts = (*parts, "Value")
            value = self.type_of(extra, pointer_join(pointer, "additionalProperties"), value_parts)
            return MapType(value)
        # `items` without `type` (common in real specs) means an array was meant.
        if kind == "array" or (kind is None and ("items" in schema or "prefixItems" in schema)):
            # Request-side arrays are typed `Sequence`: a tuple is as good as a list there.
            container = "Sequence" if self.strict(pointer) else "list"
            if "items" not in schema:
                return ListType(JSON_VALUE, container)
            items = pointer_join(pointer, "items")
            return ListType(self.type_of(schema["items"], items, (*parts, "Item")), container)
        if isinstance(kind, str) and kind in SCALARS:
            return SCALARS[kind]
        return JSON_VALUE


def build_package(
    spec: LoadedSpec,
    package_name: str,
    header: str,
    warnings: list[GenerationError] | None = None,
    *,
    operations: bool = False,
) -> PackageIR:
    """Every component and every inline object schema, as models and aliases (and any renamed
    class reported in `warnings`)."""
    builder = _built(IRBuilder(spec.document), operations)
    names = None if builder.errors else builder.decided_names()
    if names is not None:
        builder = _built(IRBuilder(spec.document, builder, names), operations)
    if warnings is not None:
        warnings.extend(builder.warnings)
    models = tuple(builder.models.values())
    errors = builder.errors + _fields_named_like_classes(models, builder.aliases)
    if errors:
        raise GenerationFailed(errors)
    targets = [(m.validator_suffix, m.pointer, m.module) for m in models]
    targets += [(naming.snake_name(a.name), a.pointer, a.module) for a in builder.aliases]
    if operations:
        targets += parameter_targets(spec.document, targets, builder.operation_module)
    return PackageIR(
        package_name=package_name,
        header=header,
        models=models,
        aliases=tuple(builder.aliases),
        validator_targets=tuple(sorted(targets)),
        plan=builder.full_plan(models),
        operation_types=builder.operation_types,
    )


def _built(builder: IRBuilder, operations: bool) -> IRBuilder:
    builder.build_components()
    if operations:
        builder.build_operations()
    return builder


def _fields_named_like_classes(
    models: tuple[ModelIR, ...], aliases: list[AliasIR]
) -> list[GenerationError]:
    """An attribute named like a generated class would hide it from the annotations after it."""
    classes = {m.class_name for m in models} | {a.name for a in aliases}
    return [
        GenerationError(
            f"property {f.wire_name!r} becomes the attribute {f.python_name!r}, which is also "
            "the name of a generated class; rename the property or the schema",
            f.pointer,
        )
        for m in models
        for f in m.fields
        if f.python_name in classes
    ]


def _component_name(ref: str) -> str | None:
    rest = ref.removeprefix(COMPONENTS)
    if ref.startswith(COMPONENTS) and "/" not in rest:
        return pointer_tokens(ref)[-1]
    return None


def _object_schema(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    return (
        kind == "object" or "properties" in schema or (isinstance(kind, list) and "object" in kind)
    )


def _has_shape(schema: Any) -> bool:
    return isinstance(schema, dict) and bool(set(schema) & _SHAPE)


def _branch(branch: Any, index: int, lone: bool) -> naming.Branch:
    title = branch.get("title") if isinstance(branch, dict) else None
    return naming.Branch(title if isinstance(title, str) and title.strip() else None, index, lone)


def _may_be_object(branch: Any) -> bool:
    """Whether a union's branch may admit an object (as far as its own keywords say)."""
    if not isinstance(branch, dict):
        return branch is True
    kind = branch.get("type")
    if kind is not None:
        return "object" in ([kind] if isinstance(kind, str) else kind)
    if "const" in branch:
        return isinstance(branch["const"], dict)
    if "enum" in branch and isinstance(branch["enum"], list):
        return any(isinstance(value, dict) for value in branch["enum"])
    return True


def class_names_of(document: Mapping[str, Any]) -> dict[str, str]:
    """The class of each model and the name of each alias that `build_package` makes of
    `document` (with its client), by the pointer of the schema it is made from; it raises
    GenerationFailed where the generator refuses the document."""
    package = build_package(LoadedSpec("", dict(document), {}), "package", "", operations=True)
    models = {model.pointer: model.class_name for model in package.models}
    return models | {alias.pointer: alias.name for alias in package.aliases}
