from wagtail import hooks

from sessions.viewsets import SessionListingViewSet


@hooks.register("register_admin_viewset")
def register_session_listing():
    return SessionListingViewSet("information_sessions")
