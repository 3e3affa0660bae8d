"""`python -m mesolog` runs the command line (and with no command, the window)."""

import sys

from mesolog.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
