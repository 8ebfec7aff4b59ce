"""Load the Resource Centre's demo content in Albanian, Serbian and English.

Pages are created in Albanian and translated through wagtail-localize, so the
translation editor knows every translated page. Running it again creates and
changes nothing that exists already.
"""

import datetime
import io

from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    TranslationSource,
)
from wagtail_localize.operations import TranslationCreator

from home import demo_content
from home.models import HomePage
from sessions.models import (
    InformationSessionPage,
    SessionIndexPage,
    SessionSpeaker,
    SpeakerIndexPage,
    SpeakerPage,
    TopicPage,
)

SOURCE_LANGUAGE = "sq"


class Command(BaseCommand):
    help = "Create the demo topics, sessions and speakers in sq, sr-latn and en."

    def handle(self, *args, **options):
        self.created = 0
        self.locales = {
            code: Locale.objects.get(language_code=code)
            for code in demo_content.LANGUAGES
        }
        self.source_locale = self.locales[SOURCE_LANGUAGE]
        self.target_locales = [
            locale for code, locale in self.locales.items() if code != SOURCE_LANGUAGE
        ]
        # Translatable strings of the sources, Albanian text → {language: text}.
        self.strings = {}

        home = self.load_home()
        topics = {
            key: self.load_page(
                home,
                TopicPage,
                data,
                show_in_menus=True,
                introduction=self.text(data["introduction"]),
                image=self.image(data["title"]["en"], data["colour"], "KCSF"),
            )
            for key, data in demo_content.TOPICS.items()
        }
        self.load_page(
            home,
            SessionIndexPage,
            demo_content.SESSION_INDEX,
            show_in_menus=True,
            introduction=self.text(demo_content.SESSION_INDEX["introduction"]),
        )
        speaker_index = self.load_page(
            home,
            SpeakerIndexPage,
            demo_content.SPEAKER_INDEX,
            show_in_menus=True,
            introduction=self.text(demo_content.SPEAKER_INDEX["introduction"]),
        )
        speakers = {
            key: self.load_speaker(speaker_index, key, data)
            for key, data in demo_content.SPEAKERS.items()
        }
        for data in demo_content.SESSIONS:
            self.load_session(topics[data["topic"]], speakers, data)
        self.load_session(
            topics[demo_content.EXAMPLE_SESSION["topic"]],
            speakers,
            demo_content.EXAMPLE_SESSION,
        )
        self.stdout.write(
            self.style.SUCCESS(f"Demo content loaded: {self.created} pages created.")
        )

    def text(self, values):
        """The Albanian value, remembering its translations for later."""
        source = values[SOURCE_LANGUAGE]
        self.strings[source] = values
        return source

    def load_home(self):
        site = Site.objects.filter(is_default_site=True).first()
        home = HomePage.objects.filter(locale=self.source_locale).first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(
                instance=HomePage(
                    title=self.text(demo_content.HOME["title"]),
                    slug=self.text(demo_content.HOME["slug"]),
                    locale=self.source_locale,
                    introduction=self.text(demo_content.HOME["introduction"]),
                    body=self.paragraphs(demo_content.HOME["paragraphs"]),
                )
            )
            # Published like every other page, so it has a last-modified date.
            home.save_revision().publish()
            self.created += 1
            if site is None:
                Site.objects.create(
                    hostname="localhost", root_page=home, is_default_site=True
                )
            else:
                previous_root = site.root_page
                site.root_page = home
                site.save()
                # Wagtail's initial migration leaves a placeholder welcome page.
                if previous_root.specific_class is Page:
                    previous_root.delete()
        else:
            self.text(demo_content.HOME["title"])
            self.text(demo_content.HOME["slug"])
            self.text(demo_content.HOME["introduction"])
            self.paragraphs(demo_content.HOME["paragraphs"])
        self.translate(home)
        return home

    def load_page(self, parent, page_class, data, **fields):
        title = self.text(data["title"])
        slug = self.text(data["slug"])
        page = page_class.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = parent.add_child(
                instance=page_class(title=title, slug=slug, **fields)
            )
            page.save_revision().publish()
            self.created += 1
        self.translate(page)
        return page

    def load_speaker(self, index, key, data):
        return self.load_page(
            index,
            SpeakerPage,
            data,
            job_title=self.text(data["job_title"]),
            organisation=self.text(data["organisation"]),
            bio=self.text(data["bio"]),
            photo=self.image(data["title"]["en"], (74, 85, 96), data["initials"]),
        )

    def load_session(self, topic, speakers, data):
        if "days_from_today" in data:
            offset = datetime.timedelta(days=data["days_from_today"])
            day = timezone.localdate() + offset
            start_hour, end_hour = data["hours"]
            start = self.local_datetime(day.year, day.month, day.day, start_hour, 0)
            end = self.local_datetime(day.year, day.month, day.day, end_hour, 0)
        else:
            start = self.local_datetime(*data["start"])
            end = self.local_datetime(*data["end"])
        body = self.paragraphs(data["paragraphs"])
        if data["points"]:
            body.append(("points", self.points(data["points"])))
        return self.load_page(
            topic,
            InformationSessionPage,
            data,
            number=data["number"],
            start=start,
            end=end,
            format=data["format"],
            venue=self.text(data["venue"]) if data["venue"] else "",
            platform=data["platform"],
            join_url=data.get("join_url", ""),
            languages=data["languages"],
            participants=data["participants"],
            summary=self.text(data["summary"]),
            image=self.image(data["title"]["en"], (179, 84, 30), f"#{data['number']}"),
            body=body,
            session_speakers=[
                SessionSpeaker(speaker=speakers[key], role=role)
                for key, role in data["speakers"]
            ],
        )

    def local_datetime(self, year, month, day, hour, minute):
        return timezone.make_aware(datetime.datetime(year, month, day, hour, minute))

    def paragraphs(self, paragraphs):
        return [
            ("paragraph", RichText(f"<p>{self.text(values)}</p>"))
            for values in paragraphs
        ]

    def points(self, data):
        return {
            "heading": self.text(data["heading"]),
            "points": [self.text(item) for item in data["items"]],
        }

    def image(self, title, colour, label):
        """A generated picture: the Centre never downloads demo images."""
        image_model = get_image_model()
        existing = image_model.objects.filter(title=title).first()
        if existing:
            return existing
        picture = PILImage.new("RGB", (1200, 675), colour)
        draw = ImageDraw.Draw(picture)
        for step in range(0, 1200, 60):
            draw.line([(step, 675), (step + 400, 0)], fill=(255, 255, 255, 40), width=2)
        font = ImageFont.load_default(size=160)
        draw.text((600, 337), label, fill=(255, 255, 255), font=font, anchor="mm")
        buffer = io.BytesIO()
        picture.save(buffer, format="PNG")
        slug = "".join(c if c.isalnum() else "-" for c in title.lower())[:60]
        return image_model.objects.create(
            title=title, file=ImageFile(buffer, name=f"{slug}.png")
        )

    def translate(self, page):
        """Translate ``page`` into every missing language, strings first."""
        missing = [
            locale
            for locale in self.target_locales
            if page.get_translation_or_none(locale) is None
        ]
        if not missing:
            return
        source, _created = TranslationSource.get_or_create_from_instance(page)
        segments = StringSegment.objects.filter(source=source).select_related(
            "string", "context"
        )
        for locale in missing:
            for segment in segments:
                values = self.strings.get(segment.string.data)
                if values is None:
                    raise CommandError(
                        f"No translation of {segment.string.data!r} on {page.title!r}."
                    )
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={
                        "data": values[locale.language_code],
                        "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    },
                )
        TranslationCreator(user=None, target_locales=missing).create_translations(
            page, include_related_objects=False
        )
        self.created += len(missing)
