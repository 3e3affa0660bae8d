"""The anatomical diagrams charts are drawn on: their shapes as plain data, and hit-testing."""
