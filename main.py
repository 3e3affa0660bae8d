"""Starts mesolog: the window when called without a command, else the command line."""

import sys

from mesolog.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
