"""Keep sessions findable by the names of their speakers and topic.

A session's index row holds its speakers' names and its topic's title; Wagtail
updates a row only when its own object is saved, and saves a page before its
speaker links, so rows are refreshed once pages are published or moved.
"""

from wagtail.search import index
from wagtail.signals import page_published, post_page_move

from sessions.models import InformationSessionPage, SpeakerPage, TopicPage


def sessions_depending_on(page):
    if isinstance(page, InformationSessionPage):
        return [page]
    if isinstance(page, SpeakerPage):
        return InformationSessionPage.objects.filter(
            session_speakers__speaker=page
        ).distinct()
    if isinstance(page, TopicPage):
        return InformationSessionPage.objects.child_of(page)
    return []


def reindex_sessions(sender, instance, **kwargs):
    for session in sessions_depending_on(instance.specific):
        index.insert_or_update_object(session)


def register_signal_handlers():
    page_published.connect(reindex_sessions, dispatch_uid="search_reindex_published")
    post_page_move.connect(reindex_sessions, dispatch_uid="search_reindex_moved")
