"""The session editor: treatment lines, products, reactions, prefill, autosave, versions."""
