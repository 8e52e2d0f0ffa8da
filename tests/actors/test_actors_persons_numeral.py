"""An unlisted name ending in a Roman numeral is an event or era, not a private person."""

from __future__ import annotations

from kronika import Pipeline


def test_actors_persons_world_war_ii_is_no_private_person(pipeline: Pipeline) -> None:
    text = ("The French regime collaborated with Germany during World War II, Éric Lamontagne said in France. "
            "France's president disagreed.")
    codes = {m.text: m.code for m in pipeline({"text": text, "lang": "en", "published": "2021-06-18"}).mentions}
    assert codes.get("World War II") is None
    assert codes["Éric Lamontagne"] == "FRACVL"  # an unlisted person still is one
