use super::Consent;
use super::Day;
use super::Item;
use super::Slot;
use super::Venue;
use crate::common::ids::InterventionId;
use serde::{Deserialize, Serialize};

/// One reason a placement is wrong. Each has a stable code (`code`/`from_code`) that travels
/// in an error to the page, which names the other intervention, the person and the venue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Conflict {
    /// Another intervention occupies the same venue at an overlapping time.
    VenueBusy { other: InterventionId },
    /// A person takes part in both, and they overlap.
    PersonBusy { person: i64, other: InterventionId },
    /// A person takes part in both, and cannot walk between the venues in the time between.
    TooFarToWalk {
        person: i64,
        other: InterventionId,
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
        let other = |i: usize| n(i).map(InterventionId);
        Some(match (kind, numbers.len()) {
            ("venue_busy", 1) => Conflict::VenueBusy { other: other(0)? },
            ("person_busy", 2) => Conflict::PersonBusy {
                person: n(0)?,
                other: other(1)?,
            },
            ("too_far", 4) => Conflict::TooFarToWalk {
                person: n(0)?,
                other: other(1)?,
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
    let venue_of = |id: crate::common::ids::VenueId| venues.iter().find(|v| v.id == id);
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
