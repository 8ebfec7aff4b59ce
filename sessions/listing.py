"""The filterable, paginated list of sessions shared by the session index and topics.

Query parameters only ever reach the database through the validated form's
``cleaned_data``; a value the form refuses is reported and left out.
"""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Case, F, IntegerField, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sessions.models.information_sessions import SessionFormat, SessionLanguage

UPCOMING = "upcoming"
PAST = "past"


class SessionFilterForm(forms.Form):
    label_suffix = ""

    when = forms.ChoiceField(
        label=_("When"),
        required=False,
        choices=[
            ("", _("Upcoming and past")),
            (UPCOMING, _("Upcoming")),
            (PAST, _("Past")),
        ],
    )
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    format = forms.ChoiceField(
        label=_("Format"),
        required=False,
        choices=[("", _("All formats")), *SessionFormat.choices],
    )
    language = forms.ChoiceField(
        label=_("Language of the session"),
        required=False,
        choices=[("", _("All languages")), *SessionLanguage.choices],
    )
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, data, *, sessions, topics=None):
        super().__init__(data)
        if topics is None:
            del self.fields["topic"]
        else:
            self.fields["topic"].choices = [
                ("", _("All topics")),
                *((topic.slug, topic.title) for topic in topics),
            ]
            self.topics = {topic.slug: topic for topic in topics}
        years = sessions.datetimes("start", "year", order="DESC")
        self.fields["year"].choices = [
            ("", _("All years")),
            *((moment.year, moment.year) for moment in years),
        ]

    def filter(self, sessions):
        """``sessions`` narrowed by every valid filter."""
        filters = self.cleaned_data
        now = timezone.now()
        if filters.get("when") == UPCOMING:
            sessions = sessions.filter(end__gte=now)
        elif filters.get("when") == PAST:
            sessions = sessions.filter(end__lt=now)
        if filters.get("topic"):
            sessions = sessions.descendant_of(self.topics[filters["topic"]])
        if filters.get("format"):
            sessions = sessions.filter(format=filters["format"])
        if filters.get("language"):
            # The languages are a JSON list; matching the quoted code works on
            # SQLite, where JSON containment lookups are not supported.
            sessions = sessions.filter(languages__icontains=f'"{filters["language"]}"')
        if filters.get("year"):
            sessions = sessions.filter(start__year=filters["year"])
        return sessions


class SessionListing:
    """Upcoming sessions first, soonest first, then past ones, latest first."""

    per_page = 10

    def __init__(self, query, sessions, *, topics=None):
        self.form = SessionFilterForm(query, sessions=sessions, topics=topics)
        self.form.is_valid()
        now = timezone.now()
        ordered = (
            self.form.filter(sessions)
            .annotate(
                upcoming=Case(
                    When(end__gte=now, then=1), default=0, output_field=IntegerField()
                ),
                upcoming_start=Case(When(end__gte=now, then=F("start"))),
            )
            .order_by("-upcoming", "upcoming_start", "-start", "pk")
        )
        self.page = Paginator(ordered, self.per_page).get_page(query.get("page"))
        self.upcoming = [s for s in self.page.object_list if s.upcoming]
        self.past = [s for s in self.page.object_list if not s.upcoming]

    @property
    def is_filtered(self):
        return any(self.form.cleaned_data.values())
