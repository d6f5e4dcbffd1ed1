# Generated from tests/cases/union_decoders/spec.yaml by `make generate`; do not edit by hand.
"""The API's resources, as `client.<resource>...<method>(...)`, synchronous and asynchronous.

Each method takes its parameters and the request body's properties as keyword arguments
(omitted is not `None`: left-out arguments are not sent), or a whole request model as its one
positional argument. The body and the parameters are validated against the spec before
anything is sent (`ValidationError`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, overload

from . import _params, _request
from . import models as _models
from . import validators as _validators
from ._base_client import AsyncAPIClient, SyncAPIClient, Timeout
from ._types import NOT_GIVEN, JsonValue, NotGiven
from .models.assistant_run_object import AssistantRunObject
from .models.assistant_tool_definition import AssistantToolDefinition
from .models.code_interpreter_tool_definition import CodeInterpreterToolDefinition
from .models.create_assistant_run_request import CreateAssistantRunRequest
from .models.file_search_tool_definition import FileSearchToolDefinition
from .models.function_call_tool_definition import FunctionCallToolDefinition

__all__ = ["AsyncRunSteps", "AsyncRuns", "RunSteps", "Runs"]


def _parse_list_run_steps_response(data: Any) -> list[AssistantToolDefinition]:
    if isinstance(data, list):
        return [_parse_assistant_tool_definition(item) for item in data]
    raise ValueError("the answer fits none of list[AssistantToolDefinition]")


def _parse_assistant_tool_definition(data: Any) -> AssistantToolDefinition:
    if isinstance(data, dict) and _validators.is_valid_function_call_tool_definition(data):
        return _models.FunctionCallToolDefinition.from_dict(data)
    if isinstance(data, dict) and _validators.is_valid_file_search_tool_definition(data):
        return _models.FileSearchToolDefinition.from_dict(data)
    if isinstance(data, dict) and _validators.is_valid_code_interpreter_tool_definition(data):
        return _models.CodeInterpreterToolDefinition.from_dict(data)
    if isinstance(data, dict) and _validators.is_valid_web_search_preview_tool_definition(data):
        return _models.WebSearchPreviewToolDefinition.from_dict(data)
    if isinstance(data, dict) and _validators.is_valid_computer_use_preview_tool_definition(data):
        return _models.ComputerUsePreviewToolDefinition.from_dict(data)
    if isinstance(
        data, dict
    ) and _validators.is_valid_image_generation_with_partial_images_tool_definition(data):
        return _models.ImageGenerationWithPartialImagesToolDefinition.from_dict(data)
    raise ValueError("the answer fits none of AssistantToolDefinition")


def _parse_get_run_tools_response(data: Any) -> dict[str, AssistantToolDefinition]:
    if isinstance(data, dict):
        return {key: _parse_assistant_tool_definition(value) for key, value in data.items()}
    raise ValueError("the answer fits none of dict[str, AssistantToolDefinition]")


def _parse_get_run_functions_response(data: Any) -> dict[str, FunctionCallToolDefinition]:
    if isinstance(data, dict):
        return {
            key: _models.FunctionCallToolDefinition.from_dict(value) for key, value in data.items()
        }
    raise ValueError("the answer fits none of dict[str, FunctionCallToolDefinition]")


class Runs:
    """Operations under `client.runs`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        params: CreateAssistantRunRequest,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AssistantRunObject: ...

    @overload
    def create(
        self,
        /,
        *,
        tools: Iterable[AssistantToolDefinition],
        additional_tool_definitions: (
            Iterable[FunctionCallToolDefinition | CodeInterpreterToolDefinition] | NotGiven
        ) = NOT_GIVEN,
        tool_definitions_by_name: dict[str, AssistantToolDefinition] | NotGiven = NOT_GIVEN,
        tool_definition_batches: Iterable[Sequence[AssistantToolDefinition]] | NotGiven = NOT_GIVEN,
        nullable_tool_definitions: (
            Iterable[FunctionCallToolDefinition | FileSearchToolDefinition | None] | NotGiven
        ) = NOT_GIVEN,
        tool_definition_or_list: (
            CodeInterpreterToolDefinition | Iterable[AssistantToolDefinition] | NotGiven
        ) = NOT_GIVEN,
        vector_store_file_batches: (
            Iterable[Sequence[Sequence[Sequence[str]]]] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AssistantRunObject: ...

    def create(
        self,
        params: CreateAssistantRunRequest | NotGiven = NOT_GIVEN,
        /,
        *,
        tools: Iterable[AssistantToolDefinition] | NotGiven = NOT_GIVEN,
        additional_tool_definitions: (
            Iterable[FunctionCallToolDefinition | CodeInterpreterToolDefinition] | NotGiven
        ) = NOT_GIVEN,
        tool_definitions_by_name: dict[str, AssistantToolDefinition] | NotGiven = NOT_GIVEN,
        tool_definition_batches: Iterable[Sequence[AssistantToolDefinition]] | NotGiven = NOT_GIVEN,
        nullable_tool_definitions: (
            Iterable[FunctionCallToolDefinition | FileSearchToolDefinition | None] | NotGiven
        ) = NOT_GIVEN,
        tool_definition_or_list: (
            CodeInterpreterToolDefinition | Iterable[AssistantToolDefinition] | NotGiven
        ) = NOT_GIVEN,
        vector_store_file_batches: (
            Iterable[Sequence[Sequence[Sequence[str]]]] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AssistantRunObject:
        """Call the operation createRun.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            tools: -

            additional_tool_definitions: -

            tool_definitions_by_name: -

            tool_definition_batches: -

            nullable_tool_definitions: -

            tool_definition_or_list: -

            vector_store_file_batches: Nested arrays, checked inline as deep as a validator
                function would.

                Constraints: at most 100000000 items.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/runs",
            body=_request.request_body(
                params,
                _models.CreateAssistantRunRequest,
                {
                    "tools": tools,
                    "additional_tool_definitions": additional_tool_definitions,
                    "tool_definitions_by_name": tool_definitions_by_name,
                    "tool_definition_batches": tool_definition_batches,
                    "nullable_tool_definitions": nullable_tool_definitions,
                    "tool_definition_or_list": tool_definition_or_list,
                    "vector_store_file_batches": vector_store_file_batches,
                },
                _validators.validate_create_assistant_run_request,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request(_options, _models.AssistantRunObject.from_dict)


class RunSteps:
    """Operations under `client.run_steps`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        run_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[AssistantToolDefinition]:
        """Call the operation listRunSteps.

        Args:
            run_id: In the path.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "GET",
            "/runs/{run_id}/steps",
            parameters=[
                _params.Parameter(
                    "path",
                    "run_id",
                    run_id,
                    "simple",
                    False,
                    _validators.validate_list_run_steps_run_id,
                ),
            ],
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(_options, _parse_list_run_steps_response)

    def tools_by_name(
        self,
        *,
        run_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, AssistantToolDefinition]:
        """Call the operation getRunTools.

        Args:
            run_id: In the path.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "GET",
            "/runs/{run_id}/tools",
            parameters=[
                _params.Parameter(
                    "path",
                    "run_id",
                    run_id,
                    "simple",
                    False,
                    _validators.validate_get_run_tools_run_id,
                ),
            ],
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(_options, _parse_get_run_tools_response)

    def functions_by_name(
        self,
        *,
        run_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, FunctionCallToolDefinition]:
        """Call the operation getRunFunctions.

        Args:
            run_id: In the path.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "GET",
            "/runs/{run_id}/functions",
            parameters=[
                _params.Parameter(
                    "path",
                    "run_id",
                    run_id,
                    "simple",
                    False,
                    _validators.validate_get_run_functions_run_id,
                ),
            ],
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return self._client.request_json(_options, _parse_get_run_functions_response)


class AsyncRuns:
    """Operations under `client.runs`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        params: CreateAssistantRunRequest,
        /,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AssistantRunObject: ...

    @overload
    async def create(
        self,
        /,
        *,
        tools: Iterable[AssistantToolDefinition],
        additional_tool_definitions: (
            Iterable[FunctionCallToolDefinition | CodeInterpreterToolDefinition] | NotGiven
        ) = NOT_GIVEN,
        tool_definitions_by_name: dict[str, AssistantToolDefinition] | NotGiven = NOT_GIVEN,
        tool_definition_batches: Iterable[Sequence[AssistantToolDefinition]] | NotGiven = NOT_GIVEN,
        nullable_tool_definitions: (
            Iterable[FunctionCallToolDefinition | FileSearchToolDefinition | None] | NotGiven
        ) = NOT_GIVEN,
        tool_definition_or_list: (
            CodeInterpreterToolDefinition | Iterable[AssistantToolDefinition] | NotGiven
        ) = NOT_GIVEN,
        vector_store_file_batches: (
            Iterable[Sequence[Sequence[Sequence[str]]]] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AssistantRunObject: ...

    async def create(
        self,
        params: CreateAssistantRunRequest | NotGiven = NOT_GIVEN,
        /,
        *,
        tools: Iterable[AssistantToolDefinition] | NotGiven = NOT_GIVEN,
        additional_tool_definitions: (
            Iterable[FunctionCallToolDefinition | CodeInterpreterToolDefinition] | NotGiven
        ) = NOT_GIVEN,
        tool_definitions_by_name: dict[str, AssistantToolDefinition] | NotGiven = NOT_GIVEN,
        tool_definition_batches: Iterable[Sequence[AssistantToolDefinition]] | NotGiven = NOT_GIVEN,
        nullable_tool_definitions: (
            Iterable[FunctionCallToolDefinition | FileSearchToolDefinition | None] | NotGiven
        ) = NOT_GIVEN,
        tool_definition_or_list: (
            CodeInterpreterToolDefinition | Iterable[AssistantToolDefinition] | NotGiven
        ) = NOT_GIVEN,
        vector_store_file_batches: (
            Iterable[Sequence[Sequence[Sequence[str]]]] | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AssistantRunObject:
        """Call the operation createRun.

        Args:
            params: A whole request model instead of keyword arguments (not both).

            tools: -

            additional_tool_definitions: -

            tool_definitions_by_name: -

            tool_definition_batches: -

            nullable_tool_definitions: -

            tool_definition_or_list: -

            vector_store_file_batches: Nested arrays, checked inline as deep as a validator
                function would.

                Constraints: at most 100000000 items.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "POST",
            "/runs",
            body=_request.request_body(
                params,
                _models.CreateAssistantRunRequest,
                {
                    "tools": tools,
                    "additional_tool_definitions": additional_tool_definitions,
                    "tool_definitions_by_name": tool_definitions_by_name,
                    "tool_definition_batches": tool_definition_batches,
                    "nullable_tool_definitions": nullable_tool_definitions,
                    "tool_definition_or_list": tool_definition_or_list,
                    "vector_store_file_batches": vector_store_file_batches,
                },
                _validators.validate_create_assistant_run_request,
                enabled=self._client.validate_requests,
            ),
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request(_options, _models.AssistantRunObject.from_dict)


class AsyncRunSteps:
    """Operations under `client.run_steps`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        run_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[AssistantToolDefinition]:
        """Call the operation listRunSteps.

        Args:
            run_id: In the path.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "GET",
            "/runs/{run_id}/steps",
            parameters=[
                _params.Parameter(
                    "path",
                    "run_id",
                    run_id,
                    "simple",
                    False,
                    _validators.validate_list_run_steps_run_id,
                ),
            ],
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(_options, _parse_list_run_steps_response)

    async def tools_by_name(
        self,
        *,
        run_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, AssistantToolDefinition]:
        """Call the operation getRunTools.

        Args:
            run_id: In the path.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "GET",
            "/runs/{run_id}/tools",
            parameters=[
                _params.Parameter(
                    "path",
                    "run_id",
                    run_id,
                    "simple",
                    False,
                    _validators.validate_get_run_tools_run_id,
                ),
            ],
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(_options, _parse_get_run_tools_response)

    async def functions_by_name(
        self,
        *,
        run_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, JsonValue] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, FunctionCallToolDefinition]:
        """Call the operation getRunFunctions.

        Args:
            run_id: In the path.

            extra_headers: Headers to send besides (or instead of) the defaults.

            extra_query: Query parameters to send besides the operation's.

            extra_body: Properties merged into the body after validation.

            timeout: Seconds (or an `httpx.Timeout`) for this call instead of the client's.

            max_retries: Retries for this call instead of the client's `max_retries`.
        """
        _options = _request.RequestOptions(
            "GET",
            "/runs/{run_id}/functions",
            parameters=[
                _params.Parameter(
                    "path",
                    "run_id",
                    run_id,
                    "simple",
                    False,
                    _validators.validate_get_run_functions_run_id,
                ),
            ],
            headers={},
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
            max_retries=max_retries,
        )
        return await self._client.request_json(_options, _parse_get_run_functions_response)
