"""`python -m mesolog` runs the command line (and with no command, the window)."""

import sys

from mesolog.cli import main

sys.exit(main())
