//! The seating's promises, on small rooms.
use super::*;

fn table_of(s: &Seating, r: usize, p: usize) -> usize {
    s.rounds[r][p].expect("seated")
}

#[test]
fn sixteen_people_four_tables_four_rounds_never_meet_twice_and_mix_four_sectors() {
    let guests = synthetic(16, 4, 0, 0);
    for seed in 0..12 {
        let s = seat(&guests, 4, 4, seed);
        let q = quality(&s, &guests);
        assert_eq!(q.repeats, 0, "seed {seed}: {s:?}");
        assert_eq!(q.short_of_sectors, 0);
        assert_eq!(q.sectors_per_table, 4.0);
        assert_eq!(q.sizes, (4, 4));
    }
}

#[test]
fn hosts_keep_their_table_and_sizes_differ_by_at_most_one() {
    let mut guests = synthetic(23, 5, 5, 0);
    guests[10].stays = true;
    guests[11].stays = true;
    let s = seat(&guests, 5, 3, 1);
    for r in 0..3 {
        for h in 0..5 {
            assert_eq!(table_of(&s, r, h), h, "host {h} in round {r}");
        }
        assert_eq!(table_of(&s, r, 10), table_of(&s, 0, 10));
        assert_eq!(table_of(&s, r, 11), table_of(&s, 0, 11));
    }
    let q = quality(&s, &guests);
    assert!(q.sizes.1 - q.sizes.0 <= 1, "{:?}", q.sizes);
    assert_eq!(q.short_of_sectors, 0);
}

#[test]
fn sectors_come_before_avoiding_repeats() {
    // Two tables, two rounds; only two people are "business": each table needs one in every
    // round, so those two never share a table, and the mix holds even at the price of
    // meetings repeating.
    let mut guests = synthetic(8, 1, 0, 0);
    guests[0].sectors = 0b10;
    guests[1].sectors = 0b10;
    let s = seat(&guests, 2, 2, 3);
    let q = quality(&s, &guests);
    assert_eq!(q.short_of_sectors, 0);
    for r in 0..2 {
        assert_ne!(table_of(&s, r, 0), table_of(&s, r, 1));
    }
}

#[test]
fn teammates_sit_apart_in_the_first_round() {
    // Eight people, four teams of two, two tables: every team splits.
    let guests: Vec<Guest> = (0..8)
        .map(|i| Guest {
            sectors: 1 << (i % 4),
            team: Some(i / 2),
            ..Guest::default()
        })
        .collect();
    let s = seat(&guests, 2, 2, 11);
    assert_eq!(quality(&s, &guests).teammates_together, 0);
}

#[test]
fn the_same_room_and_seed_give_the_same_seating() {
    let guests = synthetic(40, 5, 8, 3);
    assert_eq!(seat(&guests, 8, 4, 9), seat(&guests, 8, 4, 9));
}

#[test]
fn a_late_arrival_joins_without_moving_anyone() {
    let mut guests = synthetic(15, 5, 3, 0);
    let before = seat(&guests, 3, 4, 5);
    let mut after = before.clone();
    guests.push(Guest {
        sectors: 1 << 2,
        ..Guest::default()
    });
    add_late(&mut after, &guests, 2);
    for r in 0..4 {
        for p in 0..15 {
            assert_eq!(after.rounds[r][p], before.rounds[r][p], "nobody moves");
        }
    }
    assert_eq!(after.rounds[0][15], None);
    assert_eq!(after.rounds[1][15], None);
    assert!(after.rounds[2][15].is_some() && after.rounds[3][15].is_some());
    assert_eq!(
        quality(&after, &guests).sizes,
        (5, 6),
        "sizes still differ by one"
    );
}

#[test]
fn a_late_arrival_who_stays_keeps_one_table() {
    let mut guests = synthetic(12, 4, 0, 0);
    let mut s = seat(&guests, 3, 3, 2);
    guests.push(Guest {
        sectors: 1,
        stays: true,
        ..Guest::default()
    });
    add_late(&mut s, &guests, 1);
    assert_eq!(s.rounds[1][12], s.rounds[2][12]);
}

#[test]
fn a_room_smaller_than_the_tables_and_an_empty_room() {
    let guests = synthetic(3, 2, 0, 0);
    let s = seat(&guests, 5, 2, 1);
    assert_eq!(quality(&s, &guests).sizes, (0, 1));
    let s = seat(&[], 4, 3, 1);
    assert_eq!(s.rounds.len(), 3);
    assert!(s.rounds.iter().all(Vec::is_empty));
}

#[test]
fn the_random_baseline_keeps_hosts_and_sizes() {
    let guests = synthetic(50, 5, 10, 0);
    let s = random_seating(&guests, 10, 4, 4);
    for r in 0..4 {
        for h in 0..10 {
            assert_eq!(table_of(&s, r, h), h);
        }
    }
    assert_eq!(quality(&s, &guests).sizes, (5, 5));
}
