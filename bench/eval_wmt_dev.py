#!/usr/bin/env python3
"""Score kronika on a real-news gold set (eval/wmt-dev, or --set wmt-dev2|wmt-dev3|wmt-dev4|...), texts from the
shared corpus.

The corpus licence forbids copying the texts into the repository, so the gold files name their article by
`corpus_id`; this script materialises a gold directory (gold/ + texts/) in a temporary directory and runs the
shared scorer on it. Every argument it does not know (--show, --lang cs|en, --json) goes to score.py.

Usage: bench/eval_wmt_dev.py [--set wmt-dev|wmt-dev2|...|wmt-dev7] [--show] [--lang cs|en] [--json]
                             [--cmd 'CMD {input} {output}'] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "eval" / "wmt-dev" / "gold"
CORPUS = SHARED / "corpus" / "wmt-news" / "articles.jsonl"
SCORER = SHARED / "eval" / "score.py"


def kronika_cmd() -> str:
    """The extract command: the venv's kronika script, else the current interpreter importing kronika.cli."""
    exe = ROOT / ".venv" / "bin" / "kronika"
    if exe.exists():
        base = shlex.quote(str(exe))
    else:
        base = f"{shlex.quote(sys.executable)} -c 'import sys; from kronika.cli import main; sys.exit(main())'"
    return base + " extract --input {input} --output {output}"


def load_corpus(path: Path = CORPUS) -> dict[str, dict[str, Any]]:
    """Corpus articles by id."""
    with path.open(encoding="utf-8") as f:
        return {a["id"]: a for a in (json.loads(line) for line in f if line.strip())}


def materialise(dest: Path, gold_dir: Path = GOLD, corpus_path: Path = CORPUS) -> int:
    """Write gold/ and texts/ under dest (texts from the corpus by corpus_id); returns the number of articles."""
    corpus = load_corpus(corpus_path)
    (dest / "gold").mkdir(parents=True, exist_ok=True)
    (dest / "texts").mkdir(parents=True, exist_ok=True)
    files = sorted(gold_dir.glob("*.json"))
    for f in files:
        gold = json.loads(f.read_text(encoding="utf-8"))
        art = corpus.get(gold["corpus_id"])
        if art is None:
            sys.exit(f"{f.name}: corpus_id {gold['corpus_id']} is not in {corpus_path}")
        (dest / gold["text_file"]).write_text(art["text"], encoding="utf-8")
        shutil.copyfile(f, dest / "gold" / f.name)
    return len(files)


def main() -> int:
    """Materialise the set, run score.py on it with kronika (or --cmd), pass the other arguments through."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", default=None, help="system command with {input} and {output} (default: kronika)")
    ap.add_argument("--keep", type=Path, default=None, help="materialise into this directory and keep it")
    ap.add_argument("--set", dest="gold_set", default="wmt-dev",
                    help="gold set under eval/: wmt-dev (default), wmt-dev2 .. wmt-dev7")
    a, rest = ap.parse_known_args()
    cmd = a.cmd or kronika_cmd()
    gold = ROOT / "eval" / a.gold_set / "gold"
    with tempfile.TemporaryDirectory() as tmp:
        dest = a.keep or Path(tmp)
        n = materialise(dest, gold)
        if n == 0:
            sys.exit(f"no gold files in {gold}")
        argv = [sys.executable, str(SCORER), str(dest), *rest, "--cmd", cmd]
        return subprocess.run(argv, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
