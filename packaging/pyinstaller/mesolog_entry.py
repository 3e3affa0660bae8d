"""The bundle's program: mesolog's command line, which opens the window without a command.

PyInstaller runs this file as `__main__`; it is what the `mesolog` console script calls.
"""

import sys

from mesolog.cli.main import main

sys.exit(main())
