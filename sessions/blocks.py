"""StreamField blocks shared by every page type of the site."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

# Only what templates/includes/../static/css/site.css styles.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        description = _("A heading that starts a section of the page.")
        preview_value = {"text": "Sesioni informues", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph_block.html"
        description = _("Text with bold, italics, links and lists.")
        preview_value = (
            "<p>Sesionet informuese janë të hapura për të gjitha palët e "
            "interesuara.</p>"
        )


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"
        description = _("An image with alternative text and an optional caption.")

    def get_preview_value(self):
        # The block picker's preview shows the library's latest image.
        image = get_image_model().objects.order_by("-created_at").first()
        return self.normalize(
            {
                "image": image,
                "alt_text": image.title if image else "",
                "caption": "Pjesëmarrësit e sesionit informues",
            }
        )

    def get_api_representation(self, value, context=None):
        image = value["image"]
        return {
            "id": image.pk,
            "title": image.title,
            "alt_text": value["alt_text"],
            "caption": value["caption"],
            "width": image.width,
            "height": image.height,
            "renditions": {
                name: image.get_rendition(spec).url
                for name, spec in (
                    ("small", "width-480|format-webp"),
                    ("large", "width-1200|format-webp"),
                )
            },
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Attribution"), required=False, max_length=200
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        description = _("A quotation with the name of who said it.")
        preview_value = {
            "quote": "Shoqëria civile është zëri i qytetarëve.",
            "attribution": "Dren Puka",
        }


class PointsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    points = blocks.ListBlock(
        blocks.CharBlock(label=_("Point"), max_length=500), label=_("Points")
    )

    class Meta:
        icon = "list-ul"
        label = _("Points discussed")
        template = "blocks/points_block.html"
        description = _("A list of the points discussed in a session.")
        preview_value = {
            "heading": "Temat e diskutuara",
            "points": ["Roli i OShC-ve", "Agjenda e Reformave Evropiane"],
        }


class RecordingBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Recording URL"), max_width=960)
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "media"
        label = _("Recording")
        template = "blocks/recording_block.html"
        description = _("A video or audio recording embedded from its URL.")
        # The preview draws a player instead of fetching the embed from the web.
        preview_template = "blocks/previews/recording_block.html"
        preview_value = {
            "embed": "https://www.youtube.com/watch?v=kcsf-sesioni",
            "caption": "Incizimi i sesionit informues",
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Link text"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = "blocks/document_link_block.html"
        description = _("A link to download slides, a report or another document.")

    def get_preview_value(self):
        # The block picker's preview links to the library's latest document.
        document = get_document_model().objects.order_by("-created_at").first()
        return self.normalize({"document": document, "label": "Prezantimi i sesionit"})

    def get_api_representation(self, value, context=None):
        document = value["document"]
        return {
            "id": document.pk,
            "title": document.title,
            "label": value["label"] or document.title,
            "url": document.url,
            "file_extension": document.file_extension,
        }


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=250)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External URL"), required=False)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"
        description = _("A short invitation with a button to a page or a URL.")
        preview_value = {
            "text": "Merrni pjesë në sesionin e ardhshëm.",
            "button_label": "Regjistrohu",
            "url": "https://example.org/",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": blocks.BlockValidationError(
                        _("Choose either a page or an external URL, not both.")
                    )
                }
            )
        return value

    def get_api_representation(self, value, context=None):
        page = value.get("page")
        return {
            "text": value["text"],
            "button_label": value["button_label"],
            "url": page.localized.url if page else value["url"],
        }


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    points = PointsBlock()
    recording = RecordingBlock()
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()
