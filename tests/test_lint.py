"""The code passes the linter with the configuration checked in (`[tool.ruff]` in pyproject.toml),
so CI (which runs the tests) runs it too."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is in the test extra: pip install -e '.[test]'"
    run = subprocess.run([ruff, "check", "--no-cache", "generator", "tests", "benchmarks", "tools"],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
