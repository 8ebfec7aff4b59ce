from django import forms
from django.db import models


class MultipleChoiceField(models.JSONField):
    """A list of choice values stored as JSON, edited as checkboxes.

    JSON keeps it portable between SQLite and PostgreSQL, where an ArrayField
    would tie the project to PostgreSQL.
    """

    def __init__(self, *args, choices=(), **kwargs):
        self.item_choices = choices
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choices"] = self.item_choices
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.item_choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {key for key, _label in self.item_choices}
        unknown = [item for item in value or [] if item not in allowed]
        if unknown:
            raise models.ValidationError(
                self.error_messages["invalid_choice"], params={"value": unknown[0]}
            )

    def labels(self, values):
        names = dict(self.item_choices)
        return [names[value] for value in values if value in names]
