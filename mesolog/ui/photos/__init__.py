"""The open patient's clinical photos: by session, added from files or a folder, compared."""
