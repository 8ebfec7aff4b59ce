"""Finding the page at a URL below a home page in one query.

Wagtail walks the tree one level at a time: two queries for each slug of the
path (the child, then its own type) and two more for the view restrictions.
Here every page along the path, its ancestors' restrictions and each page's
own fields and images come in one query, on the same indexes (slug and tree
path). Wagtail's routing still decides when a page on the way is an alias or
routes its sub-paths itself.
"""

from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from wagtail.models import Page, PageViewRestriction

from sessions.models.base import as_specific, with_specific


def route(home, request, path_components):
    """Wagtail's ``Page.route`` for ``home`` and the path below it."""
    steplen = home.steplen
    wanted = Q(
        path__in=[
            home.path[:end] for end in range(steplen, len(home.path) + 1, steplen)
        ]
    )
    for offset, slug in enumerate(path_components, start=1):
        wanted |= Q(path__startswith=home.path, depth=home.depth + offset, slug=slug)
    pages = list(
        with_specific(Page.objects.filter(wanted)).annotate(
            restricted=Exists(PageViewRestriction.objects.filter(page=OuterRef("pk")))
        )
    )

    chain = []
    parent_path = home.path
    for offset, slug in enumerate(path_components, start=1):
        child = next(
            (
                page
                for page in pages
                if page.depth == home.depth + offset
                and page.slug == slug
                and page.path[:-steplen] == parent_path
            ),
            None,
        )
        if child is None:
            raise Http404
        chain.append(child)
        parent_path = child.path

    on_the_way = [page for page in pages if home.path.startswith(page.path)] + chain
    if any(page.alias_of_id for page in on_the_way):
        return Page.route(home, request, path_components)
    specific_chain = [as_specific(page) for page in chain]
    if any(type(page).route is not Page.route for page in specific_chain):
        return Page.route(home, request, path_components)

    restricted = [page.pk for page in on_the_way if page.restricted]
    parent = home
    for page in specific_chain:
        page._cached_parent_obj = parent
        parent = page
    target = parent
    target.route_restrictions = restricted
    return Page.route(target, request, [])
