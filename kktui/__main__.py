"""`python -m kktui` is the same as the `kktui` command."""

import sys

from kktui.cli import main

sys.exit(main())
