"""Chart geometry: edge tones, node placement, diverging bars."""

from __future__ import annotations

from kronika.web.charts import network, timeline_chart, tone


def _side(total: int, coop: int, conflict: int) -> dict[str, int]:
    return {"total": total, "cooperation": coop, "conflict": conflict}


def test_charts_tone_by_cooperation_share() -> None:
    assert tone(3, 0) == "coop" and tone(0, 2) == "conflict" and tone(1, 1) == "mixed" and tone(0, 0) == "neutral"


def test_charts_network_one_edge_per_direction_with_events() -> None:
    partners = [{"code": "CHN", "name": "China", "total": 3, "out": _side(2, 2, 0), "in": _side(1, 0, 1)},
                {"code": "UKR", "name": "Ukraine", "total": 1, "out": _side(0, 0, 0), "in": _side(1, 0, 1)}]
    g = network("RUS", partners)
    assert [(e["side"], e["tone"]) for e in g["edges"]] == [("out", "coop"), ("in", "conflict"), ("in", "conflict")]
    assert g["nodes"][0]["r"] > g["nodes"][1]["r"]  # more events, bigger node
    for n in g["nodes"]:
        assert 0 <= n["x"] <= g["width"] and 0 <= n["y"] <= g["height"]


def test_charts_timeline_bars_go_up_for_cooperation_and_down_for_conflict() -> None:
    periods = [{"period": "2024-06-10", "label": "2024-W24", "total": 4, "cooperation": 4, "conflict": 0,
                "goldstein_mean": 5.0},
               {"period": "2024-06-17", "label": "2024-W25", "total": 2, "cooperation": 0, "conflict": 2,
                "goldstein_mean": -6.0}]
    c = timeline_chart(periods)
    a, b = c["bars"]
    assert a["up_h"] > 0 and a["down_h"] == 0 and a["up_y"] + a["up_h"] == c["mid"]
    assert b["up_h"] == 0 and b["down_h"] == a["up_h"] / 2
    assert len(c["goldstein"].split()) == 2 and [lb["text"] for lb in c["labels"]] == ["2024-W24", "2024-W25"]
