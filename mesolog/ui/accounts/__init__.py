"""Accounts: log-in, the first admin, the idle lock, users and passwords."""
