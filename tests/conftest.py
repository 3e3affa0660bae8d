"""Shared fixtures. Qt must run headless, so the platform is set before anything imports Qt.

The tests run in a fixed time zone with a UTC offset, so that a confusion between
local time and UTC shows up here rather than in a clinic.
"""

import os
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["TZ"] = "Europe/Athens"
time.tzset()
