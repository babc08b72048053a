"""`python -m kktui` is the same as the `kktui` command."""

import sys

from .cli import main

sys.exit(main())
