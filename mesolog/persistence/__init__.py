"""The database: typed SQLAlchemy models, engine set-up, queries and migrations."""
