"""Geometry of the SVG charts (actor network, cooperation/conflict timeline), computed here, drawn by templates."""

from __future__ import annotations

import math
from typing import Any

NET_W, NET_H = 640, 480
TL_W, TL_H, TL_PAD = 900, 280, 40


def tone(coop: int, conflict: int) -> str:
    """CSS class of an edge or bar: mostly cooperation, mostly conflict, mixed, or neither (neutral)."""
    if coop + conflict == 0:
        return "neutral"
    share = coop / (coop + conflict)
    return "coop" if share >= 0.6 else "conflict" if share <= 0.4 else "mixed"


def _curve(x1: float, y1: float, x2: float, y2: float, bend: float) -> str:
    """A quadratic curve between two points, bent sideways (two directions of one pair stay apart)."""
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy) or 1.0
    cx, cy = mx - dy / length * bend, my + dx / length * bend
    return f"M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}"


def network(actor: str, partners: list[dict[str, Any]]) -> dict[str, Any]:
    """A radial graph: the actor in the middle, partners around it, one curved edge per direction with events."""
    cx, cy, r = NET_W / 2, NET_H / 2, min(NET_W, NET_H) / 2 - 60
    top = max((p["total"] for p in partners), default=1) or 1
    nodes, edges = [], []
    for i, p in enumerate(partners):
        angle = 2 * math.pi * i / max(len(partners), 1) - math.pi / 2
        x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
        label = p["code"] or p["name"] or "?"
        nodes.append({"x": round(x, 1), "y": round(y, 1), "r": round(6 + 10 * math.sqrt(p["total"] / top), 1),
                      "label": label[:18], "href": label, "title": f"{p['name'] or ''} [{p['code'] or 'no code'}]",
                      "lx": round(x + (14 if math.cos(angle) >= 0 else -14), 1), "ly": round(y + 4, 1),
                      "anchor": "start" if math.cos(angle) >= 0 else "end"})
        for side, (x1, y1, x2, y2), bend in (("out", (cx, cy, x, y), 18), ("in", (x, y, cx, cy), 18)):
            t = p[side]
            if not t["total"]:
                continue
            edges.append({"d": _curve(x1, y1, x2, y2, bend), "tone": tone(t["cooperation"], t["conflict"]),
                          "width": round(1 + 5 * t["total"] / top, 1), "side": side,
                          "title": (f"{actor} → {label}" if side == "out" else f"{label} → {actor}")
                          + f": {t['total']} events, {t['cooperation']} cooperation, {t['conflict']} conflict"})
    return {"width": NET_W, "height": NET_H, "cx": cx, "cy": cy, "label": actor[:24], "nodes": nodes, "edges": edges}


def timeline_chart(periods: list[dict[str, Any]]) -> dict[str, Any]:
    """Diverging bars per period (cooperation up, conflict down) and the mean Goldstein line (-10..10)."""
    n = len(periods)
    plot_w, plot_h = TL_W - 2 * TL_PAD, TL_H - 2 * TL_PAD
    mid = TL_PAD + plot_h / 2
    top = max([max(p["cooperation"], p["conflict"]) for p in periods] + [1])
    step = plot_w / max(n, 1)
    bar_w = max(1.0, step * 0.7)
    bars, points = [], []
    for i, p in enumerate(periods):
        x = TL_PAD + i * step + (step - bar_w) / 2
        up = plot_h / 2 * p["cooperation"] / top
        down = plot_h / 2 * p["conflict"] / top
        tip = (f"{p['label']}: {p['total']} events, cooperation {p['cooperation']}, conflict {p['conflict']}, "
               f"mean Goldstein {p['goldstein_mean'] if p['goldstein_mean'] is not None else '-'}")
        bars.append({"x": round(x, 1), "w": round(bar_w, 1), "up_y": round(mid - up, 1), "up_h": round(up, 1),
                     "down_y": round(mid, 1), "down_h": round(down, 1), "title": tip, "period": p["period"]})
        if p["goldstein_mean"] is not None:
            gy = mid - plot_h / 2 * max(-10.0, min(10.0, p["goldstein_mean"])) / 10
            points.append(f"{x + bar_w / 2:.1f},{gy:.1f}")
    ticks = sorted({0, n // 2, n - 1}) if n else []
    labels = [{"x": round(TL_PAD + i * step + step / 2, 1), "text": periods[i]["label"]} for i in ticks]
    return {"width": TL_W, "height": TL_H, "pad": TL_PAD, "mid": mid, "top": top, "bars": bars,
            "goldstein": " ".join(points), "labels": labels, "plot_right": TL_W - TL_PAD,
            "top_y": TL_PAD, "bottom_y": TL_H - TL_PAD}
