"""Czech OVS subjects the parser made objects. A subject under a numeral that governs its case ('pět ozbrojenců',
'dvacet tisíc Ukrajinců') takes a neuter singular verb and the genitive (word_order.counted): in OVS order the fronted
object is then no subject, and the counted name is no second object (recipient). A state name's gender shows by its
ending (word_order.name_gender). Of two 'objects' beside an animate accusative, the agreeing other is the subject."""

from __future__ import annotations

from events_support import full_triples


def test_counted_subject_fronted_object_is_the_target() -> None:
    assert full_triples("Izraelské pozice v noci ostřelovalo pět palestinských ozbrojenců.") == {
        ("ASSAULT", "PSEREB", "ISR")}


def test_counted_subject_strike_organised_by_parties() -> None:
    text = "Celostátní stávku zorganizovalo pět francouzských odborových svazů na protest proti důchodové reformě."
    assert full_triples(text) == {("PROTEST", "FRALAB", "FRAGOV")}


def test_counted_subject_is_no_recipient() -> None:
    assert full_triples("Rezignaci premiéra požadovalo v Kyjevě dvacet tisíc Ukrajinců.") == {
        ("REQUEST", "UKR", "UKRGOV")}


def test_counted_object_of_a_subject_stays_the_object() -> None:
    assert full_triples("Policie zadržela sedm demonstrantů.") == {("COERCE", "CZECOP", "CZEOPP")}


def test_state_name_gender_by_its_ending() -> None:
    """'Zambie' tagged masculine is still the subject of a feminine verb (word_order.name_gender)."""
    assert full_triples("Zambie v neděli vydala do Británie britského občana podezřelého z terorismu.") == {
        ("COOPERATE", "ZMB", "GBR")}


def test_state_name_of_no_telling_ending_stays_the_object() -> None:
    text = "Ministerstvo zahraničí odsoudilo útok. Kyjev zároveň vyzvalo k jednání s Ruskem."
    assert ("REQUEST", "CZEGOV", "UKRGOV") in full_triples(text)


def test_two_objects_beside_an_animate_accusative_the_other_is_the_subject() -> None:
    text = "Černohorského premiéra obžaloval válečný tribunál OSN z údajného podílu na zvěrstvech."
    assert full_triples(text) == {("ACCUSE", "IGOUNO", "MNEGOV")}


def test_approximate_count_of_a_passive_is_its_patient() -> None:
    """'bylo zadrženo přes 142 lidí': the counted noun under 'přes' is the passive subject, not an adverbial."""
    text = ("Mexická policie vyšetřuje zmizení studentů v Mexiku. Mexiko je v šoku. "
            "V rámci vyšetřování bylo zadrženo přes 142 lidí.")
    assert ("COERCE", "MEXCOP", "MEXCVL") in full_triples(text)
    text = "Česká policie zasahovala v Praze proti demonstrantům. Kolem 50 demonstrantů bylo zatčeno."
    assert ("COERCE", "CZECOP", "CZEOPP") in full_triples(text)


def test_approximate_count_of_an_active_passive_neighbour_stays_the_object() -> None:
    """An active verb keeps its counted object ('Policie zadržela přes 30 lidí')."""
    assert full_triples("Česká policie v Praze zadržela přes 30 demonstrantů.") == {("COERCE", "CZECOP", "CZEOPP")}
