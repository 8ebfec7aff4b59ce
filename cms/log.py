"""Logging helpers for the production settings."""

import logging
import threading
import time


class OncePerInterval(logging.Filter):
    """Let one record through per interval and count the ones held back.

    A stopped cache server fails every request; one line a minute says so as
    clearly as thousands, without drowning the other logs.
    """

    def __init__(self, seconds=60):
        super().__init__()
        self.seconds = seconds
        self.next_at = 0.0
        self.held_back = 0
        self.lock = threading.Lock()

    def filter(self, record):
        with self.lock:
            now = time.monotonic()
            if now < self.next_at:
                self.held_back += 1
                return False
            record.held_back_since_last = self.held_back
            self.held_back = 0
            self.next_at = now + self.seconds
            return True
