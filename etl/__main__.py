from etl.run.cli import main

raise SystemExit(main())
