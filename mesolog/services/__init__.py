"""Use cases: one public method is one unit of work that returns domain records."""
