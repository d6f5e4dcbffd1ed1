"""Hand-written modules copied verbatim into every generated package (not templates).

This `__init__` is not copied: it says which modules there are and what they export.
"""

from __future__ import annotations

import ast
from pathlib import Path

RUNTIME = Path(__file__).resolve().parent

MODEL_RUNTIME = ("_model.py", "_types.py", "_validation.py")
"""What the models need (standard library only)."""
CLIENT_RUNTIME = (
    "_base_client.py",
    "_exceptions.py",
    "_files.py",
    "_pagination.py",
    "_params.py",
    "_request.py",
    "_response.py",
    "_retries.py",
    "_streaming.py",
)
"""What the client adds."""


def runtime_exports(module: str) -> tuple[str, ...]:
    """The classes and constants a runtime module lists in `__all__` (functions stay put)."""
    tree = ast.parse((RUNTIME / f"{module}.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            names = ast.literal_eval(node.value)
            return tuple(name for name in names if name[:1].isupper())
    raise ValueError(f"generator/runtime/{module}.py has no __all__")
