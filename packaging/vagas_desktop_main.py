"""The frozen app's entry script: the same main() as the `vagas-desktop` command."""

import sys

from vagas_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
