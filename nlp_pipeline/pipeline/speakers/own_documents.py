"""A statement's container with its author's pronoun: «وقال النادي في بيانه إن…»، «وأكدت الشركة في
تصريحاتها أن…». «في» + such a noun tells where the subject said it, like «في بيان» (unnamed_sources.py), so it
ends the subject's description («النادي الفرنسي», not «النادي الفرنسي في بيانه»)."""

from __future__ import annotations

from nlp_pipeline.lang.ar.lexicon import DOCUMENT_NOUNS
from nlp_pipeline.lang.ar.wordforms import without_article

OWNER_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")  # the subject's: third person only, longest first
TA_MARBUTA = "ة"


def owned_document(norm: str) -> bool:
    """«بيانه»، «تصريحاتها»، «رسالته» (the ة written ت before the pronoun): a document noun with a pronoun."""
    ending = next((p for p in OWNER_PRONOUNS if norm.endswith(p)), None)
    if ending is None:
        return False
    stem = norm[: -len(ending)]
    forms = {stem, stem[:-1] + TA_MARBUTA} if stem.endswith("ت") else {stem}
    return bool(forms & DOCUMENT_NOUNS)


def statement_noun(norm: str) -> bool:
    """A statement's container: «بيان»، «البيان», or one with its author's pronoun («بيانه»)."""
    return without_article(norm) in DOCUMENT_NOUNS or owned_document(norm)
