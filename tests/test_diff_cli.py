"""`python -m generator diff` as reviewers and CI run it: the real upstream change, respellings
that change nothing, git revisions, bad input, exit codes, `make diff` and the PR workflow."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff.cli import main as diff_main
from generator.diff.rules import RULES
from tests.conftest import ROOT, run_generator

SPEC = "spec/realtime_sessions.yaml"
# What `make sync` makes of openai-node 5.8.4's snapshot with today's overlay (tests/test_sync.py
# proves it is current), so the comparison below is a real upstream change.
SPEC_5_8_4 = "tests/data/upstream/openai-node-5.8.4/realtime_sessions.yaml"


def run_diff(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """`python -m generator diff ...`, in this process (the subprocess tests cover the entry)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = diff_main(list(args))
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def diff_json(*args: str, cwd: Path = ROOT) -> dict[str, Any]:
    result = run_diff("--format", "json", *args, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout))


def test_openai_node_5_8_4_to_5_13_1() -> None:
    """Three voices left the open `voice` enums: typing only; the doc fixes: docs only."""
    report = diff_json(SPEC_5_8_4, SPEC)
    assert report["summary"] == {"breaking": 0, "typing only": 3, "compatible": 0, "docs only": 9}
    typing = [c for c in report["changes"] if c["class"] == "typing only"]
    assert [c["python"][0] for c in typing] == [
        "Session.voice",
        "SessionCreateResponse.voice",
        "SessionCreateParams.voice",
    ]
    assert [c["side"] for c in typing] == ["none", "response", "request"]
    assert typing[2]["python"][1] == "client.beta.realtime.sessions.create(voice=...)"
    for change in typing:
        assert change["rule"] == "open-enum-value-removed"
        assert (change["before"], change["after"]) == ('"fable", "onyx", "nova"', "")
    docs = [c for c in report["changes"] if c["class"] == "docs only"]
    version = docs.pop(0)
    assert (version["pointer"], version["rule"]) == ("#/info/version", "info-docs-changed")
    assert (version["before"], version["after"]) == ('version "5.8.4"', 'version "5.13.1"')
    fixed = sorted({(c["before"], c["after"]) != ("", "") for c in docs})
    assert fixed == [True] and all(c["rule"] == "docs-changed" for c in docs)
    assert sum("conjuction" in c["before"] for c in docs) == 4
    assert sum("ephermeral" in c["before"] for c in docs) == 1


def test_readme_example_is_the_real_report() -> None:
    report = run_diff(SPEC_5_8_4, SPEC).stdout
    readme = (ROOT / "README.md").read_text()
    assert report in readme, "README's example is stale: paste `python -m generator diff` output"


def test_identical_specs_give_no_changes() -> None:
    result = run_generator("diff", SPEC, SPEC)
    assert (result.returncode, result.stdout) == (
        0,
        f"**Schema diff** `{SPEC}` → `{SPEC}`: no changes.\n",
    )


def _reordered(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _reordered(value[key]) for key in reversed(list(value))}
    return [_reordered(item) for item in value] if isinstance(value, list) else value


def test_reordered_keys_give_no_changes(tmp_path: Path) -> None:
    document = yaml.safe_load((ROOT / SPEC).read_text())
    (tmp_path / "reordered.yaml").write_text(yaml.safe_dump(_reordered(document), sort_keys=False))
    result = run_diff(str(ROOT / SPEC), "reordered.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith(": no changes.\n")


def test_ref_turned_into_the_same_inline_schema_is_not_breaking(tmp_path: Path) -> None:
    document = yaml.safe_load((ROOT / SPEC).read_text())
    schemas = document["components"]["schemas"]
    secret = schemas["SessionCreateParams"]["properties"]["client_secret"]
    inline = dict(schemas[secret.pop("$ref").rpartition("/")[2]])
    secret.update({k: v for k, v in inline.items() if k != "description"})
    (tmp_path / "inlined.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
    report = diff_json(str(ROOT / SPEC), "inlined.yaml", cwd=tmp_path)
    assert report["summary"]["breaking"] == 0
    # The class of the field changes (typing only); the docstring it takes from the schema too.
    assert [c["rule"] for c in report["changes"]] == ["ref-target-changed", "docs-changed"]


def test_fail_on() -> None:
    assert run_diff("--fail-on", "breaking", SPEC_5_8_4, SPEC).returncode == 0
    assert run_diff("--fail-on", "typing", SPEC_5_8_4, SPEC).returncode == 1
    # Back again: the voices return to the open enum (compatible), nothing typing-level.
    assert run_diff("--fail-on", "typing", SPEC, SPEC_5_8_4).returncode == 0


def git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=env)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository with the 5.8.4 spec committed on main, then 5.13 committed on a branch."""
    repo = tmp_path / "repo"
    (repo / "spec").mkdir(parents=True)
    shutil.copy(ROOT / SPEC_5_8_4, repo / SPEC)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "5.8.4")
    git(repo, "checkout", "-qb", "feature")
    shutil.copy(ROOT / SPEC, repo / SPEC)
    git(repo, "commit", "-qam", "5.13.1")
    return repo


def test_revisions_from_git(repo: Path) -> None:
    by_rev = diff_json(f"main:{SPEC}", f"HEAD:{SPEC}", cwd=repo)
    assert by_rev["summary"]["typing only"] == 3
    assert diff_json("--base", "main", cwd=repo)["changes"] == by_rev["changes"]
    assert diff_json("--merge-base", "main", cwd=repo)["changes"] == by_rev["changes"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("nope.yaml", SPEC), "nope.yaml: error: no such spec file"),
        ((f"no-such-rev:{SPEC}", SPEC), f"no-such-rev:{SPEC}: error: cannot read from git: "),
        (("main:spec/nope.yaml", SPEC), "main:spec/nope.yaml: error: cannot read from git: "),
        (("--merge-base", "origin/main"), "origin/main: error: this repository has no remote "),
        ((SPEC,), "diff: error: give BASE and HEAD"),
    ],
)
def test_bad_revision_or_path(repo: Path, args: tuple[str, ...], message: str) -> None:
    result = run_diff(*args, cwd=repo)
    assert (result.returncode, result.stdout) == (2, "")
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(message)


CLOSED = "    SessionCreateParams:\n      type: object\n      additionalProperties: false\n"
# The line of CLOSED's first line in the committed spec: the messages below count from it.
AT = (ROOT / SPEC).read_text().split(CLOSED)[0].count("\n") + 1
INVALID = {
    "unsupported keyword": (
        CLOSED + "      if: {}\n",
        f"bad.yaml:{AT + 3}: #/components/schemas/SessionCreateParams/if: error: "
        "unsupported keyword 'if'",
    ),
    "a type that is no name": (
        CLOSED.replace("type: object", "type: {type: object}"),
        f"bad.yaml:{AT + 1}: #/components/schemas/SessionCreateParams/type: error: unknown type "
        "{'type': 'object'}",
    ),
}


@pytest.mark.parametrize("side", ["base", "head"])
@pytest.mark.parametrize("problem", sorted(INVALID))
def test_invalid_spec_on_either_side(tmp_path: Path, side: str, problem: str) -> None:
    replacement, message = INVALID[problem]
    text = (ROOT / SPEC).read_text()
    (tmp_path / "bad.yaml").write_text(text.replace(CLOSED, replacement, 1))
    specs = ("bad.yaml", str(ROOT / SPEC)) if side == "base" else (str(ROOT / SPEC), "bad.yaml")
    # Once through the real entry point (no traceback reaches the terminal), else in-process.
    real = (problem, side) == ("unsupported keyword", "base")
    result = run_generator("diff", *specs, cwd=tmp_path) if real else run_diff(*specs, cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", message + "\n")


def make(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`make` as CI runs it (a top-level make: under `make test`, a nested one would print
    "Entering directory" on stdout), with this project's Makefile and venv."""
    nested = ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")
    env = {key: value for key, value in os.environ.items() if key not in nested}
    command = ["make", *args]
    return subprocess.run(command, cwd=repo, capture_output=True, text=True, check=False, env=env)


@pytest.fixture
def make_repo(repo: Path) -> Path:
    for name in ("Makefile", "pyproject.toml"):
        shutil.copy(ROOT / name, repo / name)
    os.utime(repo / "pyproject.toml", (0, 0))  # older than the venv's stamp: make never reinstalls
    (repo / ".venv").symlink_to(ROOT / ".venv")
    return repo


def test_make_diff(make_repo: Path, tmp_path: Path) -> None:
    without_origin = make(make_repo, "diff")
    assert without_origin.returncode != 0
    assert "this repository has no remote 'origin': pass the revision" in without_origin.stderr
    by_base = make(make_repo, "diff", "BASE=main")
    assert by_base.returncode == 0, by_base.stderr
    assert by_base.stdout.startswith("**Schema diff** `main:./spec/realtime_sessions.yaml` → ")
    assert "0 breaking, 3 typing only, 0 compatible, 9 docs only" in by_base.stdout
    subprocess.run(
        ["git", "clone", "-q", "--bare", str(make_repo), str(tmp_path / "origin.git")], check=True
    )
    git(make_repo, "remote", "add", "origin", str(tmp_path / "origin.git"))
    git(make_repo, "fetch", "-q", "origin")
    by_merge_base = make(make_repo, "diff", "DIFF_FLAGS=--fail-on typing")
    assert by_merge_base.returncode != 0  # typing-only changes, and --fail-on typing
    assert by_merge_base.stdout == by_base.stdout.replace("`main:", f"`{_merge_base(make_repo)}:")


def _merge_base(repo: Path) -> str:
    found = subprocess.run(
        ["git", "rev-parse", "--short=12", "HEAD~1"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    return found.stdout.strip()


def test_make_check_passes() -> None:
    result = make(ROOT, "check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_runs_only_tested_make_targets() -> None:
    workflow = yaml.safe_load((ROOT / ".github/workflows/schema-review.yml").read_text())
    runs = [
        step["run"] for job in workflow["jobs"].values() for step in job["steps"] if "run" in step
    ]
    assert runs == ["make check", 'make diff >> "$GITHUB_STEP_SUMMARY"']
    assert workflow[True]["pull_request"]  # YAML 1.1 reads the `on:` key as True


HOSTILE = "`x` </sub><script>alert(1)</script>\n| ~1 `"
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")


def test_spec_strings_cannot_break_out_of_the_report(tmp_path: Path) -> None:
    """A property name is untrusted: it may reach the report only inside code spans."""
    document = yaml.safe_load((ROOT / SPEC).read_text())
    properties = document["components"]["schemas"]["SessionCreateResponse"]["properties"]
    properties[HOSTILE] = {"type": "string", "enum": ["`", "<b>"]}
    (tmp_path / "base.yaml").write_text(yaml.safe_dump(document))
    properties[HOSTILE]["enum"] = ["`"]
    (tmp_path / "head.yaml").write_text(yaml.safe_dump(document))
    report = run_diff("base.yaml", "head.yaml", cwd=tmp_path).stdout
    lines = [line for line in report.splitlines() if line.startswith("- ")]
    assert len(lines) == 1 and "response-enum-value-removed" in lines[0]
    outside = CODE_SPAN.sub("", lines[0])
    assert "<script>" not in outside and outside.count("<") == 2  # <sub> and </sub>
    assert "`SessionCreateResponse.x____sub__script_alert_1___script_____1`" in lines[0]


def test_rules_table_lists_every_rule() -> None:
    table = run_diff("--rules").stdout.splitlines()
    assert table[0] == "| rule | change | side | class | why |"
    assert [line.split("`")[1] for line in table[2:]] == [rule.id for rule in RULES.values()]
    assert (
        "| `open-enum-value-removed` | known value removed from an open enum | any | typing only |"
        in "\n".join(table)
    )


CUT = ROOT / "tests" / "data" / "openai_cut"


def test_a_real_world_spec_is_read_as_generate_reads_it(tmp_path: Path) -> None:
    """OpenAI's spec (a cut of it) has OpenAPI 3.0 leftovers and defects its overlay mends:
    with `--overlay`, both sides are read as `generate --overlay` reads them, and a `nullable`
    dropped upstream is a change of the class the generator makes; without it, the defects are
    located errors, exit 2."""
    lines = (CUT / "openapi.yaml").read_text(encoding="utf-8").split("\n")
    dropped = 631  # `nullable: true` of a stream chunk's `logprobs`
    assert lines[dropped].strip() == "nullable: true"
    head = tmp_path / "openapi.yaml"
    head.write_text("\n".join(lines[:dropped] + lines[dropped + 1 :]), encoding="utf-8")
    report = diff_json("--overlay", str(CUT / "overlay.yaml"), str(CUT / "openapi.yaml"), str(head))
    [change] = report["changes"]
    assert change["rule"] == "response-nullable-removed"
    assert change["python"] == ["CreateChatCompletionStreamResponseChoicesItem.logprobs"]
    refused = run_diff(str(CUT / "openapi.yaml"), str(head))
    assert refused.returncode == 2 and refused.stdout == ""
    assert re.search(
        r"openapi\.yaml:\d+: #/components/schemas/\w+.*/default: error:", refused.stderr
    )
