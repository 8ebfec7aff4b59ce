from django.shortcuts import redirect
from django.utils import translation
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers


@require_safe
@vary_on_headers("Accept-Language", "Cookie")
def language_redirect(request):
    """Send ``/`` to the visitor's preferred language, Albanian by default."""
    return redirect(f"/{translation.get_language_from_request(request)}/")
