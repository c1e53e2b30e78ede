"""``python -m timeline``: the command line of `timeline.cli`."""

import sys

from timeline.cli import main

if __name__ == "__main__":
    sys.exit(main(prog="python -m timeline"))
