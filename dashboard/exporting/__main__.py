"""``python -m dashboard.exporting VIEW ...``: see :mod:`dashboard.exporting.command`."""

import sys

try:
    from dashboard.exporting.command import main
except ImportError as exc:  # plotly, kaleido, xlsxwriter: the dashboard extra
    print(
        f"error: policy-themes export needs the dashboard extra (pip install -e '.[dashboard]'): {exc}", file=sys.stderr
    )
    sys.exit(2)

sys.exit(main())
