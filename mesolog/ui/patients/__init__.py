"""Patients: list and search, the Due tab, the header, the record pane, the patient dialog."""
