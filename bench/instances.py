"""The instances every contender is timed on: five requests, a long request and a large response.

Each is a JSON value as `json.loads` returns it. The harness hands every contender its own deep
copy (`copies`), so nothing one contender does to its input can reach another.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REQUEST, RESPONSE = "SessionCreateParams", "SessionCreateResponse"
TOOL_COUNT = 50

# The same "every field set" request the model tests use.
FULL: dict[str, Any] = json.loads(
    (ROOT / "tests" / "data" / "session_create_params_full.json").read_text(encoding="utf-8")
)


@dataclass(frozen=True)
class Instance:
    label: str
    """The column heading."""
    component: str
    """The schema under `#/components/schemas/` the instance is checked against."""
    data: Any
    valid: bool
    about: str
    """One line for the README: what the instance is."""


def _with(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(FULL)
    for key, value in changes.items():
        if "__" in key:
            outer, inner = key.split("__")
            data[outer][inner] = value
        else:
            data[key] = value
    return data


def _tool(index: int) -> dict[str, Any]:
    """A function tool as a real application declares one: a JSON Schema of a few arguments."""
    return {
        "type": "function",
        "name": f"tool_{index:02d}",
        "description": f"Look up record {index} by id and return its fields as JSON.",
        "parameters": {
            "type": "object",
            "properties": {
                "id": {"type": "string", "description": "The record id."},
                "fields": {"type": "array", "items": {"type": "string"}},
                "limit": {"type": "integer", "minimum": 1, "maximum": 100},
            },
            "required": ["id"],
            "additionalProperties": False,
        },
    }


def _large_response() -> dict[str, Any]:
    """A session as the server returns it: every field set, 50 tools, long instructions."""
    return {
        "client_secret": {"value": "ek_" + "x" * 40, "expires_at": 1_767_225_600},
        "input_audio_format": "pcm16",
        "input_audio_transcription": {"model": "whisper-1"},
        "instructions": "Answer briefly and cite the record ids you used. " * 80,
        "max_response_output_tokens": 4096,
        "modalities": ["text", "audio"],
        "output_audio_format": "pcm16",
        "speed": 1.0,
        "temperature": 0.8,
        "tool_choice": "auto",
        "tools": [_tool(i) for i in range(TOOL_COUNT)],
        "tracing": {"workflow_name": "support", "group_id": "g-1", "metadata": {"team": "a"}},
        "turn_detection": {
            "type": "server_vad",
            "threshold": 0.5,
            "prefix_padding_ms": 300,
            "silence_duration_ms": 500,
        },
        "voice": "alloy",
    }


INSTANCES: tuple[Instance, ...] = (
    Instance("full", REQUEST, FULL, True, "`tests/data/session_create_params_full.json`"),
    Instance("empty {}", REQUEST, {}, True, "`{}`, a valid request"),
    Instance(
        "temperature 1.5", REQUEST, _with(temperature=1.5), False, "full, temperature out of range"
    ),
    Instance(
        "threshold 'high'",
        REQUEST,
        _with(turn_detection__threshold="high"),
        False,
        "full, a string where `turn_detection.threshold` wants a number (deep type error)",
    ),
    Instance(
        "unknown key",
        REQUEST,
        _with(tempreature=0.8),
        False,
        "full plus the misspelt property `tempreature`",
    ),
    Instance(
        "50 tools",
        REQUEST,
        _with(tools=[_tool(i) for i in range(TOOL_COUNT)]),
        True,
        f"full with {TOOL_COUNT} function tools",
    ),
    Instance(
        "large response",
        RESPONSE,
        _large_response(),
        True,
        f"a `SessionCreateResponse`: every field, {TOOL_COUNT} tools, 4 KB of instructions",
    ),
)


def copies(count: int) -> list[list[Any]]:
    """`count` independent deep copies of every instance's data: one list per contender."""
    return [[copy.deepcopy(i.data) for i in INSTANCES] for _ in range(count)]
