//! The festival's conflict rules and its auto-scheduler: plain functions over plain data, so
//! the same rules refuse a placement by hand, check a whole program, and guide the scheduler.
//!
//! Times are minutes after midnight on the festival day. An intervention *occupies* its venue,
//! and its people, from the start of its set-up to the end of its clear-down; its *public*
//! time (start to start + duration) must fall within the day's window.
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The grid the auto-scheduler places on.
pub const SLOT_MIN: u32 = 15;

crate::coded! {
    /// A venue owner's answer to hosting the festival.
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Consent {
        Yes = "yes" => fest_consent_yes,
        Pending = "pending" => fest_consent_pending,
        No = "no" => fest_consent_no,
    }
}

/// What the rules need to know about a venue.
#[derive(Debug, Clone, PartialEq)]
pub struct Venue {
    pub id: i64,
    pub lat: f64,
    pub lon: f64,
    pub capacity: u32,
    pub consent: Consent,
}

/// What the rules need to know about an intervention.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    pub id: i64,
    pub duration: u32,
    pub setup: u32,
    pub cleardown: u32,
    pub audience: u32,
    /// The people taking part.
    pub people: Vec<i64>,
    /// Venues the team asked for, most wanted first.
    pub preferred_venues: Vec<i64>,
    /// The earliest and latest start the team asked for.
    pub preferred_start: Option<(u32, u32)>,
}

impl Item {
    fn occupies(&self, start: u32) -> (u32, u32) {
        (
            start.saturating_sub(self.setup),
            start + self.duration + self.cleardown,
        )
    }
}

/// Where and when an intervention happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub venue: i64,
    pub start: u32,
}

/// The day's frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub opens: u32,
    pub closes: u32,
    /// Metres a person walks in a minute.
    pub walk_m_per_min: u32,
}

/// One reason a placement is wrong. Each has a stable code (`code`/`from_code`) that travels
/// in an error to the page, which names the other intervention, the person and the venue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Conflict {
    /// Another intervention occupies the same venue at an overlapping time.
    VenueBusy { other: i64 },
    /// A person takes part in both, and they overlap.
    PersonBusy { person: i64, other: i64 },
    /// A person takes part in both, and cannot walk between the venues in the time between.
    TooFarToWalk {
        person: i64,
        other: i64,
        need: u32,
        have: u32,
    },
    /// The public time starts before the day opens or ends after it closes.
    OutsideDay,
    /// More audience expected than the venue holds.
    OverCapacity { audience: u32, capacity: u32 },
    /// The venue's owner has not agreed (pending) or refused.
    NoConsent { refused: bool },
    /// The venue is not one of this edition's.
    UnknownVenue,
}

impl Conflict {
    pub fn code(&self) -> String {
        match *self {
            Conflict::VenueBusy { other } => format!("venue_busy:{other}"),
            Conflict::PersonBusy { person, other } => format!("person_busy:{person}:{other}"),
            Conflict::TooFarToWalk {
                person,
                other,
                need,
                have,
            } => format!("too_far:{person}:{other}:{need}:{have}"),
            Conflict::OutsideDay => "outside_day".into(),
            Conflict::OverCapacity { audience, capacity } => {
                format!("capacity:{audience}:{capacity}")
            }
            Conflict::NoConsent { refused: true } => "consent_refused".into(),
            Conflict::NoConsent { refused: false } => "consent_pending".into(),
            Conflict::UnknownVenue => "unknown_venue".into(),
        }
    }

    pub fn from_code(code: &str) -> Option<Conflict> {
        let mut parts = code.split(':');
        let kind = parts.next()?;
        let numbers: Vec<i64> = parts.map(|p| p.parse().ok()).collect::<Option<_>>()?;
        let n = |i: usize| numbers.get(i).copied();
        let u = |i: usize| n(i).and_then(|v| u32::try_from(v).ok());
        Some(match (kind, numbers.len()) {
            ("venue_busy", 1) => Conflict::VenueBusy { other: n(0)? },
            ("person_busy", 2) => Conflict::PersonBusy {
                person: n(0)?,
                other: n(1)?,
            },
            ("too_far", 4) => Conflict::TooFarToWalk {
                person: n(0)?,
                other: n(1)?,
                need: u(2)?,
                have: u(3)?,
            },
            ("outside_day", 0) => Conflict::OutsideDay,
            ("capacity", 2) => Conflict::OverCapacity {
                audience: u(0)?,
                capacity: u(1)?,
            },
            ("consent_refused", 0) => Conflict::NoConsent { refused: true },
            ("consent_pending", 0) => Conflict::NoConsent { refused: false },
            ("unknown_venue", 0) => Conflict::UnknownVenue,
            _ => return None,
        })
    }
}

/// Distance in metres between two points (haversine; ample for a city).
pub fn distance_m(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6_371_000.0 * h.sqrt().asin()
}

/// Whole minutes to walk from one venue to another.
pub fn walk_minutes(day: &Day, a: &Venue, b: &Venue) -> u32 {
    if a.id == b.id {
        return 0;
    }
    let metres = distance_m((a.lat, a.lon), (b.lat, b.lon));
    (metres / f64::from(day.walk_m_per_min.max(1))).ceil() as u32
}

/// The rules about an intervention and its venue alone: the day window, capacity, consent.
pub fn own_conflicts(day: &Day, venue: Option<&Venue>, item: &Item, start: u32) -> Vec<Conflict> {
    let mut found = Vec::new();
    if start < day.opens || start + item.duration > day.closes {
        found.push(Conflict::OutsideDay);
    }
    match venue {
        None => found.push(Conflict::UnknownVenue),
        Some(venue) => {
            if item.audience > venue.capacity {
                found.push(Conflict::OverCapacity {
                    audience: item.audience,
                    capacity: venue.capacity,
                });
            }
            if venue.consent != Consent::Yes {
                found.push(Conflict::NoConsent {
                    refused: venue.consent == Consent::No,
                });
            }
        }
    }
    found
}

/// The rules between two placed interventions (`a` is the one being placed): the same venue
/// at overlapping times, and each person they share overlapping or too far to walk.
pub fn pair_conflicts(
    day: &Day,
    a: (&Item, Slot, Option<&Venue>),
    b: (&Item, Slot, Option<&Venue>),
) -> Vec<Conflict> {
    let (item_a, slot_a, venue_a) = a;
    let (item_b, slot_b, venue_b) = b;
    let mut found = Vec::new();
    if item_a.id == item_b.id {
        return found;
    }
    let (a0, a1) = item_a.occupies(slot_a.start);
    let (b0, b1) = item_b.occupies(slot_b.start);
    let overlap = a0 < b1 && b0 < a1;
    if overlap && slot_a.venue == slot_b.venue {
        found.push(Conflict::VenueBusy { other: item_b.id });
    }
    let shared = item_a.people.iter().filter(|p| item_b.people.contains(p));
    for &person in shared {
        if overlap {
            found.push(Conflict::PersonBusy {
                person,
                other: item_b.id,
            });
            continue;
        }
        let need = match (venue_a, venue_b) {
            (Some(va), Some(vb)) => walk_minutes(day, va, vb),
            _ => 0,
        };
        let have = if a1 <= b0 { b0 - a1 } else { a0 - b1 };
        if have < need {
            found.push(Conflict::TooFarToWalk {
                person,
                other: item_b.id,
                need,
                have,
            });
        }
    }
    found
}

/// Every conflict of placing `item` at `slot`, given what is already placed.
pub fn conflicts(
    day: &Day,
    venues: &[Venue],
    placed: &[(&Item, Slot)],
    item: &Item,
    slot: Slot,
) -> Vec<Conflict> {
    let venue_of = |id: i64| venues.iter().find(|v| v.id == id);
    let venue = venue_of(slot.venue);
    let mut found = own_conflicts(day, venue, item, slot.start);
    for (other, other_slot) in placed {
        found.extend(pair_conflicts(
            day,
            (item, slot, venue),
            (other, *other_slot, venue_of(other_slot.venue)),
        ));
    }
    found
}

/// Why the auto-scheduler left an intervention out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unplaced {
    /// Its public time is longer than the day.
    LongerThanDay,
    /// No venue whose owner agreed holds its audience (`largest` is the biggest that agreed).
    NoVenueBigEnough { audience: u32, largest: u32 },
    /// No venue's owner has agreed yet.
    NoVenueWithConsent,
    /// Every fitting venue is taken at every time it could start; `person` is someone whose
    /// other interventions blocked times when a venue was free.
    NoFreeTime { person: Option<i64> },
}

impl Unplaced {
    pub fn code(&self) -> String {
        match *self {
            Unplaced::LongerThanDay => "longer_than_day".into(),
            Unplaced::NoVenueBigEnough { audience, largest } => {
                format!("no_venue_big_enough:{audience}:{largest}")
            }
            Unplaced::NoVenueWithConsent => "no_venue_with_consent".into(),
            Unplaced::NoFreeTime { person: Some(p) } => format!("people_busy:{p}"),
            Unplaced::NoFreeTime { person: None } => "no_free_time".into(),
        }
    }

    pub fn from_code(code: &str) -> Option<Unplaced> {
        let mut parts = code.split(':');
        let kind = parts.next()?;
        let numbers: Vec<i64> = parts.map(|p| p.parse().ok()).collect::<Option<_>>()?;
        Some(match (kind, numbers.as_slice()) {
            ("longer_than_day", []) => Unplaced::LongerThanDay,
            ("no_venue_big_enough", [a, l]) => Unplaced::NoVenueBigEnough {
                audience: u32::try_from(*a).ok()?,
                largest: u32::try_from(*l).ok()?,
            },
            ("no_venue_with_consent", []) => Unplaced::NoVenueWithConsent,
            ("people_busy", [p]) => Unplaced::NoFreeTime { person: Some(*p) },
            ("no_free_time", []) => Unplaced::NoFreeTime { person: None },
            _ => return None,
        })
    }
}

/// The auto-scheduler's proposal.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    pub placed: Vec<(i64, Slot)>,
    pub unplaced: Vec<(i64, Unplaced)>,
}

/// What is placed so far, indexed by venue and by person so each check looks only at the
/// interventions that could clash.
struct Board<'a> {
    day: Day,
    venues: HashMap<i64, &'a Venue>,
    by_venue: HashMap<i64, Vec<(&'a Item, Slot)>>,
    by_person: HashMap<i64, Vec<(&'a Item, Slot)>>,
    /// How many interventions are public in each slot of the day (to spread them out).
    load: Vec<u32>,
}

impl<'a> Board<'a> {
    fn new(day: Day, venues: &'a [Venue]) -> Self {
        let slots = (day.closes.saturating_sub(day.opens) / SLOT_MIN + 1) as usize;
        Board {
            day,
            venues: venues.iter().map(|v| (v.id, v)).collect(),
            by_venue: HashMap::new(),
            by_person: HashMap::new(),
            load: vec![0; slots],
        }
    }

    fn put(&mut self, item: &'a Item, slot: Slot) {
        self.by_venue
            .entry(slot.venue)
            .or_default()
            .push((item, slot));
        for person in &item.people {
            self.by_person
                .entry(*person)
                .or_default()
                .push((item, slot));
        }
        let first = slot.start.saturating_sub(self.day.opens) / SLOT_MIN;
        let last = (slot.start + item.duration).saturating_sub(self.day.opens) / SLOT_MIN;
        for i in first..last {
            if let Some(count) = self.load.get_mut(i as usize) {
                *count += 1;
            }
        }
    }

    /// Whether the venue is free and, if so, the first person who is not.
    fn check(&self, item: &Item, slot: Slot) -> (bool, Option<i64>) {
        let venue = self.venues.get(&slot.venue).copied();
        let here = (item, slot, venue);
        let venue_free = self.by_venue.get(&slot.venue).is_none_or(|placed| {
            placed.iter().all(|(other, other_slot)| {
                pair_conflicts(&self.day, here, (other, *other_slot, venue)).is_empty()
            })
        });
        if !venue_free {
            return (false, None);
        }
        for person in &item.people {
            let Some(placed) = self.by_person.get(person) else {
                continue;
            };
            let clash = placed.iter().any(|(other, other_slot)| {
                let other_venue = self.venues.get(&other_slot.venue).copied();
                !pair_conflicts(&self.day, here, (other, *other_slot, other_venue)).is_empty()
            });
            if clash {
                return (true, Some(*person));
            }
        }
        (true, None)
    }

    fn load_at(&self, start: u32, duration: u32) -> u32 {
        let first = start.saturating_sub(self.day.opens) / SLOT_MIN;
        let last = (start + duration).saturating_sub(self.day.opens) / SLOT_MIN;
        (first..last)
            .filter_map(|i| self.load.get(i as usize))
            .max()
            .copied()
            .unwrap_or(0)
    }
}

/// Proposes a venue and a start for each of `pending`, around the `fixed` placements, with no
/// conflict between any two. A preferred time weighs more than a preferred venue; without a
/// preferred time an intervention goes where the day is least crowded. The most constrained
/// interventions (fewest fitting venues, most people, longest) are placed first. Each one that
/// cannot be placed comes back with the reason.
pub fn auto_schedule(day: Day, venues: &[Venue], fixed: &[(Item, Slot)], pending: &[Item]) -> Plan {
    let mut board = Board::new(day, venues);
    for (item, slot) in fixed {
        board.put(item, *slot);
    }
    let agreed: Vec<&Venue> = venues
        .iter()
        .filter(|v| v.consent == Consent::Yes)
        .collect();
    let fitting = |item: &Item| -> Vec<&Venue> {
        agreed
            .iter()
            .copied()
            .filter(|v| v.capacity >= item.audience)
            .collect()
    };
    let mut order: Vec<(&Item, Vec<&Venue>)> = pending.iter().map(|i| (i, fitting(i))).collect();
    order.sort_by_key(|(item, fits)| {
        (
            fits.len(),
            std::cmp::Reverse(item.people.len()),
            std::cmp::Reverse(item.setup + item.duration + item.cleardown),
            item.id,
        )
    });

    let mut plan = Plan::default();
    for (item, fits) in order {
        if item.duration > day.closes.saturating_sub(day.opens) {
            plan.unplaced.push((item.id, Unplaced::LongerThanDay));
            continue;
        }
        if fits.is_empty() {
            let reason = match agreed.iter().map(|v| v.capacity).max() {
                None => Unplaced::NoVenueWithConsent,
                Some(largest) => Unplaced::NoVenueBigEnough {
                    audience: item.audience,
                    largest,
                },
            };
            plan.unplaced.push((item.id, reason));
            continue;
        }
        let venues_in_order = venue_order(item, fits);
        let starts = start_order(&day, item, &board);
        let mut busy_person = None;
        let mut chosen = None;
        // Preferred venues at preferred times, then the other venues (nearest the preferred one
        // first) at preferred times, then preferred venues at any time, then anywhere: a time
        // asked for is usually part of the idea (an evening screening), a venue less so.
        let tiers = [(true, true), (false, true), (true, false), (false, false)];
        'search: for (want_venue, want_time) in tiers {
            for venue in venues_in_order
                .iter()
                .filter(|(_, preferred)| *preferred == want_venue)
            {
                for (start, preferred_time) in &starts {
                    if *preferred_time != want_time {
                        continue;
                    }
                    let slot = Slot {
                        venue: venue.0.id,
                        start: *start,
                    };
                    match board.check(item, slot) {
                        (true, None) => {
                            chosen = Some(slot);
                            break 'search;
                        }
                        (true, Some(person)) => busy_person = busy_person.or(Some(person)),
                        (false, _) => {}
                    }
                }
            }
        }
        match chosen {
            Some(slot) => {
                board.put(item, slot);
                plan.placed.push((item.id, slot));
            }
            None => plan.unplaced.push((
                item.id,
                Unplaced::NoFreeTime {
                    person: busy_person,
                },
            )),
        }
    }
    plan
}

/// Fitting venues, each with whether the team asked for it: asked-for ones in their order,
/// then the others by distance from the first asked-for one (or as given).
fn venue_order<'a>(item: &Item, fits: Vec<&'a Venue>) -> Vec<(&'a Venue, bool)> {
    let mut preferred: Vec<(&Venue, bool)> = item
        .preferred_venues
        .iter()
        .filter_map(|id| fits.iter().find(|v| v.id == *id).map(|v| (*v, true)))
        .collect();
    let anchor = preferred.first().map(|(v, _)| (v.lat, v.lon));
    let mut others: Vec<&Venue> = fits
        .into_iter()
        .filter(|v| !item.preferred_venues.contains(&v.id))
        .collect();
    if let Some(anchor) = anchor {
        others.sort_by(|a, b| {
            distance_m(anchor, (a.lat, a.lon)).total_cmp(&distance_m(anchor, (b.lat, b.lon)))
        });
    }
    preferred.extend(others.into_iter().map(|v| (v, false)));
    preferred
}

/// Every start on the grid whose public time fits the day, each with whether it is in the
/// preferred window; least crowded first, then earliest.
fn start_order(day: &Day, item: &Item, board: &Board) -> Vec<(u32, bool)> {
    let first = day.opens.div_ceil(SLOT_MIN) * SLOT_MIN;
    let mut starts: Vec<(u32, bool)> = (first..)
        .step_by(SLOT_MIN as usize)
        .take_while(|s| s + item.duration <= day.closes)
        .map(|s| {
            let preferred = item
                .preferred_start
                .is_some_and(|(from, to)| s >= from && s <= to);
            (s, preferred)
        })
        .collect();
    starts.sort_by_key(|(s, _)| (board.load_at(*s, item.duration), *s));
    starts
}

/// A reproducible festival for tests and the benchmark: `venue_count` places within about
/// 3 km of the centre of Kaunas and `item_count` interventions of 30 to 120 minutes, in teams
/// of up to four that share people, a third of them with preferred venues and times.
pub fn synthetic(venue_count: usize, item_count: usize) -> (Vec<Venue>, Vec<Item>) {
    let mut seed: u64 = 0x5a17_a4a0;
    let mut next = move |n: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % n
    };
    let venues: Vec<Venue> = (0..venue_count)
        .map(|i| Venue {
            id: i as i64 + 1,
            lat: 54.885 + next(300) as f64 / 10_000.0,
            lon: 23.870 + next(500) as f64 / 10_000.0,
            capacity: [40, 80, 150, 300, 1000][next(5) as usize],
            consent: Consent::Yes,
        })
        .collect();
    let items = (0..item_count)
        .map(|i| {
            let team = (i / 3) as i64;
            let people = vec![team * 10 + next(4) as i64, team * 10 + 5];
            let preferred = i % 3 == 0;
            Item {
                id: i as i64 + 1,
                duration: 30 + 15 * next(7) as u32,
                setup: 15 * next(3) as u32,
                cleardown: 15 * next(2) as u32,
                audience: 20 + next(120) as u32,
                people,
                preferred_venues: if preferred {
                    vec![next(venue_count as u64) as i64 + 1]
                } else {
                    vec![]
                },
                preferred_start: preferred.then(|| {
                    let from = 600 + 60 * next(10) as u32;
                    (from, from + 120)
                }),
            }
        })
        .collect();
    (venues, items)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: Day = Day {
        opens: 600,
        closes: 1320,
        walk_m_per_min: 70,
    };

    fn venue(id: i64, lat: f64, lon: f64, capacity: u32) -> Venue {
        Venue {
            id,
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
            id,
            duration,
            setup: 15,
            cleardown: 15,
            audience: 50,
            people: people.to_vec(),
            ..Item::default()
        }
    }

    fn at(venue: i64, start: u32) -> Slot {
        Slot { venue, start }
    }

    #[test]
    fn the_same_venue_overlapping_with_set_up_and_clear_down_is_a_conflict() {
        let v = venues();
        let a = item(1, 60, &[]);
        let b = item(2, 60, &[]);
        // a occupies 09:45–11:15; b at 11:15 sets up from 11:00: clash.
        let found = conflicts(&DAY, &v, &[(&a, at(1, 600))], &b, at(1, 675));
        assert_eq!(found, vec![Conflict::VenueBusy { other: 1 }]);
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
                other: 1
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
                other: 1,
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
            Conflict::VenueBusy { other: 3 },
            Conflict::PersonBusy {
                person: 4,
                other: 5,
            },
            Conflict::TooFarToWalk {
                person: 4,
                other: 5,
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
        a.preferred_venues = vec![2];
        a.preferred_start = Some((840, 900));
        let mut b = item(2, 60, &[7]);
        b.preferred_venues = vec![1];
        let plan = auto_schedule(DAY, &v, &[], &[a.clone(), b.clone()]);
        assert!(plan.unplaced.is_empty(), "{plan:?}");
        let slot_of = |id| plan.placed.iter().find(|(i, _)| *i == id).unwrap().1;
        assert_eq!(slot_of(1).venue, 2);
        assert!((840..=900).contains(&slot_of(1).start));
        assert_eq!(slot_of(2).venue, 1);
        assert_conflict_free(&v, &[], &[a, b], &plan);
    }

    #[test]
    fn a_preferred_time_weighs_more_than_a_preferred_venue() {
        let v = venues();
        // The square is taken all evening; the screening wants the square at 20:00.
        let fixed = [(item(10, 180, &[]), at(1, 1125))];
        let mut film = item(1, 90, &[]);
        film.preferred_venues = vec![1];
        film.preferred_start = Some((1200, 1230));
        let plan = auto_schedule(DAY, &v, &fixed, std::slice::from_ref(&film));
        let (_, slot) = plan.placed[0];
        assert!(
            (1200..=1230).contains(&slot.start),
            "kept its evening: {slot:?}"
        );
        // The castle next door, not the Ninth Fort five kilometres away.
        assert_eq!(slot.venue, 3);
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
            1,
            Unplaced::NoVenueBigEnough {
                audience: 1000,
                largest: 300
            }
        )));
        assert!(plan.unplaced.contains(&(2, Unplaced::LongerThanDay)));

        for venue in &mut v {
            venue.consent = Consent::No;
        }
        let plan = auto_schedule(DAY, &v, &[], &[item(3, 60, &[])]);
        assert_eq!(plan.unplaced, vec![(3, Unplaced::NoVenueWithConsent)]);
    }

    #[test]
    fn the_scheduler_names_a_person_who_is_busy_all_day() {
        let v = venues();
        // Person 7 is in a fixed intervention that fills the whole day at venue 1.
        let fixed = [(item(10, 690, &[7]), at(1, 615))];
        let plan = auto_schedule(DAY, &v, &fixed, &[item(1, 30, &[7])]);
        assert_eq!(
            plan.unplaced,
            vec![(1, Unplaced::NoFreeTime { person: Some(7) })]
        );
        // Without that person it fits at another venue.
        let plan = auto_schedule(DAY, &v, &fixed, &[item(2, 30, &[8])]);
        assert_eq!(plan.placed.len(), 1);
        assert_ne!(plan.placed[0].1.venue, 1);
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
}
