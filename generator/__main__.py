import sys

from generator.cli import main

if __name__ == "__main__":  # not when a worker process of the format stage imports it
    sys.exit(main())
