"""Every Arabic word list of the pipeline, read from `data/` (one home; edit the files, not the code).

Files are UTF-8 text: `#` starts a comment; `.txt` lists are whitespace-separated words (or one phrase a line
where noted); `.tsv` tables have tab-separated columns. Words are normalized here (no diacritics, bare alef,
ى -> ي) so that they match `Token.norm`, and are written in ordinary spelling in the files.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from nlp_pipeline.lang.ar.normalize import normalize


@cache
def _lines(name: str) -> tuple[str, ...]:
    """Non-blank lines of a data file, comments removed."""
    text = files("nlp_pipeline.lang.ar").joinpath("data", name).read_text(encoding="utf-8")
    lines = (line.split("#", 1)[0].rstrip() for line in text.splitlines())
    return tuple(line for line in lines if line.strip())


def raw_words(name: str) -> list[str]:
    """The words of a list, as written."""
    return [w for line in _lines(name) for w in line.split()]


def words(name: str) -> frozenset[str]:
    """The words of a list, normalized."""
    return frozenset(normalize(w) for w in raw_words(name))


def phrases(name: str) -> list[tuple[str, ...]]:
    """One phrase a line, each a tuple of normalized words."""
    return [tuple(normalize(w) for w in line.split()) for line in _lines(name)]


def table(name: str) -> list[list[str]]:
    """Rows of a tab-separated table, cells as written (missing trailing cells are "")."""
    return [line.split("\t") for line in _lines(name)]


CLAUSE_OPENERS = words("clause_openers.txt")
SUBORDINATORS = words("subordinators.txt")
VERBAL_SUBORDINATORS = words("verbal_subordinators.txt")
RELATIVE_PRONOUNS = words("relative_pronouns.txt")
FUNCTION_WORDS = words("function_words.txt") | RELATIVE_PRONOUNS  # «اللجنة والتي…» ends the subject
NAME_STOPS = FUNCTION_WORDS | words("name_stops.txt")  # none of them is part of a name
PERSON_TITLES = words("person_titles.txt")
HONORIFICS = words("honorifics.txt")
ADDRESS_STYLES = words("address_styles.txt")
TITLE_LINKS = words("title_links.txt")
SOURCE_HEADS = words("source_heads.txt")
DOCUMENT_NOUNS = words("document_nouns.txt")
MASDAR_CUES = words("masdar_cues.txt")  # verbal nouns that report a clause after أن («تأكيده أن…»)
PUBLISHING_WORDS = words("publishing_words.txt")
AUTHOR_PREPOSITIONS = words("author_prepositions.txt")  # «بيان من مكتب X»: X wrote it
OCCASION_NOUNS = words("occasion_nouns.txt")
MEDIA_NOUNS = words("media_nouns.txt")
AGENCY_HEADS = phrases("agency_heads.txt")
AGENCY_TAILS = words("agency_tails.txt")  # «وكالة X للأنباء»
INSTITUTION_HEADS = words("institution_heads.txt")
NAME_PARTICLES = words("name_particles.txt")
EUROPEAN_PARTICLES = words("european_particles.txt")
NAME_ENDS = words("name_ends.txt")
ORG_HEADS = words("org_heads.txt")
ORG_CLASSIFIERS = words("org_classifiers.txt")
NAME_CLASSIFIERS = words("name_classifiers.txt")
FEMALE_NAMES = words("female_names.txt")
GIVEN_NAMES = words("given_names.txt")
PHRASE_PREPOSITIONS = words("phrase_prepositions.txt")
SUBJECT_STOPS = words("subject_stops.txt")
SOURCE_ADJECTIVES = words("source_adjectives.txt")
AFFILIATIONS = words("affiliations.txt")
ADVERBS = words("adverbs.txt")
ADVERB_PHRASES = phrases("adverb_phrases.txt")
ASIDE_OPENERS = words("aside_openers.txt")
OBJECT_PREPOSITIONS = words("object_prepositions.txt")
AUXILIARY_VERBS = words("auxiliary_verbs.txt")
PERFECT_PARTICLES = words("perfect_particles.txt")
SUBJECT_PARTICLES = words("subject_particles.txt")
POSSESSIVES = words("possessives.txt")
QUANTIFIERS = words("quantifiers.txt")
GROUP_WORDS = words("group_words.txt")
GROUP_PRONOUNS = words("group_pronouns.txt")
PEOPLE_PLURALS = words("people_plurals.txt")
STATE_CLASSIFIERS = words("state_classifiers.txt")
PLURAL_NATIONALITIES = words("plural_nationalities.txt")
FINDING_NOUNS = words("finding_nouns.txt")
GREETING_NOUNS = words("greeting_nouns.txt")
TOPIC_PREPOSITIONS = words("topic_prepositions.txt")
OUTLET_NAMES = words("outlet_names.txt")
ROLE_PLACE_PREPOSITIONS = words("role_place_prepositions.txt")
FRAME_NOUNS = words("frame_nouns.txt")  # «في إطار…»: an adverbial, not a part of a source
PLACE_NOUNS = words("place_nouns.txt")  # «من محافظة X»: where a described source is
# «سموه» -> the title stems of the persons it can mean ({سمو، أمير، ملكي}).
ADDRESS_TITLES = {
    normalize(form): frozenset(normalize(t) for t in titles.split())
    for forms, titles in (row[:2] for row in table("address_titles.tsv"))
    for form in forms.split()
}
# «المشرف على…»: a role noun's stem -> the preposition of its complement inside the title phrase.
ROLE_COMPLEMENTS = {
    normalize(role): normalize(prep) for role, prep in (row[:2] for row in table("role_complements.tsv"))
}
# Heads of a subject that is described, not named: «مصادر …»، «وزارة …»، «بيان …»، «صحيفة …».
DESCRIPTION_HEADS = SOURCE_HEADS | INSTITUTION_HEADS | ORG_HEADS
STATEMENT_HEADS = DOCUMENT_NOUNS | MEDIA_NOUNS  # a statement's own author: «البيان»، «الصحيفة»
