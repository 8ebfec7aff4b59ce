"""The Redis cache backend of the production settings."""

from django_redis.cache import RedisCache


class FailOpenRedisCache(RedisCache):
    """django-redis, with ``get_many`` safe to use while Redis is down.

    With IGNORE_EXCEPTIONS, django-redis answers a failed ``get_many`` with one
    shared dict; a caller that adds to its result (Wagtail's rendition lookup
    then reads it) would change what every later failed call returns.
    """

    def get_many(self, *args, **kwargs):
        return dict(super().get_many(*args, **kwargs))
