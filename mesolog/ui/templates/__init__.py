"""Settings ▸ Templates: the clinic's protocol templates, listed, edited, added and retired."""
