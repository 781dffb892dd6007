from kedendesk.cli import main

if __name__ == "__main__":  # the signing helper process imports this module again (spawn)
    raise SystemExit(main())
