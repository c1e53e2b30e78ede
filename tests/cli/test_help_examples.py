"""Every command's ``--help`` shows examples, and every example works as written.

Each example runs in a folder of its own that holds the sample articles (as
``seeds/``) and the files the examples name, with data and cache folders of
the test's own; the README's command lines parse.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import gazetteer.cli
import timeline.cli
from tests.conftest import REPO_ROOT

#: Each program's module, with its `main` and its `parser`.
PROGRAMS: dict[str, ModuleType] = {"timeline": timeline.cli, "gazetteer": gazetteer.cli}
#: The files that the examples name, as a user would have them.
EXAMPLE_FILES = {"my-places.csv": "name_ar,name,lat,lon,feature,admin1,country\nتلة المثال,Example Hill,35.2,40.1,"
                 "village,Deir ez-Zor,SY\n",
                 "article.txt": "قصف على مدينة منبج بريف حلب الشرقي وبلدة الباب.\n"}


def help_text(program: str, command: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as done:
        PROGRAMS[program].main([command, "--help"], prog=f"python -m {program}")
    assert done.value.code == 0
    return out.getvalue()


def commands(program: str) -> tuple[str, ...]:
    return PROGRAMS[program].parser(f"python -m {program}").get_default("commands")


def examples(text: str) -> list[str]:
    """The shell lines of the "examples:" section of a help text."""
    return [line.strip()[2:] for line in text.split("\nexamples:\n", 1)[-1].splitlines() if line.strip()[:2] == "$ "]


ALL = [(program, command) for program in PROGRAMS for command in commands(program)]
EXAMPLES = [(program, line) for program, command in ALL for line in examples(help_text(program, command))]


@pytest.mark.parametrize(("program", "command"), ALL, ids=[f"{p}-{c}" for p, c in ALL])
def test_every_command_shows_an_example_of_itself(program: str, command: str) -> None:
    shown = examples(help_text(program, command))
    assert shown and all(f"python -m {program} {command}" in line for line in shown)


def test_the_commands_are_the_documented_ones() -> None:
    assert commands("timeline") == ("extract", "build", "dates", "brief", "export", "corrections")
    assert commands("gazetteer") == ("lookup", "find", "import", "build")


def test_the_installed_commands_are_the_programs() -> None:
    scripts = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts == {"war-timeline": "timeline.cli:main", "war-gazetteer": "gazetteer.cli:main"}
    for target in scripts.values():
        module, function = target.split(":")
        assert getattr(importlib.import_module(module), function) is PROGRAMS[module.split(".")[0]].main


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A folder with the seeds and the examples' files, and an environment with folders of its own."""
    folder = tmp_path_factory.mktemp("examples")
    (folder / "seeds").symlink_to(REPO_ROOT / "seeds", target_is_directory=True)
    for name, text in EXAMPLE_FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "TIMELINE_HOME": str(folder / "home"),
           "TIMELINE_CACHE": str(tmp_path_factory.getbasetemp() / "gazetteer-cache")}
    return folder, env


@pytest.mark.parametrize(("program", "line"), EXAMPLES, ids=[line for _, line in EXAMPLES])
def test_example_runs(program: str, line: str, sandbox: tuple[Path, dict[str, str]]) -> None:
    folder, env = sandbox
    shell_line = line.replace("python -m ", f"{shlex.quote(sys.executable)} -m ")
    done = subprocess.run(["bash", "-o", "pipefail", "-c", shell_line], cwd=folder, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "error" not in done.stderr.lower()
    written = re.findall(r"--(?:out|incidents) (\S+)", line)
    assert all((folder / name).stat().st_size > 0 for name in written)
    assert done.stdout.strip() or written or "build" in line.split()


def readme_command_lines() -> list[str]:
    section = (REPO_ROOT / "README.md").read_text(encoding="utf-8").split("## Command lines", 1)[1]
    block = section.split("```", 2)[1]
    return [line[line.index("python -m "):] for line in block.splitlines() if "python -m " in line]


@pytest.mark.parametrize("line", readme_command_lines())
def test_readme_command_line_parses(line: str) -> None:
    program, *argv = shlex.split(line.removeprefix("python -m "))
    args = PROGRAMS[program].parser(f"python -m {program}").parse_args(argv)
    assert args.command == argv[0]
