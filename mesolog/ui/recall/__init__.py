"""Records ▸ Recall: the patients who received a lot or a product, their CSV and letters."""
