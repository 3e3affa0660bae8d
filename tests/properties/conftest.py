"""Bad input, over generated examples: every validator, the services that write, the importer.

An ordinary run keeps every test small (the whole folder in about 25 seconds on 2 cores):

    .venv/bin/python -m pytest -q tests/properties

The thorough run, on demand, gives every property 10,000 examples and no deadline (the
validators take about 20 minutes, the importer about 20, the services over an hour):

    HYPOTHESIS_PROFILE=thorough .venv/bin/python -m pytest -q tests/properties/test_validators.py
    HYPOTHESIS_PROFILE=thorough .venv/bin/python -m pytest -q tests/properties

Add --hypothesis-show-statistics to see how the examples went (imported, refused where).

Hypothesis profiles are global to the process. So the profile is loaded only when
HYPOTHESIS_PROFILE names one, and the tests here take it through support.examples, which
otherwise gives each its own small size: an ordinary run of the suite is unchanged. Name
a profile for this folder only: across the whole suite it would reach just the test
modules imported after this file.
"""

from hypothesis import settings

from tests.properties.support import chosen_profile

_profile = chosen_profile()
if _profile is not None:
    settings.load_profile(_profile)
