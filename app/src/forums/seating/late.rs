//! Late arrivals: seated from a round on without moving anyone.
use super::{Guest, Seating, REPEAT, SECTOR};

/// Seats one more person (the last of `guests`) from round `from` on, without moving anyone:
/// in each round at one of the smallest tables (so sizes still differ by at most one), the one
/// where they add the most sectors and meet the fewest people again. Someone who asked to stay
/// keeps one table when one of the smallest tables is the same in every remaining round.
pub fn add_late(seating: &mut Seating, guests: &[Guest], from: usize) {
    let p = guests.len() - 1;
    let tables = seating.tables;
    for round in &mut seating.rounds {
        round.resize(guests.len(), None);
    }
    let sizes = |round: &Vec<Option<usize>>| {
        let mut sizes = vec![0usize; tables];
        for t in round.iter().flatten() {
            sizes[*t] += 1;
        }
        sizes
    };
    let smallest = |round: &Vec<Option<usize>>| {
        let sizes = sizes(round);
        let min = sizes.iter().copied().min().unwrap_or(0);
        (0..tables).filter(|t| sizes[*t] == min).collect::<Vec<_>>()
    };
    let rounds = seating.rounds.len();
    let kept = if guests[p].stays {
        (0..tables).find(|t| (from..rounds).all(|r| smallest(&seating.rounds[r]).contains(t)))
    } else {
        None
    };
    for r in from..rounds {
        let choice = kept.unwrap_or_else(|| {
            let round = &seating.rounds[r];
            *smallest(round)
                .iter()
                .min_by_key(|t| {
                    let at: Vec<usize> = (0..p).filter(|m| round[*m] == Some(**t)).collect();
                    let before = at.iter().fold(0u32, |or, m| or | guests[*m].sectors);
                    let gained = (before | guests[p].sectors).count_ones() - before.count_ones();
                    let again = at
                        .iter()
                        .filter(|m| {
                            (from..r).any(|e| {
                                seating.rounds[e][p].is_some()
                                    && seating.rounds[e][p] == seating.rounds[e][**m]
                            })
                        })
                        .count() as i64;
                    -SECTOR * i64::from(gained) + 2 * REPEAT * again
                })
                .expect("at least one table")
        });
        seating.rounds[r][p] = Some(choice);
    }
}
