"""Elasticsearch or OpenSearch instead of the database, one index per language.

Wagtail's Elasticsearch backend maps every text field with the index's default
analyser, so each language gets a backend of its own, named by its language
code ("default" for Albanian, the source language), whose index analyses text
the way that language needs. Every index holds the pages of all languages;
``search.query.backend_for_language`` queries the one of the visitor's
language, limited to that language's pages. Used from the settings, so this
module imports nothing from Django.
"""

FOLDING = ["lowercase", "asciifolding"]

ANALYSERS = {
    # No Albanian stemmer exists in Elasticsearch or OpenSearch; words are
    # matched whole, without diacritics.
    "sq": {"tokenizer": "standard", "filter": FOLDING},
    "sr-latn": {"tokenizer": "standard", "filter": [*FOLDING, "serbian_snowball"]},
    "en": {
        "tokenizer": "standard",
        "filter": [*FOLDING, "english_stop", "english_stemmer"],
    },
}

FILTERS = {
    "serbian_snowball": {"type": "snowball", "language": "Serbian"},
    "english_stop": {"type": "stop", "stopwords": "_english_"},
    "english_stemmer": {"type": "stemmer", "language": "english"},
}


def language_backends(url, backend=None, index_prefix="kcsf"):
    """``WAGTAILSEARCH_BACKENDS`` for the search server at ``url``.

    ``backend`` is Wagtail's module for the server:
    ``wagtail.search.backends.elasticsearch8`` (the default), ``…elasticsearch7``,
    ``…elasticsearch9``, ``…opensearch2`` or ``…opensearch3``.
    """
    backend = backend or "wagtail.search.backends.elasticsearch8"
    return {
        ("default" if language_code == "sq" else language_code): {
            "BACKEND": backend,
            "URLS": [url],
            "INDEX_PREFIX": f"{index_prefix}_{language_code}_",
            "INDEX_SETTINGS": {
                "settings": {
                    "analysis": {
                        "analyzer": {"default": analyser},
                        "filter": FILTERS,
                    }
                }
            },
        }
        for language_code, analyser in ANALYSERS.items()
    }
