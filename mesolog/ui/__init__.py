"""The PySide6 user interface: windows, item models and dialogs that call the services only."""
