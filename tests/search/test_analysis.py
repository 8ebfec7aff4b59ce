"""How queries are read in each language."""

import pytest

from search import analysis
from search.highlight import Highlighter


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Goraždevac", "gorazdevac"),
        ("građani Đakovica", "gradani dakovica"),
        ("Shoqërisë Çfarë", "shoqerise cfare"),
        ("Učešće", "ucesce"),
    ],
)
def test_diacritics_are_folded(text, folded):
    assert analysis.fold(text) == folded


def test_only_letters_and_digits_make_words():
    assert analysis.words("' OR 1=1 -- &|!() \"unclosed a:* \x00") == [
        "or",
        "1",
        "unclosed",
        "a",
    ]


def test_words_longer_than_any_real_one_are_ignored():
    assert analysis.words("x" * 41 + " civil") == ["civil"]


def test_a_query_keeps_at_most_ten_words():
    text = " ".join(f"word{number}" for number in range(30))

    assert len(analysis.search_terms(text, "en")) == analysis.MAX_QUERY_WORDS
    assert analysis.is_shortened(text, "en")


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("sq", "roli i shoqerise civile", ["roli", "shoqerise", "civile"]),
        ("sr-latn", "sta je civilno drustvo", ["sta", "civilno", "drustvo"]),
        ("en", "the role of civil society", ["role", "civil", "society"]),
        ("en", "the of", ["the", "of"]),
    ],
)
def test_words_without_meaning_are_left_out_when_others_remain(language, text, kept):
    assert analysis.content_words(text, language) == kept


@pytest.mark.parametrize(
    ("forms", "stem"),
    [
        (["shoqeria", "shoqerise", "shoqerine", "shoqerive"], "shoqeri"),
        (["kosova", "kosoves", "kosoven", "kosove"], "kosov"),
        (["integrimi", "integrimit", "integrimin"], "integrim"),
    ],
)
def test_albanian_endings_are_removed_down_to_a_shared_stem(forms, stem):
    assert {analysis.albanian_stem(form) for form in forms} == {stem}


def test_albanian_terms_match_every_word_starting_with_their_stem():
    assert analysis.search_terms("shoqerise", "sq") == [
        analysis.Term(("shoqeri",), prefix=True)
    ]


def test_short_albanian_words_match_whole():
    assert analysis.search_terms("BE", "sq") == [analysis.Term(("be",))]


def test_serbian_dj_is_also_read_as_the_d_of_folded_dj():
    assert analysis.search_terms("gradjani", "sr-latn") == [
        analysis.Term(("gradjani", "gradani"))
    ]


def test_only_the_last_word_of_a_suggestion_is_unfinished():
    assert analysis.autocomplete_terms("koncept civ") == [
        analysis.Term(("koncept",)),
        analysis.Term(("civ",), prefix=True),
    ]


@pytest.mark.parametrize(
    ("language", "query", "word"),
    [
        ("sr-latn", "drustvo", "društva"),
        ("sq", "shoqeri", "shoqërisë"),
        ("en", "journalists", "journalist"),
        ("en", "Dimitrievic", "Dimitrijevic"),
    ],
)
def test_highlighting_marks_inflected_and_misspelt_words(language, query, word):
    assert Highlighter(query, language).highlight(f"x {word} y") == (
        f"x <mark>{word}</mark> y"
    )


def test_highlighting_escapes_the_text():
    html = Highlighter("civil", "en").highlight("<b>civil</b> & society")

    assert html == "&lt;b&gt;<mark>civil</mark>&lt;/b&gt; &amp; society"


def test_a_snippet_is_the_passage_with_the_most_matches():
    text = " ".join(["filler"] * 100 + ["civil", "society"] + ["filler"] * 100)

    snippet = Highlighter("civil society", "en").snippet([text])

    assert "<mark>civil</mark> <mark>society</mark>" in snippet
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert len(snippet.split()) < 40
