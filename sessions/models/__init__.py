from .information_sessions import (
    InformationSessionPage,
    SessionDocument,
    SessionSpeaker,
)
from .speakers import SpeakerIndexPage, SpeakerPage
from .topics import TopicPage

__all__ = [
    "InformationSessionPage",
    "SessionDocument",
    "SessionSpeaker",
    "SpeakerIndexPage",
    "SpeakerPage",
    "TopicPage",
]
