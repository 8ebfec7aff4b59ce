"""How the site reads what visitors type, in each of its languages.

People in Kosovo often type without ë, ç, č, ć, š, ž or đ, so queries and
indexed text are folded to bare letters in every language. Words are runs of
letters and digits: punctuation, full-text operators and control characters
never reach the database.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant

# Letters with no Unicode decomposition into a base letter and a mark, folded
# as PostgreSQL's unaccent folds them.
UNDECOMPOSABLE_LETTERS = str.maketrans({"đ": "d", "Đ": "D"})
WORD = re.compile(r"[^\W_]+")

# A query is cut to its first words: a pasted paragraph costs no more than a
# question, and no single "word" longer than any real one is looked up.
MAX_QUERY_WORDS = 10
MAX_WORD_LENGTH = 40

# Words that carry no meaning of their own, dropped from queries that have
# others so that "roli i shoqërisë civile" needs no page to contain "i".
STOPWORDS = {
    "sq": frozenset("a dhe e i me ne nga nje per se si te u".split()),
    "sr-latn": frozenset("a da i ili iz je k ka na o od po s sa se su u za".split()),
    "en": frozenset("a an and at by for from in is of on or the to with".split()),
}

# Albanian marks definiteness and case with endings on the word (shoqëri,
# shoqëria, shoqërisë, shoqërinë; Kosovë, Kosova, Kosovës) and PostgreSQL has
# no Albanian stemmer. One of these endings is replaced, longest first, and the
# rest matched as a prefix of the indexed words. The plural "-ve" is only taken
# off after "i" (shoqërive): elsewhere it is the word's own (Kosovë).
ALBANIAN_ENDINGS = [
    ("ave", ""),
    ("eve", ""),
    ("ive", "i"),
    *((ending, "") for ending in "it ut in un en ne se es et te".split()),
    *((ending, "") for ending in "a e i u n s t".split()),
]
MIN_STEM_LENGTH = 4


@dataclass(frozen=True)
class Term:
    """One word of a query as the index is asked for it: any of its spellings."""

    spellings: tuple
    prefix: bool = False


def unaccent(text):
    """``text`` without diacritics: "Goraždevac" → "Gorazdevac", "đ" → "d"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSABLE_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def fold(text):
    return unaccent(text).casefold()


def words(text):
    """The folded words of ``text``, each once, in order."""
    found = (word for word in WORD.findall(fold(text)) if len(word) <= MAX_WORD_LENGTH)
    return list(dict.fromkeys(found))


def content_words(text, language_code):
    """The words of a query that carry meaning, or all of them if none does."""
    found = words(text)
    stopwords = STOPWORDS.get(language_code, frozenset())
    return [word for word in found if word not in stopwords] or found


def is_shortened(text, language_code):
    """Whether a search for ``text`` leaves some of its words out."""
    return len(content_words(text, language_code)) > MAX_QUERY_WORDS


def albanian_stem(word):
    for ending, replacement in ALBANIAN_ENDINGS:
        stem = word[: -len(ending)] + replacement
        if word.endswith(ending) and len(stem) >= MIN_STEM_LENGTH:
            return stem
    return word


def search_terms(text, language_code):
    """The terms a full-text search for ``text`` asks the index for."""
    found = content_words(text, language_code)[:MAX_QUERY_WORDS]
    if language_code == "sq":
        stems = (albanian_stem(word) for word in found)
        return [Term((stem,), prefix=len(stem) >= MIN_STEM_LENGTH) for stem in stems]
    if language_code == "sr-latn":
        return [Term(serbian_spellings(word)) for word in found]
    return [Term((word,)) for word in found]


def serbian_spellings(word):
    """Without đ, Serbian is written with "dj" ("gradjani") as often as with "d"."""
    if "dj" in word:
        return (word, word.replace("dj", "d"))
    return (word,)


def autocomplete_terms(text):
    """Terms for search-as-you-type: the last word may be unfinished."""
    found = words(text)[:MAX_QUERY_WORDS]
    last = len(found) - 1
    return [Term((word,), prefix=index == last) for index, word in enumerate(found)]


def active_language():
    """The site language active now, one of ``settings.LANGUAGES``."""
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return settings.LANGUAGE_CODE
