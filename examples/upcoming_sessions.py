#!/usr/bin/env python3
"""Print the upcoming information sessions in one language, from the API alone.

    python3 examples/upcoming_sessions.py http://127.0.0.1:8000 sr-latn

Needs only Python's standard library: no Django, no database, no build step.
"""

import json
import sys
import urllib.parse
import urllib.request
from datetime import datetime

FIELDS = "start,end,format_label,venue,platform,join_url,topic,speakers"


def upcoming_sessions(base_url, language, open_url=urllib.request.urlopen):
    """The upcoming sessions in ``language``, soonest first, as API items."""
    if urllib.parse.urlsplit(base_url).scheme not in ("http", "https"):
        raise ValueError(f"Not a web address: {base_url}")
    query = urllib.parse.urlencode(
        {
            "type": "infosessions.InformationSessionPage",
            "locale": language,
            "upcoming": "true",
            "order": "start",
            "fields": FIELDS,
            "limit": 50,
        }
    )
    request = urllib.request.Request(  # noqa: S310 (http or https, checked above)
        f"{base_url.rstrip('/')}/api/v2/pages/?{query}",
        headers={"Accept": "application/json", "Accept-Language": language},
    )
    with open_url(request) as response:
        return json.load(response)["items"]


def render(sessions):
    """The sessions as plain text, one block each."""
    blocks = []
    for session in sessions:
        start = datetime.fromisoformat(session["start"])
        end = datetime.fromisoformat(session["end"])
        where = ", ".join(
            part
            for part in (session["format_label"], session["venue"], session["platform"])
            if part
        )
        lines = [
            session["title"],
            f"  {start:%Y-%m-%d %H:%M}–{end:%H:%M} · {where}",
            f"  {session['topic']['title']}" if session["topic"] else "",
            *(
                f"  {speaker['name']}, {speaker['job_title']}"
                for speaker in session["speakers"]
            ),
            f"  {session['meta']['html_url']}",
        ]
        blocks.append("\n".join(line for line in lines if line))
    return "\n\n".join(blocks)


def main(argv, open_url=urllib.request.urlopen):
    base_url = argv[1] if len(argv) > 1 else "http://127.0.0.1:8000"
    language = argv[2] if len(argv) > 2 else "sq"
    sys.stdout.write(render(upcoming_sessions(base_url, language, open_url)) + "\n")


if __name__ == "__main__":
    main(sys.argv)
