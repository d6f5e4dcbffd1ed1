"""Names of the private helpers in the emitted module, derived from JSON pointers.

Every name goes through `stem()`, so identifiers are always `[a-z0-9_]`, never a keyword or a
builtin. Private helper names are unique per pointer: when two pointers sanitize to the same stem,
the later one (in deterministic discovery order) gets a numeric suffix. Public names are never
renamed: a collision there is a generation error (see `public_names`).
"""

from __future__ import annotations

import keyword
import re

from generator.vocabulary import pointer_tokens

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_PUBLIC = re.compile(r"[a-z][a-z0-9_]*\Z")
_DROP = frozenset({"#", "components", "schemas", "$defs", "properties"})


def stem(pointer: str) -> str:
    """A snake_case identifier fragment describing `pointer` (e.g. `session_turn_detection`)."""
    words = []
    for token in pointer_tokens(pointer):
        if token in _DROP:
            continue
        word = _NON_WORD.sub("_", _CAMEL.sub("_", token).lower()).strip("_")
        words.append(word or "x")
    return "_".join(words) or "root"


def is_public_suffix(suffix: str) -> bool:
    """Whether `suffix` can follow `validate_` / `is_valid_` as written."""
    return bool(_PUBLIC.match(suffix)) and not keyword.iskeyword(suffix)


class PrivateNames:
    """Allocates `_<prefix>_<stem>` names: one per (prefix, pointer), never two alike."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], str] = {}
        self._taken: set[str] = set()

    def name(self, prefix: str, pointer: str) -> str:
        key = (prefix, pointer)
        if key not in self._by_key:
            base = f"_{prefix}_{stem(pointer)}"
            name, n = base, 1
            while name in self._taken:
                n += 1
                name = f"{base}_{n}"
            self._taken.add(name)
            self._by_key[key] = name
        return self._by_key[key]

    def constant(self, prefix: str) -> str:
        """A fresh module constant name such as `_PATTERN_3`."""
        n = 1
        while f"_{prefix}_{n}" in self._taken:
            n += 1
        name = f"_{prefix}_{n}"
        self._taken.add(name)
        return name
