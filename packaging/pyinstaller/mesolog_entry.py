"""The bundle's program: mesolog's command line, which opens the window without a command.

PyInstaller runs this file as `__main__`; it calls what the `mesolog` console script calls.
"""

import multiprocessing
import sys

from mesolog.cli.main import main

if __name__ == "__main__":
    # A large import's check runs in a second process that this program starts (spawn):
    # in the bundle, that process is this program again, told so on its command line.
    multiprocessing.freeze_support()
    sys.exit(main())
