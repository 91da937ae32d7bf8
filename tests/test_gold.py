"""Checks on the hand-labelled NER gold set benchmarks/gold/seeds.conll (see benchmarks/gold/README.md)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from nlp_pipeline.corpora.conll import read_conll  # noqa: E402
from nlp_pipeline.lang.ar.tokenizer import tokenize_doc  # noqa: E402
from nlp_pipeline.pipeline.ner.bioes import spans_from_tags as entities  # noqa: E402
from nlp_pipeline.tokens.doc import Doc  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "seeds.conll"
SEEDS = [ROOT / "seeds" / "000_a760655660ed4d95.txt", ROOT / "seeds" / "004_1d7c129ce0994c4a.txt"]
TAGS = {"O"} | {f"{p}-{label}" for p in "BI" for label in ("PER", "LOC", "ORG")}
# Entity counts per label, as listed in README.md (update both together).
EXPECTED_COUNTS = {"PER": 32, "LOC": 118, "ORG": 11}

Sentence = list[tuple[str, str]]


def read_gold() -> list[list[Sentence]]:
    """Documents -> sentences -> (word, tag), read strictly.

    `word TAG` with one space, one blank line between sentences.
    """
    docs: list[list[Sentence]] = []
    sent: Sentence = []
    lines = GOLD.read_text(encoding="utf-8").split("\n")
    for n, line in enumerate(lines, 1):
        if line == "-DOCSTART- O":
            assert not sent, f"line {n}: -DOCSTART- inside a sentence"
            docs.append([])
            continue
        if line == "":
            if sent:
                docs[-1].append(sent)
                sent = []
            continue
        assert docs, f"line {n}: token before the first -DOCSTART-"
        parts = line.split(" ")
        assert len(parts) == 2 and all(parts), f"line {n}: expected `word TAG`, got {line!r}"
        sent.append((parts[0], parts[1]))
    if sent:
        docs[-1].append(sent)
    return docs


def project_sentences(path: Path) -> list[list[str]]:
    doc = tokenize_doc(Doc(id=path.stem, text=path.read_text(encoding="utf-8")))
    return [[tok.text for tok in doc.sentence_tokens(s)] for s in doc.sentences]


@pytest.fixture(scope="module")
def gold() -> list[list[Sentence]]:
    return read_gold()


def all_pairs(gold: list[list[Sentence]]) -> list[tuple[str, str]]:
    return [pair for doc in gold for sent in doc for pair in sent]


def test_file_layout():
    text = GOLD.read_text(encoding="utf-8")
    assert text.startswith("-DOCSTART- O\n\n")
    assert text.count("-DOCSTART- O") == len(SEEDS)
    assert "\t" not in text and "\r" not in text
    assert "\n\n\n" not in text  # exactly one blank line between sentences
    assert text.endswith("\n") and not text.endswith("\n\n\n")


def test_tokens_match_project_tokenizer(gold):
    assert len(gold) == len(SEEDS)
    for path, doc in zip(SEEDS, gold, strict=True):
        expected = project_sentences(path)
        got = [[w for w, _ in sent] for sent in doc]
        assert len(got) == len(expected), f"{path.name}: sentence count"
        for i, (g, e) in enumerate(zip(got, expected, strict=True)):
            assert g == e, f"{path.name}: sentence {i} differs"


def test_tags_are_valid_iob2(gold):
    for doc in gold:
        for sent in doc:
            prev = "O"
            for word, tag in sent:
                assert tag in TAGS, f"{word}: bad tag {tag}"
                if tag.startswith("I-"):
                    assert prev != "O" and prev[2:] == tag[2:], f"{word}: {tag} after {prev}"
                prev = tag


def test_project_reader_agrees(gold):
    """read_conll repairs IOB1; on valid IOB2 it must return the tags unchanged."""
    ours = [[t for _, t in sent] for doc in gold for sent in doc]
    theirs = [s.tags for s in read_conll(GOLD)]
    assert theirs == ours


def test_entity_counts(gold):
    counts = Counter(label for doc in gold for sent in doc for _, _, label in entities([t for _, t in sent]))
    assert dict(counts) == EXPECTED_COUNTS


def spans(gold) -> list[tuple[str, str]]:
    """(entity text, label) for every entity in the file."""
    out = []
    for doc in gold:
        for sent in doc:
            tags = [t for _, t in sent]
            for s, e, label in sorted(entities(tags)):
                out.append((" ".join(w for w, _ in sent[s:e]), label))
    return out


def find(gold, words: list[str]) -> list[list[str]]:
    """The tags of every occurrence of the word sequence."""
    hits = []
    for doc in gold:
        for sent in doc:
            ws = [w for w, _ in sent]
            for i in range(len(ws) - len(words) + 1):
                if ws[i : i + len(words)] == words:
                    hits.append([t for _, t in sent[i : i + len(words)]])
    return hits


@pytest.mark.parametrize(
    ("phrase", "tags", "n"),
    [
        ("سيرغي لافروف", "B-PER I-PER", 3),
        ("أسعد حسن الشيباني", "B-PER I-PER I-PER", 1),
        ("اللواء مرهف أبو قصرة", "O B-PER I-PER I-PER", 2),
        ("الرئيس الروسي فلاديمير بوتين", "O O B-PER I-PER", 2),
        ("لبشار الأسد", "B-PER I-PER", 1),
        ("ولافروف", "B-PER", 1),
        ("فايز الأسمر", "B-PER I-PER", 1),
        ("وزيرا الخارجية والمغتربين السوري", "O O O O", 1),
        ("إدارة الإعلام في وزارة الخارجية السورية", "O O O B-ORG I-ORG I-ORG", 1),
        ("دائرة الإعلام بوزارة الخارجية السورية", "O O B-ORG I-ORG I-ORG", 1),
        ("بوزارة الخارجية وأخبار المغتربين", "B-ORG I-ORG O O", 1),
        ("لصحيفة كوميرسانت الروسية", "O B-ORG O", 1),
        ("صحيفة كوميرسانت", "O B-ORG", 1),
        ("لبي بي سي عربي", "B-ORG I-ORG I-ORG I-ORG", 1),
        ("مجلس الأمن", "B-ORG I-ORG", 1),
        ("الأمم المتحدة", "B-ORG I-ORG", 1),
        ("الكرملين", "B-ORG", 3),
        ("الحكومة الانتقالية", "O O", 1),
        ("الحكومة السورية الجديدة", "O O O", 3),
        ("منطقة الشرق الأوسط", "O B-LOC I-LOC", 1),
        ("قاعدة طرطوس البحرية", "O B-LOC O", 1),
        ("البحر المتوسط", "B-LOC I-LOC", 1),
        ("الساحل السوري", "O O", 1),
        ("الغرب", "B-LOC", 2),
        ("فروسيا", "B-LOC", 1),
        ("وموسكو", "B-LOC", 2),
        ("alikhbariah . com", "O O O", 1),
    ],
)
def test_spot_checks(gold, phrase, tags, n):
    hits = find(gold, phrase.split())
    assert len(hits) == n, f"{phrase}: {len(hits)} occurrences"
    for hit in hits:
        assert hit == tags.split(), f"{phrase}: {hit}"


@pytest.mark.parametrize(
    ("names", "label"),
    [
        ({"موسكو", "سوريا", "دمشق", "روسيا", "تركيا", "قطر", "إيران", "إسرائيل", "طرطوس", "حميميم"}, "B-LOC"),
        ({"الشيباني", "لافروف", "بوتين", "الشرع", "الأسد", "الاسد", "الأسمر"}, "B-PER"),
        ({"الكرملين", "كوميرسانت"}, "B-ORG"),
    ],
)
def test_names_labelled_consistently(gold, names, label):
    """Each of the names, bare or with proclitics (و ف ل ب), is always inside an entity of the label."""
    prefixes = ("", "و", "ف", "ل", "ب", "ول", "وب", "فل", "فب")
    seen = 0
    for word, tag in all_pairs(gold):
        if any(word == p + name for p in prefixes for name in names):
            seen += 1
            assert tag[2:] == label[2:], f"{word}: {tag}"
    assert seen


def test_nationality_adjectives_and_titles_are_outside(gold):
    """Titles and generic bodies are always O; a nationality adjective never starts an entity (it may only end
    a name, as in وزارة الخارجية السورية)."""
    outside = {"الرئيس", "والرئيس", "بالرئيس", "اللواء", "وزير", "ووزير", "لوزير", "الوزير"}
    outside |= {"الحكومة", "الجيش", "القيادة"}
    adjectives = {"السوري", "السورية", "الروسي", "الروسية", "السوريين", "الروس", "الإسرائيلي", "الإسرائيلية"}
    for word, tag in all_pairs(gold):
        if word in outside:
            assert tag == "O", f"{word}: {tag}"
        if word in adjectives:
            assert not tag.startswith("B-"), f"{word}: {tag}"


def test_entity_spans_have_no_punctuation(gold):
    for text, _ in spans(gold):
        for w in text.split():
            assert any(ch.isalpha() for ch in w), f"punctuation inside entity {text!r}"
