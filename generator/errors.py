"""Generation errors as values: each names the file, line and JSON pointer it is about."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GenerationError:
    """One problem with the input, located as precisely as the stage that found it can."""

    message: str
    pointer: str = ""
    file: str = ""
    line: int | None = None
    level: str = "error"
    """`error`, or `warning`: generation goes on (unless `--strict`)."""

    def located(self, file: str, line: int | None) -> GenerationError:
        """Fill in the file and line when the stage that found the problem only knew the pointer."""
        return GenerationError(
            self.message,
            self.pointer,
            self.file or file,
            self.line if self.line else line,
            self.level,
        )

    def as_error(self) -> GenerationError:
        """The same problem as an error (`--strict` makes every warning one)."""
        return GenerationError(self.message, self.pointer, self.file, self.line)

    def __str__(self) -> str:
        where = self.file or "<spec>"
        if self.line is not None:
            where += f":{self.line}"
        if self.pointer:
            where += f": {self.pointer}"
        return one_line(f"{where}: {self.level}: {self.message}")


class GenerationFailed(Exception):
    """Raised by a stage with every problem it found; the CLI prints them, one line each."""

    def __init__(self, errors: list[GenerationError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = errors


def one_line(text: str, keep: str = "") -> str:
    """`text` with every unprintable character (but those in `keep`) escaped as `repr` does."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch in keep else repr(ch)[1:-1] for ch in text)
