"""The Czech event lexicon is generated (tools/build_cs_verbs.py): the shipped verbs.json must be its output."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "src" / "kronika" / "data" / "cs" / "verbs.json"


def test_build_cs_verbs_shipped_lexicon_is_up_to_date(tmp_path: Path) -> None:
    """A hand edit of data/cs/verbs.json is lost at the next rebuild: edit the tables in the tool, then rerun it."""
    (tmp_path / "tools").mkdir()
    (tmp_path / "src" / "kronika" / "data" / "cs").mkdir(parents=True)
    shutil.copy(ROOT / "tools" / "build_cs_verbs.py", tmp_path / "tools")
    subprocess.run([sys.executable, str(tmp_path / "tools" / "build_cs_verbs.py")], check=True, capture_output=True)
    fresh = (tmp_path / "src" / "kronika" / "data" / "cs" / "verbs.json").read_text(encoding="utf-8")
    assert fresh == SHIPPED.read_text(encoding="utf-8"), "data/cs/verbs.json is stale: run tools/build_cs_verbs.py"
