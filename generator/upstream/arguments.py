"""`python -m generator sync`'s arguments, apart from the command (`generator.upstream.cli`),
so that the CLI's parser does not import the sync stages, which only `sync` runs."""

from __future__ import annotations

import argparse
from pathlib import Path

DEFAULT_SNAPSHOT = Path("spec/upstream")
DEFAULT_OVERLAY = Path("spec/overlay.yaml")
DEFAULT_SPEC = Path("spec/realtime_sessions.yaml")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    text = "rebuild the spec from openai-node's types (spec/upstream/) and spec/overlay.yaml"
    command = commands.add_parser("sync", help=text, description=text)
    command.add_argument(
        "--openai-node",
        metavar="VERSION",
        help="first replace the snapshot with this version of the npm package `openai`",
    )
    command.add_argument(
        "--check", action="store_true", help="exit 1 with a diff when the spec is stale"
    )
    for flag, default, what in (
        ("--snapshot", DEFAULT_SNAPSHOT, "the upstream snapshot directory"),
        ("--overlay", DEFAULT_OVERLAY, "the overlay of our decisions"),
        ("--spec", DEFAULT_SPEC, "the spec to write or check"),
    ):
        command.add_argument(flag, type=Path, default=default, help=f"{what} (default: {default})")
