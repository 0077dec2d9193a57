//! Benchmark (not a test) of the festival's auto-scheduler and conflict check:
//! `cargo run --release -p app --example schedule_bench [venues] [interventions] [runs]`
//! (default 40 venues, 150 interventions, 20 runs). Prints the median and slowest run.
use app::festival::schedule::{auto_schedule, conflicts, synthetic, Day, Item, Slot};
use std::time::Instant;

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse().expect("numbers: venues interventions runs"))
        .collect();
    let venues_n = args.first().copied().unwrap_or(40);
    let items_n = args.get(1).copied().unwrap_or(150);
    let runs = args.get(2).copied().unwrap_or(20);
    let day = Day {
        opens: 600,
        closes: 1320,
        walk_m_per_min: 70,
    };
    let (venues, items) = synthetic(venues_n, items_n);

    let mut times = Vec::new();
    let mut plan = None;
    for _ in 0..runs {
        let started = Instant::now();
        plan = Some(auto_schedule(day, &venues, &[], &items));
        times.push(started.elapsed());
    }
    let plan = plan.expect("at least one run");
    times.sort();

    // The full check of the resulting program, every placement against every other.
    let placed: Vec<(&Item, Slot)> = plan
        .placed
        .iter()
        .map(|(id, slot)| (items.iter().find(|i| i.id == *id).expect("item"), *slot))
        .collect();
    let started = Instant::now();
    let mut found = 0;
    for (item, slot) in &placed {
        found += conflicts(&day, &venues, &placed, item, *slot).len();
    }
    let check = started.elapsed();

    println!(
        "auto_schedule: {venues_n} venues, {items_n} interventions, {runs} runs: median {:.2} ms, slowest {:.2} ms",
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times[times.len() - 1].as_secs_f64() * 1000.0
    );
    println!(
        "placed {}, left out {}; checking the whole program: {:.2} ms, {found} conflicts",
        plan.placed.len(),
        plan.unplaced.len(),
        check.as_secs_f64() * 1000.0
    );
}
