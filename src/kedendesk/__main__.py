import multiprocessing

from kedendesk.cli import main

if __name__ == "__main__":  # the signing helper process imports this module again (spawn)
    multiprocessing.freeze_support()  # a bundle's spawned helper runs its task, not the app
    raise SystemExit(main())
