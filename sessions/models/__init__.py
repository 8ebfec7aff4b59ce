from .information_sessions import (
    InformationSessionPage,
    SessionDocument,
    SessionSpeaker,
)
from .session_index import SessionIndexPage
from .speakers import SpeakerIndexPage, SpeakerPage
from .topics import TopicPage

__all__ = [
    "InformationSessionPage",
    "SessionDocument",
    "SessionIndexPage",
    "SessionSpeaker",
    "SpeakerIndexPage",
    "SpeakerPage",
    "TopicPage",
]
