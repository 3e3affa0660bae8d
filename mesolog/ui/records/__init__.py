"""The Records menu: audit log, backups and restore, encryption of the database."""
