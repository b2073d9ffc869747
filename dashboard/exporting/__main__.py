"""``python -m dashboard.exporting VIEW ...``: see :mod:`dashboard.exporting.command`."""

import sys

from dashboard.exporting.command import main

sys.exit(main())
