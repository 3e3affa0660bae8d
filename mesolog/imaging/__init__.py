"""Clinical photos made fit to keep: checked, turned upright, stripped of identifying metadata,
with a thumbnail and a print copy. Pillow only; no database, no Qt."""
