from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers


@require_safe
@vary_on_headers("Accept-Language", "Cookie")
def language_redirect(request):
    """Send ``/`` to the visitor's preferred language, Albanian by default."""
    return redirect(f"/{translation.get_language_from_request(request)}/")


@require_safe
def robots_txt(request):
    """Crawlers may read the public site; the sitemap lists every language."""
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
