"""The photo tests' fixtures (tests/ui/photos/photo_support.py)."""

from tests.ui.photos.photo_support import pane, record

__all__ = ["pane", "record"]
