"""Test configuration: Hypothesis profiles.

Locally the default profile runs; under CI (``CI=true``) the runs are derandomized so that
a green build stays green, and nothing is written to the example database.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("newsfacts", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "newsfacts-ci",
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("newsfacts-ci" if os.environ.get("CI") else "newsfacts")
