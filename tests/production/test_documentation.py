"""Every variable the production set-up reads is documented for the volunteer."""

import re
from pathlib import Path

import pytest
from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
READERS = ["cms/settings/base.py", "cms/settings/production.py", "gunicorn.conf.py"]
VARIABLE = re.compile(
    r"""(?:environ\.get\(|environ\[|required\(|env_list\(|env_bool\()\s*"([A-Z0-9_]+)\""""
)
# Set by the code for itself, not by whoever deploys.
INTERNAL = {"DJANGO_SETTINGS_MODULE"}


def variables():
    found = set()
    for path in READERS:
        found |= set(VARIABLE.findall((BASE_DIR / path).read_text()))
    return sorted(found - INTERNAL)


@pytest.mark.parametrize("variable", variables())
def test_variable_is_in_env_example_and_readme(variable):
    assert re.search(
        rf"^#? ?{variable}=", (BASE_DIR / ".env.example").read_text(), re.M
    )
    assert f"`{variable}`" in (BASE_DIR / "README.md").read_text()
