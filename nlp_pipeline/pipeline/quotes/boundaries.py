"""Where reported content starts and stops, token by token: the small tests that `_QuoteFinder` applies
while it walks from a cue to its content (ANNOTATION_GUIDE.md, Quotations)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from nlp_pipeline.lang.ar.lexicon import CLAUSE_OPENERS, SUBORDINATORS
from nlp_pipeline.lang.ar.punctuation import CLAUSE_PUNCT
from nlp_pipeline.lang.ar.wordforms import is_complementizer, is_definite, is_title, without_conjunction
from nlp_pipeline.pipeline.quotes.cues import Cue
from nlp_pipeline.tokens.doc import Token

# «، وهو…»: a circumstantial aside on the subject, not a new clause
ASIDE_PRONOUNS = frozenset({"وهو", "وهي", "وهم", "وهما"})
MAX_OPENED_SUBJECT = 3  # «…، لكن طهران أكدت أن…»: words of a subject between a clause opener and its verb


def object_before_an(tokens: Sequence[Token], cue: Cue, k: int) -> bool:
    """«سائلًا الله أن…»، «داعيًا الحكومة أن…»: one definite word between a participle and أن at token k
    is its object, and the content starts there."""
    one = cue.kind == "participle" and cue.takes_object and k == cue.last + 1
    return one and is_definite(tokens[cue.last].norm)


def fa_inna(tokens: Sequence[Token], named: Collection[int], t: int) -> bool:
    """فإن, the particle of a main clause after «لأن…» or «رغم…»; a named «فان جال» is a name. `named`:
    tokens of people and organisations."""
    norm = tokens[t].norm
    return is_complementizer(norm) and norm.startswith("ف") and t not in named


def opens_content(tokens: Sequence[Token], named: Collection[int], t: int) -> bool:
    """أن/إن at token t opens a verb's content: not a conjunction («بعد أن»: subordinate), not «فان» inside a
    tagged name («لويس فان غال»، «وقال فان در كلاوو إن…»: the Dutch particle, not فإن)."""
    norm = tokens[t].norm
    fa_name = norm.startswith("ف") and t in named
    return is_complementizer(norm) and not fa_name and not subordinate(tokens, t)


def clock_colon(tokens: Sequence[Token], t: int) -> bool:
    """A colon between digits is a time or a score («الساعة ١٩:٢٩»), not the start of a statement."""
    near = tokens[t - 1 : t + 2]
    return len(near) == 3 and near[0].text[-1:].isdigit() and near[2].text[:1].isdigit()


def new_clause(tokens: Sequence[Token], named: Collection[int], t: int) -> bool:
    """After a comma, «و» + a word that is no name or title starts a new clause («…، وإظهار أنها»)."""
    norm = tokens[t].norm
    if norm in ASIDE_PRONOUNS:
        return False  # «وقالت الباحثة فلانة، وهي أستاذة في…، إن…»: an aside on the subject
    return len(norm) > 2 and norm[0] == "و" and t not in named and not is_title(norm)


def subordinate(tokens: Sequence[Token], t: int) -> bool:
    """أن at token t as a conjunction («بعد أن»، «رغم أن»، «دون أن»، «إلا أن»; subordinators.txt): it opens
    an adverbial clause, not a speech verb's content («وقال بعد أن التقى نظيره إن…»: content after إن)."""
    before = without_conjunction(tokens[t - 1].norm) if t > 0 else []
    return is_complementizer(tokens[t].norm) and bool(SUBORDINATORS.intersection(before))


def clause_opening(tokens: Sequence[Token], first: int, cue: Cue) -> int | None:
    """Where a new clause of the cue opens inside content that began at token `first`: right before the cue
    after a mark or an opener («…، وأضاف»، «…، كما أكد»), or, for a verb, at an opener before its subject of a
    few words («…الإفراج عن الصحافي، لكن طهران أكدت أنها…»); None when no clause opens there."""
    verb = cue.first
    prev = verb - 1
    if prev < first:
        return None
    if tokens[prev].text in CLAUSE_PUNCT or tokens[prev].norm in CLAUSE_OPENERS:
        return verb
    if cue.kind != "verb":  # «…فيما تضمنه الخبر بحسب رواية…»: a source phrase is no clause of its own
        return None
    for opener in range(prev - 1, max(first, verb - 1 - MAX_OPENED_SUBJECT) - 1, -1):
        if tokens[opener].norm in CLAUSE_OPENERS:
            return opener
        if not tokens[opener + 1].norm.isalpha() or is_complementizer(tokens[opener].norm):
            return None
    return None
