"""Client IR, signatures: a method's declarations, overloads and return types per flavour.

The implementation takes everything (a JSON body's properties are optional there, as a whole
request model may come instead). Overloads let a type checker insist on what is required:
with required body properties, one takes the model and one the keywords; where the answer
can stream (`client_streams.py`), the selector's streaming value (`stream: Literal[True]`,
`stream_format: Literal["sse"]`) returns `Stream[Event]` (`AsyncStream`), the others (or
leaving it out, unless its default streams) the answer, and its whole type either.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.client_bodies import BodyIR
from generator.client_parameters import ArgumentIR
from generator.client_responses import ResponseIR
from generator.client_streams import StreamIR
from generator.types import (
    LITERAL,
    MODELS_MODULE,
    NOT_GIVEN_TYPE,
    Import,
    Omittable,
)

COMMON_PARAMS = (
    "extra_headers: Mapping[str, str] | None = None",
    "extra_query: Mapping[str, object] | None = None",
    "extra_body: Mapping[str, JsonValue] | None = None",
    "timeout: Timeout | NotGiven = NOT_GIVEN",
    "max_retries: int | NotGiven = NOT_GIVEN",
)
RUNTIME_HINTS = {
    "request_binary": ("BinaryResponse", Import("._response", "BinaryResponse")),
    "request_text": ("str", None),
    "request_empty": ("None", None),
}


@dataclass(frozen=True)
class Flavour:
    prefix: str
    client_type: str
    def_keyword: str
    await_keyword: str
    page_class: str
    stream_class: str


SYNC = Flavour("", "SyncAPIClient", "def", "", "SyncCursorPage", "Stream")
ASYNC = Flavour("Async", "AsyncAPIClient", "async def", "await ", "AsyncCursorPage", "AsyncStream")


@dataclass(frozen=True)
class FlavouredShape:
    implementation: tuple[str, ...]
    returns: str
    overloads: tuple[tuple[tuple[str, ...], str], ...]
    call_arguments: tuple[str, ...]
    imports: frozenset[Import]


@dataclass(frozen=True)
class Signatures:
    """What a method declares, before a flavour picks its runtime classes."""

    body: BodyIR
    parameters: tuple[ArgumentIR, ...]
    response: ResponseIR
    stream: StreamIR | None

    def arguments(self) -> tuple[ArgumentIR, ...]:
        """Path parameters first (as openai-python has them), the body, then the rest."""
        path = tuple(p for p in self.parameters if p.location == "path")
        rest = tuple(p for p in self.parameters if p.location != "path")
        return path + self.body.arguments + rest

    def flavoured(self, flavour: Flavour) -> FlavouredShape:
        answer, imports = self._answer(flavour)
        returns = answer
        stream_hint = ""
        if self.stream is not None and self.stream.events.type is not None:
            events = self.stream.events.type
            stream_hint = f"{flavour.stream_class}[{events.hint()}]"
            returns = f"{answer} | {stream_hint}"
            imports |= events.imports() | {Import("._streaming", flavour.stream_class)}
        for argument in self.arguments():
            imports |= argument.type.imports()
        if self.body.takes_model and self.body.model is not None:
            model = self.body.model
            imports.add(Import(f"{MODELS_MODULE}.{model.module}", model.class_name))
        if self.parameters:
            imports.add(Import(".", "_params"))
        if self.response.page is not None:
            imports.add(Import(".", "_pagination"))
        overloads = self._overloads(answer, stream_hint, returns)
        if overloads:
            imports |= {Import("typing", "overload")}
        if stream_hint:
            imports |= {LITERAL, NOT_GIVEN_TYPE}
        return FlavouredShape(
            implementation=self._implementation(),
            returns=returns,
            overloads=overloads,
            call_arguments=self._call_arguments(),
            imports=frozenset(imports),
        )

    def _answer(self, flavour: Flavour) -> tuple[str, set[Import]]:
        response = self.response
        if response.call in RUNTIME_HINTS:
            hint, source = RUNTIME_HINTS[response.call]
            return hint, {source} if source else set()
        assert response.type is not None
        imports = set(response.type.imports())
        if response.page is None:
            return response.decoders[0].hint if response.decoders else response.type.hint(), imports
        item = response.page.item_type
        imports |= item.imports() | {Import("._pagination", flavour.page_class)}
        return f"{flavour.page_class}[{response.type.hint()}, {item.hint()}]", imports

    def _call_arguments(self) -> tuple[str, ...]:
        response = self.response
        if response.page is not None:
            return (response.cast, response.page.cursor_source)
        return (response.cast,) if response.cast else ()

    def _implementation(self) -> tuple[str, ...]:
        head: tuple[str, ...] = ("self",)
        if self.body.takes_model:
            assert self.body.model is not None
            head += (f"params: {self.body.model.class_name} | NotGiven = NOT_GIVEN", "/")
        declarations = tuple(a.implementation for a in self.arguments())
        return (*head, "*", *declarations, *COMMON_PARAMS)

    def _overloads(
        self, answer: str, stream_hint: str, both: str
    ) -> tuple[tuple[tuple[str, ...], str], ...]:
        required_body = any(a.required for a in self.body.arguments)
        model_form = self.body.takes_model and (required_body or bool(stream_hint))
        if not model_form and not stream_hint:
            return ()
        found: list[tuple[tuple[str, ...], str]] = []
        if model_form:
            assert self.body.model is not None
            params = tuple(p.declaration for p in self.parameters)
            declarations = ("self", f"params: {self.body.model.class_name}", "/", "*", *params)
            found.append(((*declarations, *COMMON_PARAMS), both))
        keywords = tuple(a.declaration for a in self.arguments())
        if not stream_hint:
            found.append((("self", "/", "*", *keywords, *COMMON_PARAMS), answer))
            return tuple(found)
        assert self.stream is not None
        selector = self.stream.selector
        for stream_declaration, returns in self._stream_variants(answer, stream_hint, both):
            swapped = tuple(
                stream_declaration if a == selector else d
                for a, d in zip(self.arguments(), keywords, strict=True)
            )
            found.append((("self", "/", "*", *swapped, *COMMON_PARAMS), returns))
        return tuple(found)

    def _stream_variants(self, answer: str, stream_hint: str, both: str) -> list[tuple[str, str]]:
        """(the selector's declaration, the return type) of the streaming overload, the other
        one and the one that may do either; leaving the selector out goes with its default."""
        assert self.stream is not None
        name, on, off = self.stream.selector.name, self.stream.on, self.stream.off
        left_out = f"{name}: {Omittable(on if self.stream.by_default else off).hint()} = NOT_GIVEN"
        streaming = left_out if self.stream.by_default else f"{name}: {on.hint()}"
        other = f"{name}: {off.hint()}" if self.stream.by_default else left_out
        whole = f"{name}: {Omittable(self.stream.selector.type).hint()} = NOT_GIVEN"
        return [(streaming, stream_hint), (other, answer), (whole, both)]


def signatures(
    body: BodyIR,
    parameters: tuple[ArgumentIR, ...],
    response: ResponseIR,
    stream: StreamIR | None,
) -> Signatures:
    return Signatures(body, parameters, response, stream)
