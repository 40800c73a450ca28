"""Per-address rate limit for the room server: a token bucket per phone's address."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable


class RateLimiter:
    """Allows `burst` requests at once from one address, then `rate` per second.

    A phone taps a few values a second at most; a page load is three requests.
    The table forgets the least recently seen address beyond `max_addresses`,
    so a flood from many addresses cannot grow it without bound.
    """

    def __init__(self, rate: float = 10.0, burst: int = 30, max_addresses: int = 4096,
                 clock: Callable[[], float] = time.monotonic):
        self.rate, self.burst, self.max_addresses, self._clock = rate, burst, max_addresses, clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # address -> (tokens, last time)

    def allow(self, address: str) -> bool:
        """True when the address may make one more request now (and counts it)."""
        now = self._clock()
        tokens, last = self._buckets.pop(address, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        allowed = tokens >= 1.0
        self._buckets[address] = (tokens - 1.0 if allowed else tokens, now)
        while len(self._buckets) > self.max_addresses:
            self._buckets.popitem(last=False)
        return allowed
