"""`make bench`: run every benchmark and print its figures."""

from bench import bench_store

bench_store.main()
