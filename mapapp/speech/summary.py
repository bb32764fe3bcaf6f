"""The summary a journalist can paste: sentences made from the facts (mapapp.speech.facts).

Rules (docs/speech.md): held ground only is "held"; presence is said apart and never added;
Syria–Iraq apart from abroad; areas named by the largest towns inside them, in their country;
the story actor's last pocket is named; when it holds nothing in Syria or Iraq, that is said.
"""

from mapapp.models import Actor, DatedPolygon, DatePrecision, lineage
from mapapp.speech import STORY_ACTOR, STORY_NAME, regions
from mapapp.speech.facts import facts_on

# One area smaller than this is "the last pocket" (Baghouz: 4 km² in February 2019).
LAST_POCKET_KM2 = 50
NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def day_text(day):
    return f"{day.day} {day:%B %Y}"


def when_text(day):
    """'On 12 August 2016', but 'In June 2014' when the versions starting that day are only
    known to the month (or 'In 2014', to the year): no invented day."""
    started = set(
        DatedPolygon.objects.published()
        .filter(valid_from=day)
        .values_list("valid_from_precision", flat=True)
    )
    if not started or DatePrecision.DAY in started:
        return f"On {day_text(day)}"
    if DatePrecision.MONTH in started:
        return f"In {day:%B %Y}"
    return f"In {day.year}"


def km2_text(km2):
    """'about 0.4 km²', 'about 320 km²', 'about 68,230 km²': no false precision."""
    if km2 < 10:
        return f"about {km2:.1f} km²"
    if km2 < 1000:
        return f"about {round(km2):,} km²"
    return f"about {round(km2, -1):,.0f} km²"


def count_text(n, noun):
    return f"{NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else n} {noun}{'' if n == 1 else 's'}"


def names_text(names):
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def area_text(area):
    """'around Mosul, Tal Afar and Raqqa', or 'near Sirte' when no town lies inside."""
    if area.places:
        return "around " + names_text([p["name"] for p in area.places[:3]])
    if area.near:
        return f"near {area.near['name']}"
    return ""


def region_text(fact):
    """'in Syria and Iraq', 'in Iraq'; abroad, the countries: 'in Libya'."""
    countries = sorted({c for a in fact.areas for c in a.countries})
    if fact.region == "syria-iraq":
        countries = [c for c in countries if c in ("SY", "IQ")] or ["SY", "IQ"]
    return "in " + names_text(sorted(regions.name_of(c) for c in countries))


def held_sentence(fact, subject, story):
    areas, where, km2 = fact.areas, region_text(fact), km2_text(fact.held_km2)
    last_pocket = (
        story
        and fact.region == "syria-iraq"
        and len(areas) == 1
        and fact.held_km2 < LAST_POCKET_KM2
        and areas[0].places
    )
    if last_pocket:
        return (
            f"{subject} holds only the last pocket at {areas[0].places[0]['name']}, {km2}, {where}"
        )
    if len(areas) == 1:
        return f"{subject} holds {km2} {where}, {area_text(areas[0])}".rstrip(", ")
    others = [area_text(a) for a in areas[1:3] if area_text(a)]
    more = f"; other areas {' and '.join(others)}" if others else ""
    return (
        f"{subject} holds {km2} {where} in {count_text(len(areas), 'area')}: "
        f"the largest ({km2_text(areas[0].km2)}) {area_text(areas[0])}{more}"
    )


def presence_sentence(facts, name):
    parts = [
        km2_text(f.presence_km2) + (" in Syria and Iraq" if f.region == "syria-iraq" else " abroad")
        for f in facts
        if f.presence_km2
    ]
    if not parts:
        return None
    return (
        f"{name} insurgents are also present on {' and '.join(parts)}, not counted as held ground"
    )


def actor_sentences(actor_facts, is_story):
    name = actor_facts[0].actor_name
    held = [f for f in actor_facts if f.held_km2]
    core = [f for f in held if f.region == "syria-iraq"]
    sentences = []
    if is_story and not core:
        sentences.append(f"{name or STORY_NAME} holds no ground in Syria or Iraq")
    for index, fact in enumerate(held):
        sentences.append(held_sentence(fact, name if index == 0 else "Abroad it", is_story))
    if is_story:
        presence = presence_sentence(actor_facts, name)
        if presence:
            sentences.append(presence)
    return sentences


def summary(day, bbox=None, actor=STORY_ACTOR):
    """{text, facts}: the summary of `day` (in `bbox` if given), told from `actor`'s side.

    The story actor (Islamic State unless the reader picks another) comes first, with its last
    pocket, its absence and its insurgent presence named; its lineage counts as itself, so the
    SDF's summary of 2015 speaks of the YPG. Every other side follows, the largest first.
    """
    facts = facts_on(day, bbox)
    by_actor = {}
    for fact in facts:
        by_actor.setdefault(fact.actor, []).append(fact)
    side = lineage(actor)
    story = [f for slug in side for f in by_actor.pop(slug, [])]
    sentences = actor_sentences(story, True) if story else []
    if not story and not bbox:
        name = Actor.objects.filter(slug=actor).values_list("name", flat=True).first()
        sentences.append(f"{name or STORY_NAME} holds no ground in Syria or Iraq")
    for actor_facts in sorted(by_actor.values(), key=lambda fs: -sum(f.held_km2 for f in fs)):
        sentences.extend(actor_sentences(actor_facts, False))
    when = when_text(day)
    text = f"{when}: {'. '.join(sentences)}." if sentences else f"{when} no ground is mapped here."
    return {"date": day.isoformat(), "text": text, "facts": [f.as_json() for f in facts]}
