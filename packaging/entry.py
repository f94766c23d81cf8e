"""The frozen app's entry point (build.spec): the same command line as `python -m footdrop_gui`."""

import sys

from footdrop_gui.__main__ import main

sys.exit(main())
