"""Schemathesis over API v3's OpenAPI schema: no 5xx, every answer conforms."""

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)

schema = schemathesis.openapi.from_wsgi("/api/v3/openapi.json", get_wsgi_application())


@pytest.fixture
def same_transaction(db):
    """Like Django's test client: the test's transaction stays open across requests."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


# The project registers no snippet types: those operations have no valid input.
@schema.include(method="GET").exclude(path_regex="^/api/v3/snippets/").parametrize()
@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_v3_reads_conform_to_the_schema(case, same_transaction):
    case.call_and_validate(
        checks=[
            not_a_server_error,
            response_schema_conformance,
            content_type_conformance,
        ]
    )
