//! Benchmark (not a test) of the World Café seating:
//! `cargo run --release -p app --example seating_bench [people] [tables] [rounds] [runs]`
//! (default 300 people, 60 tables, 4 rounds, 10 runs; five sectors in turn, one host per table,
//! every third pair of neighbours a team). Prints the median and slowest time and the seating's
//! quality, beside a random seating of the same room.
use app::forums::seating::{quality, random_seating, seat, synthetic, Quality};
use std::time::Instant;

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse().expect("numbers: people tables rounds runs"))
        .collect();
    let people = args.first().copied().unwrap_or(300);
    let tables = args.get(1).copied().unwrap_or(60);
    let rounds = args.get(2).copied().unwrap_or(4);
    let runs = args.get(3).copied().unwrap_or(10).max(1);
    let guests = synthetic(people, 5, tables, 3);

    let mut times = Vec::new();
    let mut result = None;
    for run in 0..runs {
        let started = Instant::now();
        result = Some(seat(&guests, tables, rounds, run as u64));
        times.push(started.elapsed());
    }
    times.sort();
    let ours = quality(&result.expect("one run"), &guests);
    let random = quality(&random_seating(&guests, tables, rounds, 1), &guests);
    println!("{people} people, {tables} tables, {rounds} rounds, {runs} runs");
    println!(
        "time: median {:.1} ms, slowest {:.1} ms (goal: under 100 ms)",
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times[times.len() - 1].as_secs_f64() * 1000.0
    );
    println!(
        "{:<8} {:>8} {:>18} {:>16} {:>10} {:>10}",
        "seating", "repeats", "sectors per table", "tables short", "sizes", "teammates"
    );
    for (name, q) in [("santaka", ours), ("random", random)] {
        let Quality {
            repeats,
            sectors_per_table,
            short_of_sectors,
            sizes,
            teammates_together,
        } = q;
        println!(
            "{name:<8} {repeats:>8} {sectors_per_table:>18.2} {short_of_sectors:>16} {:>10} {teammates_together:>10}",
            format!("{}–{}", sizes.0, sizes.1)
        );
    }
}
