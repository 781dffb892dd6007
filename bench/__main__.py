"""`make bench`: run every benchmark and print its figures."""

from bench import bench_checks, bench_gateway, bench_sandbox, bench_store

bench_store.main()
bench_checks.main()
bench_sandbox.main()
bench_gateway.main()
