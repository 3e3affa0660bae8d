"""Records ▸ Reactions: the rate of a reaction per product, lot, solution, technique, depth
band, area or clinician, with its interval, a chart and a CSV file."""
