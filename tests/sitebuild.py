"""Building sites for the tests: the sample, or a throwaway catalogue with the real theme."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EPOCH = "1795392000"  # 2026-11-23 00:00 UTC


def build(config_dir: Path, out: Path, *extra: str, epoch: str = EPOCH) -> subprocess.CompletedProcess:
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f",
                           str(config_dir / "mkdocs.yml"), "-d", str(out), *extra],
                          capture_output=True, text=True, env=env, cwd=config_dir)


def scaffold(root: Path) -> Path:
    """mkdocs.yml, theme and docs of the real project in `root` (the catalogue is the caller's)."""
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "theme_overrides", root / "theme_overrides", dirs_exist_ok=True)
    shutil.copytree(ROOT / "docs", root / "docs", dirs_exist_ok=True)
    return root
