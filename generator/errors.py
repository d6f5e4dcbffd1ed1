"""Generation errors as values: each names the file, line and JSON pointer it is about."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote


@dataclass(frozen=True)
class GenerationError:
    """One problem with the input, located as precisely as the stage that found it can."""

    message: str
    pointer: str = ""
    file: str = ""
    line: int | None = None

    def located(self, file: str, line: int | None) -> GenerationError:
        """Fill in the file and line when the stage that found the problem only knew the pointer."""
        return GenerationError(
            self.message, self.pointer, self.file or file, self.line if self.line else line
        )

    def __str__(self) -> str:
        where = self.file or "<spec>"
        if self.line is not None:
            where += f":{self.line}"
        if self.pointer:
            where += f": {self.pointer}"
        return one_line(f"{where}: error: {self.message}")


class GenerationFailed(Exception):
    """Raised by a stage with every problem it found; the CLI prints them, one line each."""

    def __init__(self, errors: list[GenerationError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


def escape_token(token: str) -> str:
    """One JSON pointer reference token (RFC 6901): `~` and `/` escaped."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer_join(pointer: str, *tokens: str | int) -> str:
    """Extend a JSON pointer (RFC 6901), escaping `~` and `/` in each token.

    A `#/...` pointer is a URI fragment (how `$ref` names a node): there `%` and every
    unprintable character (newline, NUL, ...) are also percent-encoded, so `pointer_tokens`
    gives back exactly the tokens, and a pointer always prints as one line.
    """
    for token in tokens:
        text = escape_token(str(token))
        if pointer.startswith("#"):
            text = _fragment_text(text)
        pointer = f"{pointer}/{text}"
    return pointer


def pointer_tokens(pointer: str) -> list[str]:
    """The unescaped reference tokens of a JSON pointer; a `#/...` one is percent-decoded too."""
    fragment = unquote(pointer[1:], errors="surrogatepass") if pointer.startswith("#") else pointer
    if not fragment:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in fragment.split("/")[1:]]


def _fragment_text(token: str) -> str:
    return "".join(
        ch if ch != "%" and ch.isprintable() else quote(ch, safe="", errors="surrogatepass")
        for ch in token
    )


def one_line(text: str, keep: str = "") -> str:
    """`text` with every unprintable character (but those in `keep`) escaped as `repr` does."""
    return "".join(ch if ch.isprintable() or ch in keep else repr(ch)[1:-1] for ch in text)
