from modelsearch.backends.base import EmptySearchResults
from modelsearch.query import PlainText

from search import analysis


class AnalysedQueryCompilerMixin:
    """Reads plain-text queries in the language active when the query is made.

    The language is fixed when the query is compiled, as ``Locale.get_active()``
    would give it, so results evaluated later keep it.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.language_code = analysis.active_language()

    def analyse(self, query_string):
        return analysis.search_terms(query_string, self.language_code)


class AnalysedAutocompleteMixin(AnalysedQueryCompilerMixin):
    def analyse(self, query_string):
        return analysis.autocomplete_terms(query_string)


class AnalysedBackendMixin:
    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        # Only punctuation, operators or control characters: nothing to look up.
        text = query.query_string if isinstance(query, PlainText) else query
        if isinstance(text, str) and not analysis.words(text):
            return EmptySearchResults()
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
