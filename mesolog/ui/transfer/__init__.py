"""Import and export of the interchange format, in the background."""
