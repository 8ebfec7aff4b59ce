from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Prefetch, prefetch_related_objects
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from search.highlight import Highlighter, page_texts
from search.query import clean_query, search_pages, suggest_pages
from sessions.models import InformationSessionPage, SessionSpeaker
from sessions.models.base import as_specific, restricted_q, with_specific

RESULTS_PER_PAGE = 10


def searchable_pages():
    """Every public page below the home pages, each as its own type."""
    return public_pages().specific()


def public_pages():
    # Restricted pages are left out by a subquery (search backends filter on
    # indexed fields only) rather than by public(), a query of its own.
    restricted = Page.objects.filter(restricted_q()).values("pk")
    return Page.objects.live().filter(depth__gt=2).exclude(pk__in=restricted)


def specific_results(pages):
    """``pages`` as their own types, found in one query."""
    found = with_specific(Page.objects.filter(pk__in=[page.pk for page in pages]))
    by_pk = {page.pk: as_specific(page) for page in found}
    results = [by_pk[page.pk] for page in pages if page.pk in by_pk]
    sessions = [page for page in results if isinstance(page, InformationSessionPage)]
    # What page_texts() reads of a session: its speakers' names, its topic.
    prefetch_related_objects(
        sessions,
        Prefetch("session_speakers", SessionSpeaker.objects.select_related("speaker")),
    )
    Page.objects.annotate_parent_page(sessions)
    return results


@require_safe
# Every search counts for Reports → Search terms: none is served by a cache.
@cache_control(private=True)
def search(request):
    locale = Locale.get_active()
    query = clean_query(request.GET.get("query", ""))
    if not query:
        return TemplateResponse(request, "search/search.html", {"search_query": ""})

    found = search_pages(query, locale, public_pages())
    paginator = Paginator(found.results, RESULTS_PER_PAGE)
    notices = []
    if not found.words:
        notices.append(_("Type at least one word to search for."))
    if found.shortened:
        notices.append(_("Your search was long: only its first words were used."))
    if found.approximate and paginator.count:
        notices.append(
            _("No page has all of these words; these pages have words like them.")
        )
    try:
        results_page = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        notices.append(_("There is no such page of results; here is the first one."))
        results_page = paginator.page(1)

    promotions = []
    if found.words and results_page.number == 1:
        statistics = Query.get(found.query)
        statistics.add_hit()
        promotions = promoted_links(statistics, locale)

    highlighter = Highlighter(found.query, locale.language_code)
    context = {
        "search_query": found.query,
        "notices": notices,
        "has_words": bool(found.words),
        "promotions": promotions,
        "search_results": results_page,
        "results": [
            result(page, highlighter) for page in specific_results(results_page)
        ],
    }
    return TemplateResponse(request, "search/search.html", context)


def result(page, highlighter):
    return {
        "page": page,
        "type": page._meta.verbose_name,
        "title": highlighter.highlight(page.title),
        "snippet": highlighter.snippet(page_texts(page)),
        "date": page.start if isinstance(page, InformationSessionPage) else None,
    }


def promoted_links(query, locale):
    """The editors' picks for ``query``, as pages of ``locale`` or external links."""
    links = []
    for pick in query.editors_picks.select_related("page"):
        if pick.page is None:
            links.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description,
                }
            )
            continue
        page = pick.page.get_translation_or_none(locale)
        if page is None or not page.live:
            continue
        links.append(
            {
                "title": page.title,
                "url": page.url,
                # Written for the page the editor chose, in its language.
                "description": pick.description if page.pk == pick.page_id else "",
            }
        )
    return links


@require_safe
def suggest(request):
    """Pages whose titles start like ``q``, for the search box in the header."""
    pages = suggest_pages(request.GET.get("q", ""), Locale.get_active(), public_pages())
    return JsonResponse(
        {
            "results": [
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    "type": str(page._meta.verbose_name),
                }
                for page in specific_results(pages)
            ]
        }
    )
