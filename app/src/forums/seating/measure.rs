//! Measuring a seating, the random baseline and synthetic rooms (tests and the benchmark).
use super::{capacities, pins, Guest, Quality, Rng, Seating};

/// Seats everyone at random (hosts and people who stay keep their tables; sizes balanced): the
/// baseline the benchmark compares with.
pub fn random_seating(guests: &[Guest], tables: usize, rounds: usize, seed: u64) -> Seating {
    let n = guests.len();
    let tables = tables.max(1);
    let pinned = pins(guests, tables);
    let mut pin_count = vec![0; tables];
    for t in pinned.iter().flatten() {
        pin_count[*t] += 1;
    }
    let caps = capacities(n, tables, &pin_count);
    let mut rng = Rng::new(seed);
    let mut all = Vec::new();
    for _ in 0..rounds {
        let mut seats: Vec<usize> = (0..tables)
            .flat_map(|t| std::iter::repeat_n(t, caps[t] - pin_count[t]))
            .collect();
        rng.shuffle(&mut seats);
        let mut seats = seats.into_iter();
        all.push(
            pinned
                .iter()
                .map(|pin| pin.or_else(|| seats.next()))
                .collect(),
        );
    }
    Seating {
        tables,
        rounds: all,
    }
}

/// Measures a seating against its aims.
pub fn quality(seating: &Seating, guests: &[Guest]) -> Quality {
    let n = guests.len();
    let in_room = guests
        .iter()
        .fold(0u32, |or, g| or | g.sectors)
        .count_ones() as usize;
    let mut met = vec![0u32; n * n];
    let (mut sectors, mut tables_seen, mut short) = (0usize, 0usize, 0usize);
    let (mut min, mut max) = (usize::MAX, 0);
    let mut teammates = 0;
    for (r, round) in seating.rounds.iter().enumerate() {
        for t in 0..seating.tables {
            let at: Vec<usize> = (0..n).filter(|p| round.get(*p) == Some(&Some(t))).collect();
            min = min.min(at.len());
            max = max.max(at.len());
            let held = at
                .iter()
                .fold(0u32, |or, p| or | guests[*p].sectors)
                .count_ones() as usize;
            sectors += held;
            tables_seen += 1;
            if held < at.len().min(in_room) {
                short += 1;
            }
            for (i, a) in at.iter().enumerate() {
                for b in &at[i + 1..] {
                    met[a * n + b] += 1;
                    if r == 0 && guests[*a].team.is_some() && guests[*a].team == guests[*b].team {
                        teammates += 1;
                    }
                }
            }
        }
    }
    Quality {
        repeats: met.iter().map(|k| k.saturating_sub(1) as usize).sum(),
        sectors_per_table: sectors as f64 / tables_seen.max(1) as f64,
        short_of_sectors: short,
        sizes: (if min == usize::MAX { 0 } else { min }, max),
        teammates_together: teammates,
    }
}

/// A room for tests and the benchmark: `n` people, each with one of `sectors` sectors in turn
/// (and, every `team_every`-th pair of neighbours, one team), the first `hosts` hosting tables
/// `0..hosts`.
pub fn synthetic(n: usize, sectors: u32, hosts: usize, team_every: usize) -> Vec<Guest> {
    (0..n)
        .map(|i| Guest {
            sectors: 1 << (i as u32 % sectors.max(1)),
            team: (team_every > 0 && (i / 2) % team_every == 0).then_some((i / 2) as i64),
            hosts: (i < hosts).then_some(i),
            stays: false,
        })
        .collect()
}
