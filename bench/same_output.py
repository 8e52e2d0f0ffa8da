"""Speed-ups must not change outputs: `kronika extract` JSON on 50 wmt-news articles, two source trees compared.

Each tree runs as its own `kronika extract` process (PYTHONPATH picks the tree), so a snapshot of the
code before an optimisation can be compared with the code after it:
    git archive HEAD src | tar -x -C /tmp/before
    .venv/bin/python bench/same_output.py --base /tmp/before/src            # after = this repo's src
    .venv/bin/python bench/same_output.py --base /tmp/before/src --new /tmp/after/src
Exit status 0 when every article's JSON line is identical, 1 (with the first differences) otherwise.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import ROOT, select

KRONIKA = ROOT / ".venv" / "bin" / "kronika"


def extract(src: Path, inp: Path, out: Path) -> list[str]:
    """Run `kronika extract` with the package from `src`; the output lines."""
    env = os.environ | {"PYTHONPATH": str(src.resolve())}
    subprocess.run([str(KRONIKA), "extract", "--input", str(inp), "--output", str(out)], env=env, check=True)
    return out.read_text(encoding="utf-8").splitlines()


def differences(base: list[str], new: list[str], show: int) -> list[str]:
    """Human-readable differences between two runs' JSON lines (at most `show` articles)."""
    if len(base) != len(new):
        return [f"{len(base)} lines before, {len(new)} after"]
    out: list[str] = []
    for a, b in zip(base, new, strict=True):
        if a == b:
            continue
        da, db = json.loads(a), json.loads(b)
        pa = json.dumps(da, indent=1, ensure_ascii=False, sort_keys=True).splitlines()
        pb = json.dumps(db, indent=1, ensure_ascii=False, sort_keys=True).splitlines()
        diff = list(difflib.unified_diff(pa, pb, "before", "after", n=1, lineterm=""))
        out.append(f"article {da.get('id')}:\n" + "\n".join(diff[:40]))
        if len(out) >= show:
            break
    return out


def main() -> None:
    """Extract the same 50 articles with both trees and compare the JSON line by line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=Path, required=True, help="src/ folder of the code before the change")
    ap.add_argument("--new", type=Path, default=ROOT / "src", help="src/ folder of the code after it")
    ap.add_argument("-n", type=int, default=25, help="articles per language (cs, en)")
    ap.add_argument("--show", type=int, default=3, help="articles whose differences are printed")
    args = ap.parse_args()
    arts = select(args.n)
    with tempfile.TemporaryDirectory(prefix="kronika-same-") as tmp:
        inp = Path(tmp) / "in.jsonl"
        inp.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
        base = extract(args.base, inp, Path(tmp) / "base.jsonl")
        new = extract(args.new, inp, Path(tmp) / "new.jsonl")
    diffs = differences(base, new, args.show)
    same = sum(a == b for a, b in zip(base, new, strict=False))
    print(f"{len(arts)} articles, {len(base)} / {len(new)} output lines: {same} identical")
    for d in diffs:
        print(d)
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
