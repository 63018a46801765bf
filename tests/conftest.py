"""Shared test configuration.

Hypothesis profiles: ``fast`` (the default, a couple of hundred examples per property, for
``make test``) and ``fuzz`` (10,000+ examples per property). ``NEWSLINE_FUZZ=1`` loads ``fuzz`` for
every property test; tests marked ``fuzz`` (``make fuzz``: ``pytest -m fuzz tests/test_fuzz.py``)
always use it.
"""
import os

from hypothesis import HealthCheck, settings

settings.register_profile("fast", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile("fuzz" if os.environ.get("NEWSLINE_FUZZ", "") not in ("", "0") else "fast")
