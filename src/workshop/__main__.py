"""`python -m workshop` opens the app (with a file argument, that file)."""

from workshop.app import main

raise SystemExit(main())
