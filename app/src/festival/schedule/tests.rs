//! Unit tests of the conflict rules and the scheduler.
use super::*;
use crate::common::ids::{InterventionId, VenueId};

const DAY: Day = Day {
    opens: 600,
    closes: 1320,
    walk_m_per_min: 70,
};

fn venue(id: i64, lat: f64, lon: f64, capacity: u32) -> Venue {
    Venue {
        id: VenueId(id),
        lat,
        lon,
        capacity,
        consent: Consent::Yes,
    }
}

/// Town Hall Square and the Ninth Fort, about 4.8 km apart; the Castle next to the square.
fn venues() -> Vec<Venue> {
    vec![
        venue(1, 54.8972, 23.8861, 300),
        venue(2, 54.9400, 23.8850, 150),
        venue(3, 54.8990, 23.8853, 80),
    ]
}

fn item(id: i64, duration: u32, people: &[i64]) -> Item {
    Item {
        id: InterventionId(id),
        duration,
        setup: 15,
        cleardown: 15,
        audience: 50,
        people: people.to_vec(),
        ..Item::default()
    }
}

fn at(venue: i64, start: u32) -> Slot {
    Slot {
        venue: VenueId(venue),
        start,
    }
}

#[test]
fn the_same_venue_overlapping_with_set_up_and_clear_down_is_a_conflict() {
    let v = venues();
    let a = item(1, 60, &[]);
    let b = item(2, 60, &[]);
    // a occupies 09:45–11:15; b at 11:15 sets up from 11:00: clash.
    let found = conflicts(&DAY, &v, &[(&a, at(1, 600))], &b, at(1, 675));
    assert_eq!(
        found,
        vec![Conflict::VenueBusy {
            other: InterventionId(1)
        }]
    );
    // From 11:30 (set-up at 11:15, when a has cleared down) it is free.
    assert!(conflicts(&DAY, &v, &[(&a, at(1, 600))], &b, at(1, 690)).is_empty());
    // Another venue at the same time is fine.
    assert!(conflicts(&DAY, &v, &[(&a, at(1, 600))], &b, at(3, 600)).is_empty());
}

#[test]
fn a_person_in_two_overlapping_interventions_is_a_conflict() {
    let v = venues();
    let a = item(1, 60, &[7, 8]);
    let b = item(2, 60, &[8]);
    let found = conflicts(&DAY, &v, &[(&a, at(1, 600))], &b, at(3, 630));
    assert_eq!(
        found,
        vec![Conflict::PersonBusy {
            person: 8,
            other: InterventionId(1)
        }]
    );
}

#[test]
fn a_person_needs_the_walking_time_between_venues() {
    let v = venues();
    let a = item(1, 60, &[7]);
    let b = item(2, 60, &[7]);
    // a ends (cleared down) at 11:15; Ninth Fort is ~4.8 km away: about 69 minutes' walk.
    let need = walk_minutes(&DAY, &v[0], &v[1]);
    assert!((65..=75).contains(&need), "walk {need} min");
    let found = conflicts(&DAY, &v, &[(&a, at(1, 600))], &b, at(2, 705));
    assert_eq!(
        found,
        vec![Conflict::TooFarToWalk {
            person: 7,
            other: InterventionId(1),
            need,
            have: 15
        }]
    );
    // Early enough to walk there.
    assert!(conflicts(&DAY, &v, &[(&a, at(1, 600))], &b, at(2, 675 + 15 + need)).is_empty());
    // The castle next door is a couple of minutes away.
    assert!(conflicts(&DAY, &v, &[(&a, at(1, 600))], &b, at(3, 705)).is_empty());
}

#[test]
fn the_public_time_must_be_inside_the_day() {
    let v = venues();
    let a = item(1, 60, &[]);
    assert_eq!(
        conflicts(&DAY, &v, &[], &a, at(1, 570)),
        vec![Conflict::OutsideDay]
    );
    assert_eq!(
        conflicts(&DAY, &v, &[], &a, at(1, 1290)),
        vec![Conflict::OutsideDay]
    );
    // Set-up before opening is allowed; ending exactly at closing too.
    assert!(conflicts(&DAY, &v, &[], &a, at(1, 600)).is_empty());
    assert!(conflicts(&DAY, &v, &[], &a, at(1, 1260)).is_empty());
}

#[test]
fn the_audience_must_fit_and_the_owner_must_agree() {
    let mut v = venues();
    let mut a = item(1, 60, &[]);
    a.audience = 120;
    assert_eq!(
        conflicts(&DAY, &v, &[], &a, at(3, 600)),
        vec![Conflict::OverCapacity {
            audience: 120,
            capacity: 80
        }]
    );
    v[0].consent = Consent::Pending;
    v[1].consent = Consent::No;
    assert_eq!(
        conflicts(&DAY, &v, &[], &a, at(1, 600)),
        vec![Conflict::NoConsent { refused: false }]
    );
    assert_eq!(
        conflicts(&DAY, &v, &[], &a, at(2, 600)),
        vec![Conflict::NoConsent { refused: true }]
    );
    assert_eq!(
        conflicts(&DAY, &v, &[], &a, at(99, 600)),
        vec![Conflict::UnknownVenue]
    );
}

#[test]
fn codes_round_trip() {
    let all = [
        Conflict::VenueBusy {
            other: InterventionId(3),
        },
        Conflict::PersonBusy {
            person: 4,
            other: InterventionId(5),
        },
        Conflict::TooFarToWalk {
            person: 4,
            other: InterventionId(5),
            need: 30,
            have: 10,
        },
        Conflict::OutsideDay,
        Conflict::OverCapacity {
            audience: 200,
            capacity: 80,
        },
        Conflict::NoConsent { refused: true },
        Conflict::NoConsent { refused: false },
        Conflict::UnknownVenue,
    ];
    for c in all {
        assert_eq!(Conflict::from_code(&c.code()), Some(c));
    }
    assert_eq!(Conflict::from_code("venue_busy"), None);
    assert_eq!(Conflict::from_code("venue_busy:x"), None);
    let reasons = [
        Unplaced::LongerThanDay,
        Unplaced::NoVenueBigEnough {
            audience: 900,
            largest: 300,
        },
        Unplaced::NoVenueWithConsent,
        Unplaced::NoFreeTime { person: Some(7) },
        Unplaced::NoFreeTime { person: None },
    ];
    for r in reasons {
        assert_eq!(Unplaced::from_code(&r.code()), Some(r));
    }
}

/// Every pair in a plan (and against the fixed ones) passes every rule.
fn assert_conflict_free(venues: &[Venue], fixed: &[(Item, Slot)], items: &[Item], plan: &Plan) {
    let mut all: Vec<(&Item, Slot)> = fixed.iter().map(|(i, s)| (i, *s)).collect();
    for (id, slot) in &plan.placed {
        all.push((items.iter().find(|i| i.id == *id).unwrap(), *slot));
    }
    for (n, (item, slot)) in all.iter().enumerate() {
        let others: Vec<(&Item, Slot)> = all
            .iter()
            .enumerate()
            .filter(|(m, _)| *m != n)
            .map(|(_, p)| *p)
            .collect();
        let found = conflicts(&DAY, venues, &others, item, *slot);
        assert!(found.is_empty(), "item {} at {slot:?}: {found:?}", item.id);
    }
}

#[test]
fn the_scheduler_honours_preferences_when_it_can() {
    let v = venues();
    let mut a = item(1, 60, &[7]);
    a.preferred_venues = vec![VenueId(2)];
    a.preferred_start = Some((840, 900));
    let mut b = item(2, 60, &[7]);
    b.preferred_venues = vec![VenueId(1)];
    let plan = auto_schedule(DAY, &v, &[], &[a.clone(), b.clone()]);
    assert!(plan.unplaced.is_empty(), "{plan:?}");
    let slot_of = |id| {
        plan.placed
            .iter()
            .find(|(i, _)| *i == InterventionId(id))
            .unwrap()
            .1
    };
    assert_eq!(slot_of(1).venue, VenueId(2));
    assert!((840..=900).contains(&slot_of(1).start));
    assert_eq!(slot_of(2).venue, VenueId(1));
    assert_conflict_free(&v, &[], &[a, b], &plan);
}

#[test]
fn a_preferred_time_weighs_more_than_a_preferred_venue() {
    let v = venues();
    // The square is taken all evening; the screening wants the square at 20:00.
    let fixed = [(item(10, 180, &[]), at(1, 1125))];
    let mut film = item(1, 90, &[]);
    film.preferred_venues = vec![VenueId(1)];
    film.preferred_start = Some((1200, 1230));
    let plan = auto_schedule(DAY, &v, &fixed, std::slice::from_ref(&film));
    let (_, slot) = plan.placed[0];
    assert!(
        (1200..=1230).contains(&slot.start),
        "kept its evening: {slot:?}"
    );
    // The castle next door, not the Ninth Fort five kilometres away.
    assert_eq!(slot.venue, VenueId(3));
}

#[test]
fn the_scheduler_works_around_what_is_fixed() {
    let v = vec![venue(1, 54.8972, 23.8861, 300)];
    let fixed = item(10, 600, &[]);
    // One venue, busy 10:00–20:00 (+ set-up and clear-down): only the evening is left.
    let a = item(1, 60, &[]);
    let fixed_at = [(fixed, at(1, 600))];
    let plan = auto_schedule(DAY, &v, &fixed_at, std::slice::from_ref(&a));
    assert_eq!(plan.placed.len(), 1);
    assert!(plan.placed[0].1.start >= 600 + 600 + 15 + 15);
    assert_conflict_free(&v, &fixed_at, &[a], &plan);
}

#[test]
fn the_scheduler_says_why_it_cannot_place() {
    let mut v = venues();
    v[1].consent = Consent::Pending;
    let mut huge = item(1, 60, &[]);
    huge.audience = 1000;
    let long = item(2, 800, &[]);
    let plan = auto_schedule(DAY, &v, &[], &[huge, long]);
    assert!(plan.placed.is_empty());
    assert!(plan.unplaced.contains(&(
        InterventionId(1),
        Unplaced::NoVenueBigEnough {
            audience: 1000,
            largest: 300
        }
    )));
    assert!(plan
        .unplaced
        .contains(&(InterventionId(2), Unplaced::LongerThanDay)));

    for venue in &mut v {
        venue.consent = Consent::No;
    }
    let plan = auto_schedule(DAY, &v, &[], &[item(3, 60, &[])]);
    assert_eq!(
        plan.unplaced,
        vec![(InterventionId(3), Unplaced::NoVenueWithConsent)]
    );
}

#[test]
fn the_scheduler_names_a_person_who_is_busy_all_day() {
    let v = venues();
    // Person 7 is in a fixed intervention that fills the whole day at venue 1.
    let fixed = [(item(10, 690, &[7]), at(1, 615))];
    let plan = auto_schedule(DAY, &v, &fixed, &[item(1, 30, &[7])]);
    assert_eq!(
        plan.unplaced,
        vec![(InterventionId(1), Unplaced::NoFreeTime { person: Some(7) })]
    );
    // Without that person it fits at another venue.
    let plan = auto_schedule(DAY, &v, &fixed, &[item(2, 30, &[8])]);
    assert_eq!(plan.placed.len(), 1);
    assert_ne!(plan.placed[0].1.venue, VenueId(1));
}

#[test]
fn the_scheduler_fills_a_day_without_a_single_conflict() {
    let (venues, items) = synthetic(40, 150);
    let plan = auto_schedule(DAY, &venues, &[], &items);
    assert_eq!(plan.placed.len() + plan.unplaced.len(), items.len());
    assert!(
        plan.placed.len() >= 140,
        "placed only {}",
        plan.placed.len()
    );
    assert_conflict_free(&venues, &[], &items, &plan);
}

#[test]
fn the_scheduler_spreads_interventions_over_the_day() {
    let (venues, items) = synthetic(30, 100);
    let plan = auto_schedule(DAY, &venues, &[], &items);
    let morning = plan.placed.iter().filter(|(_, s)| s.start < 720).count();
    let evening = plan.placed.iter().filter(|(_, s)| s.start >= 1020).count();
    assert!(morning > 10 && evening > 10, "{morning} / {evening}");
}

#[test]
fn for_what_it_leaves_out_the_scheduler_offers_the_nearest_slot_and_the_rule_it_bends() {
    let mut v = venues();
    v[1].consent = Consent::Pending;
    let mut huge = item(1, 60, &[]);
    huge.audience = 1000;
    let plan = auto_schedule(DAY, &v, &[], std::slice::from_ref(&huge));
    // Too many people for any venue: the largest agreed one, the square (300).
    let (id, near) = plan.nearest[0];
    assert_eq!(id, InterventionId(1));
    assert_eq!(near.slot.venue, VenueId(1));
    assert_eq!(near.bends, Bend::Capacity { capacity: 300 });

    // Person 7 fills the day at the square: the nearest is a time when only 7 is busy.
    let fixed = [(item(10, 690, &[7]), at(1, 615))];
    let plan = auto_schedule(DAY, &venues(), &fixed, &[item(2, 30, &[7])]);
    assert_eq!(plan.nearest.len(), 1);
    let near = plan.nearest[0].1;
    assert_eq!(near.bends, Bend::Person { person: 7 });
    assert_ne!(near.slot.venue, VenueId(1), "the square itself is taken");

    // Nobody agreed but one venue is still asking: that venue, marked as such.
    let mut v = venues();
    v[0].consent = Consent::No;
    v[1].consent = Consent::Pending;
    v[2].consent = Consent::No;
    let plan = auto_schedule(DAY, &v, &[], &[item(3, 60, &[])]);
    assert_eq!(plan.unplaced[0].1, Unplaced::NoVenueWithConsent);
    assert_eq!(plan.nearest[0].1.slot.venue, VenueId(2));
    assert_eq!(plan.nearest[0].1.bends, Bend::Consent);

    // Longer than the day: nothing to offer.
    let plan = auto_schedule(DAY, &venues(), &[], &[item(4, 800, &[])]);
    assert!(plan.nearest.is_empty());
}
