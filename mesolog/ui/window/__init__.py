"""The main window: menus, toolbar, panes and what it restores between runs."""
