"""PDF treatment summaries: the options dialog and the export job."""
