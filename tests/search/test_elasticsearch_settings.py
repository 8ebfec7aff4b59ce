"""Elasticsearch or OpenSearch: one backend, and index, per language."""

from search.elasticsearch import language_backends


def test_each_language_gets_a_backend_named_for_it():
    backends = language_backends("https://search.example.org:9200")

    assert set(backends) == {"default", "sr-latn", "en"}
    prefixes = {backend["INDEX_PREFIX"] for backend in backends.values()}
    assert len(prefixes) == 3
    for backend in backends.values():
        assert backend["URLS"] == ["https://search.example.org:9200"]
        assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch8"


def test_each_language_is_analysed_with_its_own_default_analyser():
    backends = language_backends("http://localhost:9200")

    def analyser(name):
        analysis = backends[name]["INDEX_SETTINGS"]["settings"]["analysis"]
        filters = analysis["analyzer"]["default"]["filter"]
        return filters, analysis["filter"]

    for name in backends:
        filters, _definitions = analyser(name)
        assert {"lowercase", "asciifolding"} <= set(filters)
    serbian, definitions = analyser("sr-latn")
    assert any(definitions[f].get("language") == "Serbian" for f in serbian[2:])
    english, definitions = analyser("en")
    assert any(definitions[f].get("language") == "english" for f in english[2:])


def test_opensearch_can_be_chosen():
    backends = language_backends(
        "http://localhost:9200", "wagtail.search.backends.opensearch2"
    )

    assert {b["BACKEND"] for b in backends.values()} == {
        "wagtail.search.backends.opensearch2"
    }
