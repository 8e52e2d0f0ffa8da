"""The same text gives the same actors and events whatever the interpreter's hash seed (set order is random)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Each sentence once depended on the iteration order of a set of word forms: 'gunmen' (Phoenix: UAF) and its base
# 'gunman' (our agents: CRM) both name a sector; 'Mali' was MLI or MDV (the Maldives' capital Male + an ending).
TEXTS = [
    ("en", "Palestinian gunmen attacked an Israeli bus near Hebron."),
    ("cs", "Francouzští vojáci v Mali zaútočili na ozbrojence."),
    ("en", "French troops in Mali attacked Islamist militants."),
]


def _run(seed: str, tmp: Path) -> list[dict[str, object]]:
    inp, out = tmp / f"in-{seed}.jsonl", tmp / f"out-{seed}.jsonl"
    inp.write_text("".join(json.dumps({"id": str(k), "lang": lang, "text": text}) + "\n"
                           for k, (lang, text) in enumerate(TEXTS)), encoding="utf-8")
    env = dict(os.environ, PYTHONHASHSEED=seed)
    cli = "import sys; from kronika.cli import main; sys.exit(main())"
    subprocess.run([sys.executable, "-c", cli, "extract", "--input", str(inp), "--output", str(out)],
                   env=env, check=True, capture_output=True, timeout=300)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_output_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    first, second = _run("1", tmp_path), _run("4", tmp_path)
    assert "PSECRM" in [a["code"] for a in first[0]["actors"]]
    for a, b in zip(first, second, strict=True):
        assert a["actors"] == b["actors"]
        assert a["events"] == b["events"]
