"""``python -m gazetteer``: the command line of `gazetteer.cli`."""

import sys

from gazetteer.cli import main

if __name__ == "__main__":
    sys.exit(main(prog="python -m gazetteer"))
