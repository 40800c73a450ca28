"""`python -m workshop` is the `workshop` command: the app, a subcommand, --version or --self-test."""

from workshop.launch import main

raise SystemExit(main())
