"""The Settings dialog: clinic, workstation, defaults, security and backups."""
