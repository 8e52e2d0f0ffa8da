"""Quality floors: the shared scorer on the seed article and the dev sets, through the real `kronika extract`.

Each floor sits a little below the figure measured when it was set (see bench/eval_scores.py and the
README's evaluation table). Floors only go up: raise one when the system gets better, never lower it.
"""

from __future__ import annotations

import atexit
import json
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from script_support import load_script

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"  # the shared gold sets and scorer (tests/conftest.py: SHARED)
CMD = f"{ROOT / '.venv' / 'bin' / 'kronika'} extract --input {{input}} --output {{output}}"

# (set, metric, floor); measured 2026-11-29 (bench/eval_scores.py): seed quotes F1 1.000, speakers 1.000,
# events F1 0.968; adaq-cs-dev quote F1 0.960, speakers 0.972; polnear-dev quote F1 0.649, speakers 0.884;
# wmt-dev (bench/eval_wmt_dev.py, 24 real news articles) quote F1 0.990, speakers 0.941, events F1 0.452
# (P 0.905, R 0.302).
# The polnear floor was lowered once, 0.65 -> 0.64, on purpose: '"A," X said. "B."' is two quotes under our
# guidelines (wmt-dev quote F1 0.960 -> 0.990) while PolNeAR annotates one merged span (0.655 -> 0.649).
# The seed has 8 quotes: one miss gives F1 0.933, one wrong speaker 0.875 (its floor is the 0.9).
# plover-gsr (321 English event records): event F1 0.570 (P 0.664, R 0.499) at 04:45 UTC (score.py); wmt-dev
# events at 04:45 UTC: F1 0.590, P 0.947 (cs 0.587, en 0.593).
FLOORS = [
    ("seed", "quote_f1", 0.93),
    ("seed", "speaker_accuracy", 0.90),
    ("seed", "event_f1", 0.90),
    ("adaq-cs-dev", "quote_f1", 0.95),  # measured 0.974 at 07:45 UTC (quotes4)
    ("adaq-cs-dev", "speaker_accuracy", 0.95),
    ("polnear-dev", "quote_f1", 0.64),
    ("polnear-dev", "speaker_accuracy", 0.88),  # measured 0.895 at 07:45 UTC
    ("wmt-dev", "quote_f1", 0.98),
    ("wmt-dev", "speaker_accuracy", 0.95),  # measured 0.970 at 07:45 UTC (role nouns, gendered antecedents)
    ("wmt-dev", "event_f1", 0.85),  # 0.590 (s2), 0.646 (s3), 0.663 (s4), 0.670 (s6), 0.690 (s7), 0.710 (s8),
    # 0.723 (s9), 0.735 (P 0.962) (s10), 0.748 (P 0.963) (s11), 0.760 (P 0.963) (s12), 0.807 (P 0.957) (s13),
    # 0.811 (P 0.967) (s14), 0.822 (s20), 0.838 (s22), 0.867 (s26)
    ("wmt-dev", "event_precision", 0.90),  # measured 0.947 at 04:45 UTC
    # wmt-dev2: 28 more pairs of real news annotated in session 3 and used for tuning; measured 08:35 UTC: quote
    # F1 0.921, speakers 0.944, events F1 0.423 (P 0.778, R 0.291); at its first run (06:25) events F1 ~0.27.
    ("wmt-dev2", "quote_f1", 0.90),
    ("wmt-dev2", "speaker_accuracy", 0.94),  # 0.956 at 18:05 UTC (session 7)
    ("wmt-dev2", "event_f1", 0.78),  # 0.523 (s4); 0.561 (s5); 0.624 (s6); 0.655 (s7); 0.665 (s8); 0.669 (s9);
    # 0.684 (P 0.845) (s10); 0.714 (P 0.853) (s11); 0.723 (P 0.849) (s12); 0.764 (P 0.886) (s13); 0.768 (P 0.887)
    # (s14); 0.773 (P 0.888) (s15); 0.779 (s19); 0.788 (s22)
    ("wmt-dev2", "event_precision", 0.82),
    # wmt-dev3: fresh pairs of ordinary news (sport governance, business, local government, police) annotated in
    # session 12 for tuning (20 pairs); first run 0.570 (P 0.807 R 0.441), end of session 12 0.587 (P 0.789 R 0.467).
    ("wmt-dev3", "event_f1", 0.70),  # 0.672 (P 0.857 R 0.553) at the end of session 13, 0.680 (P 0.884) of 14,
    # 0.691 of session 19, 0.714 of session 26
    ("wmt-dev3", "quote_f1", 0.95),
    # wmt-dev4: 20 fresh pairs annotated in session 13 (blind to kronika until committed); at the start tree
    # e1d4634 events F1 0.482 (P 0.855 R 0.336), after the session's first round 0.492, at its end 0.523 (P 0.881
    # R 0.371; its misses were mined in the second round).
    ("wmt-dev4", "event_f1", 0.64),  # 0.552 (P 0.889 R 0.400) at the end of session 15, 0.566 of session 17,
    # 0.573 of session 19, 0.576 of session 20, 0.654 of session 26, 0.666 of session 27
    ("wmt-dev4", "quote_f1", 0.93),
    # wmt-dev5: 14 fresh pairs annotated in session 14 from a pool no coder read, blind to kronika until committed;
    # events F1 0.562 (P 0.947 R 0.400) at the session's start (8b0935b) and at its end (its misses not mined).
    ("wmt-dev5", "event_f1", 0.62),  # 0.574 at the end of session 20 (a sanction passive-participle rule), 0.585
    # of session 22, 0.632 of session 26
    ("wmt-dev5", "quote_f1", 0.90),
    # wmt-dev6: 14 fresh pairs annotated blind in session 22 (three pools, a second annotator each); at the session's
    # start tree 6fd5c5b events F1 0.550 (P 0.846 R 0.407; cs 0.533, en 0.567), quotes F1 0.955, speakers 0.930;
    # unmined in session 22, whose changes left it at exactly that (c03d6e9c).
    ("wmt-dev6", "event_f1", 0.66),  # 0.650 (P 0.952) at the end of session 26, 0.687 (P 0.936) of session 32
    ("wmt-dev6", "quote_f1", 0.94),
    ("wmt-dev6", "speaker_accuracy", 0.91),
    # wmt-dev7: 16 more fresh pairs annotated blind in session 22 for mining; on the session-start code events F1
    # 0.511 (P 0.854 R 0.365; cs 0.514, en 0.507), quotes F1 0.862, speakers 0.950; mined in session 22: 0.582 at
    # its end (c03d6e9c; cs 0.592, en 0.571).
    ("wmt-dev7", "event_f1", 0.66),  # 0.621 at the end of session 26, 0.689 (P 0.945) of session 32
    ("wmt-dev7", "quote_f1", 0.85),
    ("wmt-dev7", "speaker_accuracy", 0.93),
    ("plover-gsr", "event_f1", 0.69),  # 0.570 (session 2), 0.611 (session 3), 0.630 at 10:40 UTC (session 4),
    # 0.628 (session 19), 0.631 (session 20), 0.642 (session 21), 0.644 (session 22), 0.653 (session 25), 0.656 (s27),
    # 0.674 (P 0.709 R 0.642) (s28), 0.682 (P 0.712 R 0.654) (s32), 0.688 (P 0.715 R 0.663) (s33),
    # 0.698 (P 0.727 R 0.672) (s34)
    # plover-gsr-cs: the same 321 records translated into Czech (session 14): 0.415 (P 0.482 R 0.364) at its first
    # run, 0.493 (P 0.551 R 0.446) at the end of session 14 (odd files tuned on: 0.429 -> 0.528; even held out:
    # 0.418 -> 0.455); 0.540 (P 0.593 R 0.496) at the end of session 15 (odd 0.528 -> 0.606, even held out 0.455
    # -> 0.455); 0.552 (P 0.600 R 0.510) at the end of session 16; 0.569 (P 0.616 R 0.528) at the end of session 20;
    # 0.573 (P 0.619 R 0.534) at the end of session 21; 0.584 (P 0.625 R 0.548) at the end of session 22; 0.613
    # (P 0.646 R 0.584) at the end of session 25; 0.621 (P 0.652 R 0.592) at the end of session 26; 0.626 (P 0.664
    # R 0.592) at the end of session 27; 0.651 (P 0.684 R 0.622) at the end of session 28; 0.673 (P 0.710 R 0.639)
    # at the first landing of session 32; 0.679 (P 0.713 R 0.648) at the end of session 33; 0.685 (P 0.719
    # R 0.654) at the end of session 34.
    ("plover-gsr-cs", "event_f1", 0.68),
    # wmt-test: our blind real-news set (eval/wmt-test), never used for tuning; measured 05:40 UTC: quote F1 0.964,
    # speakers 0.839, events F1 0.356 (P 0.674, R 0.242); 08:35 UTC (session 3): events F1 0.369 (P 0.647,
    # R 0.258). Low event recall is the known weak spot, not a target.
    ("wmt-test", "quote_f1", 0.94),
    ("wmt-test", "speaker_accuracy", 0.81),
    ("wmt-test", "event_f1", 0.53),  # 0.419 (s4); 0.426 (s5); 0.448 (s6); 0.480 (s7); 0.502 (P 0.680 R 0.398) (s8-s10);
    # 0.510 (P 0.684 R 0.406) (s11); 0.517 (P 0.688 R 0.414) (s12); 0.527 (P 0.701 R 0.422) (s13); 0.529 (P 0.711)
    # (s14); 0.532 (P 0.720) (s16); 0.539 (s21)
    # wmt-val: 25 more pairs of real news (ordinary news too: sport, business, accidents) annotated blind in
    # session 4, never used for tuning; at 10:40 UTC quote F1 0.932, speakers 0.897, events F1 0.207 (P 0.488,
    # R 0.132); the session-start tree 9ea2af0 had events F1 cs 0.154 / en 0.224.
    ("wmt-val", "quote_f1", 0.91),
    ("wmt-val", "speaker_accuracy", 0.87),
    ("wmt-val", "event_f1", 0.42),  # 0.255 (s4); 0.307 (s5); 0.332 (s6); 0.344 (s7, s8); 0.361 (s9);
    # 0.369 (P 0.615 R 0.263) (s10); 0.370 (P 0.625 R 0.263) (s11); 0.396 (P 0.600 R 0.296) (s12);
    # 0.404 (P 0.605 R 0.303) (s13); 0.407 (P 0.622 R 0.303) (s14); 0.414 (P 0.627 R 0.309) (s16); 0.422 (s21)
]


def gold_dir(name: str) -> Path:
    """A gold set's directory; our wmt sets are materialised from the shared corpus (bench/eval_wmt_dev.py)."""
    if (ROOT / "eval" / name / "texts").is_dir():  # a set kept here with its own texts (plover-gsr-cs)
        return ROOT / "eval" / name
    if not name.startswith("wmt-"):
        return EVAL / name
    mod = load_script(ROOT / "bench" / "eval_wmt_dev.py")
    dest = Path(tempfile.mkdtemp(prefix=f"kronika-{name}-"))
    atexit.register(shutil.rmtree, dest, True)  # the corpus texts may not stay behind
    mod.materialise(dest, ROOT / "eval" / name / "gold")
    return dest


@cache
def scores(name: str) -> dict[str, Any]:
    """The shared scorer's JSON result for one gold set (run once per session)."""
    proc = subprocess.run([sys.executable, str(EVAL / "score.py"), str(gold_dir(name)), "--json", "--cmd", CMD],
                          capture_output=True, text=True, check=False, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize(("name", "metric", "floor"), FLOORS, ids=[f"{n}-{m}" for n, m, _ in FLOORS])
def test_quality_floors_hold(name: str, metric: str, floor: float) -> None:
    result = scores(name)
    assert result["docs_missing"] == 0
    assert result[metric] >= floor, f"{name} {metric} {result[metric]} fell below its floor {floor}"
