"""The clinical record of mesotherapy sessions: plain Python, no Qt, no SQLAlchemy."""
