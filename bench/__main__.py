"""`make bench`: run every benchmark and print its figures."""

from bench import (
    bench_analytics,
    bench_checks,
    bench_esad,
    bench_gateway,
    bench_gui_stall,
    bench_invoice,
    bench_sandbox,
    bench_store,
    bench_tariff,
    bench_team,
)

if __name__ == "__main__":  # the signing helper process imports this module again (spawn)
    bench_store.main()
    bench_team.main()
    bench_checks.main()
    bench_tariff.main()
    bench_invoice.main()
    bench_esad.main()
    bench_analytics.main()
    bench_sandbox.main()
    bench_gateway.main()
    bench_gui_stall.main()
