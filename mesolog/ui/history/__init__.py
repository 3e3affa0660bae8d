"""A patient's history: the timeline model and its view with filters."""
