"""Hostile and malformed specs: an exact, located refusal, or code that keeps every value exactly.

`tests/hostile/<name>.yaml` is refused with exactly `<name>.stderr` (exit 2, one
`file:line: pointer: error: message` line per problem, nothing written). The hostile specs
that must be accepted are cases (`tests/cases/{yaml12_scalars,python_names,control_chars,
pointer_escaping}`): their expected output, mypy --strict and ruff are checked with every case;
here they are imported in a fresh process and their hostile names and values round-trip.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from textwrap import dedent
from typing import Any

import pytest

from generator import pipeline, workers
from generator.cli import main
from generator.errors import GenerationFailed
from generator.load import LoadedSpec
from generator.pipeline import generate_files
from generator.stack import RECURSION_LIMIT, TOO_DEEP, on_deep_stack
from generator.validate import check_openapi
from generator.write import write_files
from tests.conftest import CASES, ROOT, run_generator
from tests.fake_pools import NoProcesses

HOSTILE = ROOT / "tests" / "hostile"
ERROR_LINE = re.compile(r"[^:\n]+:[0-9]+: #[^\s]*: error: \S.*")
NOBODY = 65534


def hostile_names() -> list[str]:
    return sorted(p.stem for p in HOSTILE.glob("*.yaml"))


Generate = Callable[[Path, str], tuple[int, str]]


@pytest.fixture
def generate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Generate:
    """`python -m generator generate` in this process, from `tmp_path`: exit code and stderr."""
    monkeypatch.chdir(tmp_path)

    def run(out: Path, spec: str) -> tuple[int, str]:
        code = main(["generate", "--spec", spec, "--out", str(out)])
        return code, capsys.readouterr().err

    return run


def assert_untouched(out: Path) -> None:
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert (out / "keep.txt").read_text() == "untouched"
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".out.")]


@pytest.fixture
def out(tmp_path: Path) -> Path:
    directory = tmp_path / "out"
    directory.mkdir()
    (directory / "keep.txt").write_text("untouched")
    return directory


@pytest.mark.parametrize("name", hostile_names())
def test_refused_exactly_with_located_lines_and_nothing_written(
    name: str, tmp_path: Path, out: Path, generate: Generate
) -> None:
    shutil.copyfile(HOSTILE / f"{name}.yaml", tmp_path / f"{name}.yaml")
    code, stderr = generate(out, f"{name}.yaml")
    assert code == 2
    assert stderr == (HOSTILE / f"{name}.stderr").read_text(encoding="utf-8")
    *errors, summary = stderr.splitlines()
    assert errors and all(ERROR_LINE.fullmatch(line) for line in errors), stderr
    assert summary == f"{len(errors)} error(s); nothing was written."
    assert_untouched(out)


@pytest.mark.slow  # subprocesses
def test_no_traceback_from_the_command_line(tmp_path: Path, out: Path) -> None:
    for name in ("alias_bomb", "nesting_too_deep", "not_utf8", "lone_surrogates"):
        result = run_generator(
            "generate", "--spec", str(HOSTILE / f"{name}.yaml"), "--out", str(out), cwd=tmp_path
        )
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert result.stderr.endswith("nothing was written.\n")
    assert_untouched(out)


SPEC = CASES / "nested" / "spec.yaml"


def test_out_is_a_file(tmp_path: Path, generate: Generate) -> None:
    target = tmp_path / "target"
    target.write_text("mine")
    code, stderr = generate(target, str(SPEC))
    assert code == 2
    assert stderr == f"{target}: error: exists and is not a directory; pick a directory for --out\n"
    assert target.read_text() == "mine"


def test_out_under_a_file(tmp_path: Path, generate: Generate) -> None:
    (tmp_path / "file").write_text("mine")
    code, stderr = generate(tmp_path / "file" / "out", str(SPEC))
    assert code == 2
    assert stderr == (
        f"{tmp_path / 'file' / 'out'}: error: {tmp_path / 'file'} is a file, so no directory "
        "can be made under it\n"
    )
    assert (tmp_path / "file").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


@pytest.mark.slow  # subprocesses
def test_out_in_a_read_only_directory(tmp_path: Path) -> None:
    """Run as an unprivileged user (root writes anywhere): one error line, nothing made."""
    command = [sys.executable, "-m", "generator"]
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: a read-only directory is writable")
        command = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
    shared = Path(tmp_path.root, "tmp") / f"ro-{os.getpid()}-{tmp_path.name}"
    shared.mkdir(mode=0o755)
    try:
        spec = shared / "spec.yaml"
        shutil.copyfile(SPEC, spec)
        spec.chmod(0o644)
        (shared / "ro").mkdir(mode=0o555)
        target = shared / "ro" / "out"
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        result = subprocess.run(
            [*command, "generate", "--spec", str(spec), "--out", str(target)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert result.returncode == 2, result.stderr
        assert re.fullmatch(
            rf"{re.escape(str(target))}: error: cannot write the output: Permission denied "
            rf"\({re.escape(str(shared / 'ro'))}/\.out\.new-\w+\); nothing was changed\n",
            result.stderr,
        ), result.stderr
        assert list((shared / "ro").iterdir()) == []
    finally:
        (shared / "ro").chmod(0o755)
        shutil.rmtree(shared)


ROUND_TRIPS = {
    "yaml12_scalars": """
        from case_yaml12_scalars import Flags, __version__, validators

        data = {"yes": "no", "no": "n", "on": True, "off": "off", "y": "y", "<<": "m"}
        flags = Flags.from_dict({**data, "country": "NO"})
        assert (flags.yes, flags.on, flags.property, flags.country) == ("no", True, "m", "NO")
        assert flags.to_dict() == {**data, "country": "NO"}
        assert __version__ == "1"  # a version is PEP 440 (tests/test_errors.py)
        strings = ["NO", "SE", "y", "n", "Yes", "ON", "2024-01-01", "1_000", "12:30"]
        for value in [*strings, None, 15, 31, 17, 1000.0]:
            assert validators.is_valid_flags({"country": value}), value
        for value in [False, True, "~", "0o17", "0x1F", "017", 750, 8, 1]:
            assert not validators.is_valid_flags({"country": value}), value
    """,
    "python_names": """
        import builtins
        import case_python_names as m

        wire = {"False": True, "class": "c", "match": "m", "case": "k", "_": "u", "type": "t",
                "id": "i", "object": "o", "__import__": 1}
        none = m.None_.from_dict(wire)
        assert (none.False_, none.class_, none.property, none.import_) == (True, "c", "u", 1)
        assert none.to_dict() == wire and m.None_.from_dict(none.to_dict()) == none
        names = ["dict", "list", "str", "int", "float", "bool", "tuple", "frozenset", "field",
                 "self", "Any", "Literal", "NotGiven", "NOT_GIVEN", "Self", "ClassVar",
                 "JsonValue", "Mapping"]
        wire = {name: name for name in names}
        wire.update({"dict": {"a": 1}, "list": ["x"], "int": 2, "float": 1.5, "bool": False,
                     "tuple": [1], "frozenset": [2], "Literal": "x", "é": "e", "ﬁeld": "f",
                     "__init__": {"class": "c"}, "next": "a"})
        value = m.Exception_.from_dict(wire)
        assert value.dict_ == {"a": 1} and value.field_ == "field"
        assert value.NOT_GIVEN_ == "NOT_GIVEN" and value.Any_ == "Any"
        assert isinstance(value.init, m.None_) and value.eld == "f" and value.property == "e"
        assert value.to_dict() == wire and m.Exception_.from_json(value.to_json()) == value
        assert m.Exception_().str_ is m.NOT_GIVEN and m.Exception_().to_dict() == {}
        assert builtins.Exception is Exception and m.Exception_ is not Exception
    """,
    "control_chars": """
        import case_control_chars as m

        wire = {"nul\\0name": "\\x1b[31mred\\x1b[0m", "new\\nline": "\\0\\r\\n", "\\x1b[2J": 3}
        value = m.Controls.from_dict(wire)
        assert (value.nul_name, value.new_line, value.n2J) == tuple(wire.values())
        assert value.to_dict() == wire and m.Controls.from_json(value.to_json()) == value
        for text in ["\\0", "\\x1b[31mred\\x1b[0m", "\\u2028", "\\x85", "tab\\there", "\\x7f"]:
            assert m.validators.is_valid_controls({"nul\\0name": text}), repr(text)
        assert not m.validators.is_valid_controls({"nul\\0name": "\\0 "})
        smiley = {"\U0001f600": "\U0001f600!"}
        assert m.Controls.from_dict(smiley).property == "\U0001f600!"
        assert m.Controls.from_dict(smiley).to_dict() == smiley
        assert "NUL \\0, bell \\a, escape \\x1b[31m" in m.Controls.__doc__
        assert m.__version__ == "1" and m.__doc__.startswith("Control \\0 characters \\x1b")
    """,
    "pointer_escaping": """
        import case_pointer_escaping as m

        data = {"a%b": {"x": "%41"}, "t~1": {"x": 1}, "s/l": {"x": "/"}, "n\\nl": {"x": "\\n"},
                "p%25": ["~0"]}
        odd = m.Odd.from_dict(data)
        assert odd.to_dict() == data and m.Odd.from_json(odd.to_json()) == odd
        refs = {"odd": data, "percent": {"x": "y"}, "tilde": {"x": 2}, "slash": {"x": "z"},
                "newline": {"x": "w"}}
        holder = m.Holder.from_dict(refs)
        assert type(holder.percent) is type(odd.a_b) and type(holder.tilde) is type(odd.t_1)
        assert type(holder.slash) is type(odd.s_l) and type(holder.newline) is type(odd.n_l)
        assert holder.to_dict() == refs
        issues = m.validators.validate_odd({"p%25": [""], "t~1": {"x": "no"}, "n\\nl": 1})
        pointers = sorted(issue.pointer for issue in issues)
        assert pointers == ["/n\\nl", "/p%25/0", "/t~01/x"], pointers
    """,
}


@pytest.mark.slow  # subprocesses
@pytest.mark.parametrize("name", sorted(ROUND_TRIPS))
def test_hostile_names_and_values_round_trip_in_a_fresh_process(name: str, tmp_path: Path) -> None:
    spec = CASES / name / "spec.yaml"
    write_files(tmp_path, generate_files(spec, spec.relative_to(ROOT).as_posix()))
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-c", dedent(ROUND_TRIPS[name])],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_recursion_past_the_limit_is_one_located_error() -> None:
    """A spec deep enough to exhaust even the deep stack is refused, not a RecursionError."""

    def forever(depth: int) -> int:
        return forever(depth + 1) + 1

    with pytest.raises(GenerationFailed) as failure:
        on_deep_stack(lambda: forever(0))
    assert [str(e) for e in failure.value.errors] == [f"<spec>: #: error: {TOO_DEEP}"]
    assert sys.getrecursionlimit() < RECURSION_LIMIT  # put back afterwards
    assert on_deep_stack(lambda: sum(range(4))) == 6


OPERATIONS_ONLY = """\
openapi: 3.1.0
info: {title: t, version: "1", x-package-name: opsonly}
servers: [{url: "https://api.example.com/v1"}]
paths:
  /ping:
    post:
      operationId: ping
      responses:
        "204": {description: pong}
"""


def test_operations_without_schemas_make_a_client_without_models(
    tmp_path: Path,
    out: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    import_generated: Callable[[Path, str], Any],
) -> None:
    """Not "nothing to generate": the client is what such a spec asks for, and it needs no model
    (empty `models` and `validators` packages); with --no-client nothing is left, and the
    message says so."""
    monkeypatch.chdir(tmp_path)
    spec = "spec.yaml"
    (tmp_path / spec).write_text(OPERATIONS_ONLY, encoding="utf-8")
    assert main(["generate", "--no-client", "--spec", spec, "--out", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"{spec}:1: #: error: nothing to generate: the spec defines no schemas, and --no-client "
        "leaves out its operations\n1 error(s); nothing was written.\n"
    )
    assert_untouched(out)
    fresh = tmp_path / "generated"
    assert main(["generate", "--spec", spec, "--out", str(fresh)]) == 0
    package = import_generated(fresh, "opsonly")
    assert package.models.__all__ == [] and package.validators.__all__ == []
    with package.Client(api_key="k", base_url="http://127.0.0.1:9") as client:
        assert callable(client.ping.ping)


OPENAPI_REFUSALS = [
    name
    for name in hostile_names()
    if "not valid OpenAPI" in (HOSTILE / f"{name}.stderr").read_text(encoding="utf-8")
]


@pytest.mark.parametrize("name", OPENAPI_REFUSALS)
def test_check_openapi_beside_the_later_stages_still_refuses_first(
    name: str, tmp_path: Path, out: Path, generate: Generate, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large spec's `check_openapi` runs in a process of its own while the later stages go on
    (here forced on small ones): its refusal is still the one reported, whatever the later
    stages made of the document it refuses."""
    monkeypatch.setattr(pipeline, "PARALLEL_CHECK_NODES", 0)
    shutil.copyfile(HOSTILE / f"{name}.yaml", tmp_path / f"{name}.yaml")
    code, stderr = generate(out, f"{name}.yaml")
    assert code == 2
    assert stderr == (HOSTILE / f"{name}.stderr").read_text(encoding="utf-8")
    assert_untouched(out)


def test_check_openapi_beside_the_later_stages_changes_no_output(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    inline = generate_files(SPEC, "spec.yaml")
    monkeypatch.setattr(pipeline, "PARALLEL_CHECK_NODES", 0)
    assert generate_files(SPEC, "spec.yaml") == inline


def test_a_ref_cycle_through_all_of_and_items_is_followed_once() -> None:
    """openapi-spec-validator collects a schema's property names through `allOf` and `items`,
    following `$ref`s; its own walk went round a cycle down to the recursion limit (29 s on a
    1.8 kB fuzzed spec, then a valid spec refused): each schema is visited once now."""
    cycle = "#/components/schemas/Items"
    document = {
        "openapi": "3.1.0",
        "info": {"title": "cycle", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "List": {"allOf": [{"$ref": cycle}]},
                "Items": {
                    "type": "array",
                    "items": {"allOf": [{"$ref": "#/components/schemas/List"}]},
                },
            }
        },
    }
    check_openapi(LoadedSpec("spec.yaml", document, {"#": 1}))


BAD_PATTERN = """\
openapi: 3.1.0
info: {title: badpattern, version: "1"}
paths: {}
components:
  schemas:
    Thing:
      type: object
      properties:
        code: {type: string, pattern: "\\\\p{Foo}"}
"""


def test_the_validators_compiled_in_a_worker_refuse_as_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large spec's validators compile in a worker: what their compiler refuses (here a
    pattern no ECMA-262 engine accepts) is reported as when they compile here."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(BAD_PATTERN, encoding="utf-8")
    refusals = []
    for nodes in (pipeline.PARALLEL_CHECK_NODES, 0):
        monkeypatch.setattr(pipeline, "PARALLEL_CHECK_NODES", nodes)
        with pytest.raises(GenerationFailed) as failure:
            generate_files(spec, "spec.yaml", client=False)
        refusals.append([str(error) for error in failure.value.errors])
    assert refusals[0] == refusals[1]
    assert "invalid ECMA-262 regular expression" in refusals[0][0]


def test_check_openapi_where_no_process_can_start_is_run_here(
    tmp_path: Path, out: Path, generate: Generate, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_CHECK_NODES", 0)
    monkeypatch.setattr(workers, "ProcessPoolExecutor", NoProcesses)
    name = OPENAPI_REFUSALS[0]
    shutil.copyfile(HOSTILE / f"{name}.yaml", tmp_path / f"{name}.yaml")
    code, stderr = generate(out, f"{name}.yaml")
    assert (code, stderr) == (2, (HOSTILE / f"{name}.stderr").read_text(encoding="utf-8"))
