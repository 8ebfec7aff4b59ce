"""Add N sessions in each language to the demo content, for the benchmark.

    python manage.py load_bench_content --scale 10000   # 30,000 session pages

Each session has three speakers (one speaker for every ten sessions), a picture
from a pool of generated ones and a body like the demo sessions'; the starts
run from ten years ago to a year ahead, over the three topics.

Pages one at a time through Wagtail (``add_child``, a revision, then
wagtail-localize's translations) take about a second each here: 30,000 would
take most of a day. So the rows are written in bulk: the page tree (paths
numbered as treebeard numbers them, ``numchild`` and ``url_path`` kept right),
each page type's own table, the speaker links, and the search index in
chunks. The Serbian and English pages share their Albanian page's
translation key, as wagtail-localize's translations do, but have no
translation records (the translation editor does not know them), no
revisions, and no rows in Wagtail's reference index. Run it again to add
what is missing up to N.
"""

import datetime
import io
import time
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import F, Prefetch
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backend

from cms import page_cache
from home import demo_content
from sessions.models import (
    InformationSessionPage,
    SessionSpeaker,
    SpeakerIndexPage,
    SpeakerPage,
    TopicPage,
)

PREFIX = "bench-"
LANGUAGES = demo_content.LANGUAGES
SESSIONS_PER_SPEAKER = 10
IMAGES = 40
CHUNK = 1000
FORMATS = ("online", "in_person", "hybrid")
SESSION_LANGUAGES = (["sq", "sr"], ["sq"], ["sr", "sq", "en"], ["sq", "en"])
SLUGS = {"sq": "sesioni", "sr-latn": "sesija", "en": "session"}
FIRST_NAMES = ["Arta", "Besnik", "Dragana", "Ermal", "Jelena", "Liridon", "Milica"]
LAST_NAMES = ["Berisha", "Gashi", "Jovanović", "Krasniqi", "Petrović", "Hoxha"]


class Command(BaseCommand):
    help = "Add N bench sessions per language (3N pages) to the demo content."

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, required=True, metavar="N")

    def handle(self, *args, scale, **options):
        started = time.monotonic()
        self.locales = {
            code: Locale.objects.get(language_code=code) for code in LANGUAGES
        }
        source_topics = list(
            TopicPage.objects.filter(locale=self.locales["sq"]).order_by("path")
        )
        if not source_topics:
            raise CommandError("Load the demo content first: load_demo_content.")
        self.topics = [
            {
                code: topic.get_translation(self.locales[code]).specific
                for code in LANGUAGES
            }
            for topic in source_topics
        ]
        self.speaker_indexes = {
            code: SpeakerIndexPage.objects.get(locale=self.locales[code])
            for code in LANGUAGES
        }
        self.images = self.image_pool()
        self.now = timezone.now()

        self.created = []
        with transaction.atomic():
            speakers = self.add_speakers(max(3, scale // SESSIONS_PER_SPEAKER))
            self.add_sessions(scale, speakers)
        built = time.monotonic()
        self.index()
        indexed = time.monotonic()
        self.analyze()
        # The rows bypassed the signals that purge cached pages.
        page_cache.purge(everything=True)
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(self.created)} pages added: "
                f"written in {built - started:.0f} s, "
                f"indexed in {indexed - built:.0f} s, "
                f"analysed in {time.monotonic() - indexed:.0f} s."
            )
        )

    def analyze(self):
        """Planner statistics for the new rows, as after any bulk load.

        Without them PostgreSQL plans for nearly empty tables until autovacuum
        comes by, and autovacuum's run then competes with the first requests.
        """
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

    def image_pool(self):
        image_model = get_image_model()
        pool = []
        for number in range(IMAGES):
            title = f"{PREFIX}image-{number}"
            image = image_model.objects.filter(title=title).first()
            if image is None:
                picture = PILImage.new(
                    "RGB", (800, 450), (40 + number * 5, 90, 160 - number * 3)
                )
                ImageDraw.Draw(picture).text((400, 225), str(number), anchor="mm")
                buffer = io.BytesIO()
                picture.save(buffer, format="PNG")
                image = image_model.objects.create(
                    title=title, file=ImageFile(buffer, name=f"{title}.png")
                )
            pool.append(image)
        return pool

    def add_speakers(self, count):
        existing = list(
            SpeakerPage.objects.filter(
                locale=self.locales["sq"], slug__startswith=PREFIX
            ).values_list("translation_key", flat=True)
        )
        rows = {code: [] for code in LANGUAGES}
        for number in range(len(existing), count):
            name = (
                f"{FIRST_NAMES[number % len(FIRST_NAMES)]} "
                f"{LAST_NAMES[number // len(FIRST_NAMES) % len(LAST_NAMES)]} "
                f"{number + 1}"
            )
            example = list(demo_content.SPEAKERS.values())[number % 3]
            key = uuid.uuid4()
            for code in LANGUAGES:
                rows[code].append(
                    (
                        {"title": name, "slug": f"{PREFIX}{number + 1}"},
                        key,
                        SpeakerPage(
                            photo=self.images[number % IMAGES],
                            job_title=example["job_title"][code],
                            organisation=example["organisation"][code],
                            bio=example["bio"][code],
                            body=[],
                        ),
                    )
                )
        for code in LANGUAGES:
            self.add_children(self.speaker_indexes[code], rows[code])
        return {
            code: list(
                SpeakerPage.objects.filter(
                    locale=self.locales[code], slug__startswith=PREFIX
                )
                .order_by("translation_key")
                .values_list("pk", flat=True)
            )
            for code in LANGUAGES
        }

    def add_sessions(self, count, speakers):
        existing = InformationSessionPage.objects.filter(
            locale=self.locales["sq"], slug__startswith=PREFIX
        ).count()
        first = self.now - datetime.timedelta(days=3650)
        step = datetime.timedelta(days=4015) / max(count, 1)
        examples = demo_content.SESSIONS
        rows = [{code: [] for code in LANGUAGES} for _topic in self.topics]
        links = []
        for number in range(existing, count):
            example = examples[number % len(examples)]
            start = (first + step * number).replace(hour=9, minute=0, second=0)
            key = uuid.uuid4()
            chosen = [
                (number * 7 + offset * 13) % len(speakers["sq"]) for offset in range(3)
            ]
            for code in LANGUAGES:
                session = InformationSessionPage(
                    number=number % 30000 + 1,
                    start=start,
                    end=start + datetime.timedelta(hours=3),
                    format=FORMATS[number % len(FORMATS)],
                    venue=example["venue"][code] if example["venue"] else "",
                    platform=example["platform"],
                    join_url="",
                    languages=SESSION_LANGUAGES[number % len(SESSION_LANGUAGES)],
                    participants=20 + number % 80,
                    summary=example["summary"][code],
                    image=self.images[number % IMAGES],
                    body=[
                        ("paragraph", RichText(f"<p>{paragraph[code]}</p>"))
                        for paragraph in example["paragraphs"]
                    ],
                )
                title = f"{example['title'][code]} ({number + 1})"
                page = {"title": title, "slug": f"{PREFIX}{SLUGS[code]}-{number + 1}"}
                rows[number % len(self.topics)][code].append((page, key, session))
                links.append((session, [speakers[code][index] for index in chosen]))
        for topic, by_language in zip(self.topics, rows, strict=True):
            for code in LANGUAGES:
                self.add_children(topic[code], by_language[code])
        SessionSpeaker.objects.bulk_create(
            [
                SessionSpeaker(page_id=session.pk, speaker_id=speaker, sort_order=order)
                for session, chosen in links
                for order, speaker in enumerate(chosen)
            ],
            batch_size=CHUNK,
        )

    def add_children(self, parent, rows):
        """Write ``rows`` (page fields, translation key, own row) below ``parent``."""
        if not rows:
            return
        model = type(rows[0][2])
        content_type = ContentType.objects.get_for_model(model)
        last = parent.get_last_child()
        # Treebeard's numbering of the steps of a path.
        step = Page.numconv_obj()
        next_step = step.str2int(last.path[-Page.steplen :]) + 1 if last else 1
        pages = []
        for offset, (fields, key, _own) in enumerate(rows):
            pages.append(
                Page(
                    **fields,
                    draft_title=fields["title"],
                    content_type=content_type,
                    path=parent.path
                    + step.int2str(next_step + offset).rjust(Page.steplen, "0"),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{fields['slug']}/",
                    locale_id=parent.locale_id,
                    translation_key=key,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=self.now,
                    last_published_at=self.now,
                )
            )
        for start in range(0, len(pages), CHUNK):
            Page.objects.bulk_create(pages[start : start + CHUNK])
        own_rows = []
        for page, (_fields, _key, own) in zip(pages, rows, strict=True):
            own.pk = own.page_ptr_id = page.pk
            own_rows.append(own)
        insert_own_rows(model, own_rows)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        self.created += own_rows

    def index(self):
        backend = get_search_backend()
        links = Prefetch(
            "session_speakers", SessionSpeaker.objects.select_related("speaker")
        )
        for model, queryset in (
            (SpeakerPage, SpeakerPage.objects.all()),
            (
                InformationSessionPage,
                InformationSessionPage.objects.prefetch_related(links),
            ),
        ):
            ids = [page.pk for page in self.created if isinstance(page, model)]
            for start in range(0, len(ids), CHUNK):
                chunk = list(queryset.filter(pk__in=ids[start : start + CHUNK]))
                Page.objects.annotate_parent_page(chunk)
                backend.add_bulk(model, chunk)


def insert_own_rows(model, objs):
    """Insert the rows of ``model``'s own table (its page row is already there).

    Django's ``bulk_create()`` refuses models with a parent table.
    """
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    # Names from the model's own metadata, values as parameters.
    sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608
        quote(model._meta.db_table),
        ", ".join(quote(field.column) for field in fields),
        ", ".join(["%s"] * len(fields)),
    )
    values = [
        [
            field.get_db_prep_save(getattr(obj, field.attname), connection)
            for field in fields
        ]
        for obj in objs
    ]
    with connection.cursor() as cursor:
        for start in range(0, len(values), CHUNK):
            cursor.executemany(sql, values[start : start + CHUNK])
