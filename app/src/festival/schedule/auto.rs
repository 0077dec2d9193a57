use super::distance_m;
use super::pair_conflicts;
use super::Bend;
use super::Consent;
use super::Day;
use super::Item;
use super::Nearest;
use super::Plan;
use super::Slot;
use super::Venue;
use super::SLOT_MIN;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

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

/// What is placed so far, indexed by venue and by person so each check looks only at the
/// interventions that could clash.
struct Board<'a> {
    day: Day,
    venues: HashMap<crate::common::ids::VenueId, &'a Venue>,
    by_venue: HashMap<crate::common::ids::VenueId, Vec<(&'a Item, Slot)>>,
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
        let starts = start_order(&day, item, &board);
        if fits.is_empty() {
            let reason = match agreed.iter().map(|v| v.capacity).max() {
                None => Unplaced::NoVenueWithConsent,
                Some(largest) => Unplaced::NoVenueBigEnough {
                    audience: item.audience,
                    largest,
                },
            };
            plan.unplaced.push((item.id, reason));
            if let Some(near) = bend_venue(item, &starts, &board, venues, &[]) {
                plan.nearest.push((item.id, near));
            }
            continue;
        }
        let fitting_ids: Vec<crate::common::ids::VenueId> = fits.iter().map(|v| v.id).collect();
        let venues_in_order = venue_order(item, fits);
        let mut busy_person = None;
        let mut person_clash = None;
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
                        (true, Some(person)) => {
                            busy_person = busy_person.or(Some(person));
                            person_clash = person_clash.or(Some(Nearest {
                                slot,
                                bends: Bend::Person { person },
                            }));
                        }
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
            None => {
                plan.unplaced.push((
                    item.id,
                    Unplaced::NoFreeTime {
                        person: busy_person,
                    },
                ));
                let near = person_clash
                    .or_else(|| bend_venue(item, &starts, &board, venues, &fitting_ids));
                if let Some(near) = near {
                    plan.nearest.push((item.id, near));
                }
            }
        }
    }
    plan
}

/// For an intervention that could not be placed: the nearest free slot that bends one rule, at
/// a venue outside `tried` whose owner has not refused (a venue still to agree, or one smaller
/// than the audience, largest first), at a preferred time if one is free.
fn bend_venue(
    item: &Item,
    starts: &[(u32, bool)],
    board: &Board,
    venues: &[Venue],
    tried: &[crate::common::ids::VenueId],
) -> Option<Nearest> {
    let mut candidates: Vec<&Venue> = venues
        .iter()
        .filter(|v| v.consent != Consent::No && !tried.contains(&v.id))
        .collect();
    candidates.sort_by_key(|v| {
        (
            v.capacity < item.audience,
            v.consent != Consent::Yes,
            std::cmp::Reverse(v.capacity),
            v.id,
        )
    });
    let mut times: Vec<u32> = starts.iter().filter(|(_, p)| *p).map(|(s, _)| *s).collect();
    times.extend(starts.iter().filter(|(_, p)| !*p).map(|(s, _)| *s));
    candidates.into_iter().find_map(|venue| {
        times.iter().find_map(|start| {
            let slot = Slot {
                venue: venue.id,
                start: *start,
            };
            (board.check(item, slot) == (true, None)).then_some(Nearest {
                slot,
                bends: if venue.consent == Consent::Yes {
                    Bend::Capacity {
                        capacity: venue.capacity,
                    }
                } else {
                    Bend::Consent
                },
            })
        })
    })
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
            id: crate::common::ids::VenueId(i as i64 + 1),
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
                id: crate::common::ids::InterventionId(i as i64 + 1),
                duration: 30 + 15 * next(7) as u32,
                setup: 15 * next(3) as u32,
                cleardown: 15 * next(2) as u32,
                audience: 20 + next(120) as u32,
                people,
                preferred_venues: if preferred {
                    vec![crate::common::ids::VenueId(
                        next(venue_count as u64) as i64 + 1,
                    )]
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
