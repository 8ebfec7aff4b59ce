"""The words of a result that match the query, marked for the visitor.

The database says which pages match, not where; the words are found again
here the way the search matches them: without diacritics, in any inflection
(by a shared beginning) and, for longer words, with one letter wrong.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.search import index

from search import analysis

SNIPPET_WORDS = 30
# Beyond the Albanian endings the search knows, other languages' inflections
# are recognised by all but the last two letters of the word.
INFLECTION_LENGTH = 2
TYPO_MIN_WORD_LENGTH = 6


def differ_by_one_letter(first, second):
    """Whether one letter added, removed or changed turns ``first`` into ``second``."""
    if abs(len(first) - len(second)) > 1 or first == second:
        return False
    if len(first) > len(second):
        first, second = second, first
    for position, (one, other) in enumerate(zip(first, second, strict=False)):
        if one != other:
            rest = position + (len(first) == len(second))
            return first[rest:] == second[position + 1 :]
    return True


class Highlighter:
    def __init__(self, query, language_code):
        self.words = analysis.content_words(query, language_code)[
            : analysis.MAX_QUERY_WORDS
        ]
        self.beginnings = set()
        for term in analysis.search_terms(query, language_code):
            for spelling in term.spellings:
                if term.prefix:
                    self.beginnings.add(spelling)
        for word in self.words:
            beginning = word[:-INFLECTION_LENGTH]
            if len(beginning) >= analysis.MIN_STEM_LENGTH:
                self.beginnings.add(beginning)

    def matches(self, word):
        word = analysis.fold(word)
        return (
            word in self.words
            or any(word.startswith(beginning) for beginning in self.beginnings)
            or any(
                differ_by_one_letter(word, query_word)
                for query_word in self.words
                if len(query_word) >= TYPO_MIN_WORD_LENGTH
            )
        )

    def spans(self, text):
        """(start, end, matched) for each word of ``text``."""
        return [
            (found.start(), found.end(), self.matches(found.group()))
            for found in analysis.WORD.finditer(text)
        ]

    def highlight(self, text):
        """``text`` as HTML with the matching words in ``<mark>``."""
        return self._mark(text, self.spans(text), 0, len(text))

    def snippet(self, texts):
        """The passage of ``texts`` with the most matching words, as HTML.

        Without any match, the beginning of the first text.
        """
        best = None
        for text in texts:
            spans = self.spans(text)
            for first in range(max(1, len(spans) - SNIPPET_WORDS + 1)):
                window = spans[first : first + SNIPPET_WORDS]
                score = sum(matched for _start, _end, matched in window)
                if best is None or score > best[0]:
                    best = (score, text, spans, first)
        if best is None:
            return ""
        _score, text, spans, first = best
        window = spans[first : first + SNIPPET_WORDS]
        if not window:
            return escape(text)
        start = 0 if first == 0 else window[0][0]
        end = len(text) if first + SNIPPET_WORDS >= len(spans) else window[-1][1]
        html = self._mark(text, window, start, end)
        before = "… " if start > 0 else ""
        after = " …" if end < len(text) else ""
        return mark_safe(f"{before}{html}{after}")  # noqa: S308 (escaped in _mark)

    def _mark(self, text, spans, start, end):
        parts = []
        position = start
        for word_start, word_end, matched in spans:
            if not matched:
                continue
            parts.append(escape(text[position:word_start]))
            parts.append(f"<mark>{escape(text[word_start:word_end])}</mark>")
            position = word_end
        parts.append(escape(text[position:end]))
        return mark_safe("".join(parts))  # noqa: S308 (every part is escaped)


def page_texts(page):
    """The text a page is found by, besides its title, field by field."""
    texts = []
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name != "title":
            value = getattr(page, field.field_name, None)
            if isinstance(value, StreamValue):
                texts.extend(_block_texts(value.stream_block, value.raw_data))
            else:
                texts.extend(_strings(field.get_value(page)))
    return [text for text in texts if text.strip()]


def _block_texts(block, raw):
    """The searchable text of a block's stored value.

    Chosen images, documents and pages add no text; read from the stored
    value, they are not loaded, which would cost a query for each result.
    """
    if raw is None or isinstance(block, blocks.ChooserBlock):
        return []
    if isinstance(block, blocks.StreamBlock):
        return [
            text
            for item in raw
            if item["type"] in block.child_blocks
            for text in _block_texts(block.child_blocks[item["type"]], item["value"])
        ]
    if isinstance(block, blocks.StructBlock):
        return [
            text
            for name, child in block.child_blocks.items()
            for text in _block_texts(child, raw.get(name))
        ]
    if isinstance(block, blocks.ListBlock):
        return [
            text
            for item in raw
            for text in _block_texts(
                block.child_block,
                # Wagtail stores list items as {"type": "item", "value": ...}.
                item["value"]
                if isinstance(item, dict) and item.get("type") == "item"
                else item,
            )
        ]
    return _strings(block.get_searchable_content(block.to_python(raw)))


def _strings(value):
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [string for item in value for string in _strings(item)]
    return []
