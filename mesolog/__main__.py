"""`python -m mesolog` runs the command line (and with no command, the window)."""

import sys

from mesolog.cli.main import main

sys.exit(main())
