from kedendesk.cli import main

raise SystemExit(main())
