//! The rules of pledges as plain functions: what a pledge must say for its kind, how a pledge
//! moves (offered → accepted or declined by the team; accepted → fulfilled by the steering
//! group), and which of an idea's needs are met by accepted pledges.
use super::{PledgeKind, PledgeStatus, DATES_MAX, HOURS_MAX, MONEY_MAX, NOTE_MAX};
use crate::common::error::FieldError;
use crate::common::ids::PlaceId;
use crate::common::Check;

/// A pledge as checked: the amount or hours its kind needs, the place of a venue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedPledge {
    pub kind: PledgeKind,
    pub amount_eur: Option<i64>,
    pub hours: Option<i64>,
    pub place: Option<PlaceId>,
}

fn whole(check: &mut Check, field: &str, text: &str, max: i64) -> Option<i64> {
    match text.trim().parse::<i64>() {
        Ok(n) if (1..=max).contains(&n) => Some(n),
        Ok(_) => {
            check.fail(field, "out_of_range");
            None
        }
        Err(_) => {
            check.fail(field, "not_a_number");
            None
        }
    }
}

/// Checks a pledge: money needs whole euros, time whole hours, a venue one of the
/// organisation's `places`; dates and a note are free text within limits.
pub fn check_pledge(
    kind: &str,
    amount: &str,
    hours: &str,
    place: &str,
    places: &[PlaceId],
    dates: &str,
    note: &str,
) -> Result<CheckedPledge, Vec<FieldError>> {
    let mut check = Check::new();
    let kind = PledgeKind::from_code(kind.trim());
    if kind.is_none() {
        check.fail("kind", "choice_invalid");
    }
    let amount_eur = (kind == Some(PledgeKind::Money))
        .then(|| whole(&mut check, "amount", amount, MONEY_MAX))
        .flatten();
    let hours = (kind == Some(PledgeKind::Time))
        .then(|| whole(&mut check, "hours", hours, HOURS_MAX))
        .flatten();
    let place = if kind == Some(PledgeKind::Venue) {
        match place.trim().parse::<PlaceId>() {
            Ok(p) if places.contains(&p) => Some(p),
            _ => {
                check.fail("place", "choice_invalid");
                None
            }
        }
    } else {
        None
    };
    check.max_len("dates", dates, DATES_MAX);
    check.max_len("note", note, NOTE_MAX);
    if kind == Some(PledgeKind::Materials) && note.trim().chars().count() < 3 {
        // Materials say what they are.
        check.fail("note", "missing");
    }
    check.finish()?;
    Ok(CheckedPledge {
        kind: kind.unwrap_or(PledgeKind::Materials),
        amount_eur,
        hours,
        place,
    })
}

/// Whether a pledge may move from `from` to `to`.
pub fn may_become(from: PledgeStatus, to: PledgeStatus) -> bool {
    use PledgeStatus::*;
    matches!(
        (from, to),
        (Offered, Accepted) | (Offered, Declined) | (Accepted, Fulfilled)
    )
}

/// Whether a pledge in this state backs the idea (shown as "backed by").
pub fn backs(status: PledgeStatus) -> bool {
    matches!(status, PledgeStatus::Accepted | PledgeStatus::Fulfilled)
}

/// The idea's needs of a venue, money and materials, each with whether an accepted pledge
/// meets it.
pub fn needs_met(
    venue: bool,
    money: bool,
    materials: bool,
    backing: &[PledgeKind],
) -> Vec<(PledgeKind, bool)> {
    [
        (PledgeKind::Venue, venue),
        (PledgeKind::Money, money),
        (PledgeKind::Materials, materials),
    ]
    .into_iter()
    .filter(|(_, needed)| *needed)
    .map(|(kind, _)| (kind, backing.contains(&kind)))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::common::error::failed_fields as fields;

    #[test]
    fn each_kind_says_what_it_needs() {
        let places = [PlaceId(4)];
        let money = check_pledge("money", "500", "", "", &places, "", "").unwrap();
        assert_eq!(
            (money.kind, money.amount_eur),
            (PledgeKind::Money, Some(500))
        );
        let time = check_pledge("time", "", "12", "", &places, "gegužę", "").unwrap();
        assert_eq!(time.hours, Some(12));
        let venue =
            check_pledge("venue", "", "", "4", &places, "birželio šeštadieniai", "").unwrap();
        assert_eq!(venue.place, Some(PlaceId(4)));
        let materials =
            check_pledge("materials", "", "", "", &places, "", "Du projektoriai").unwrap();
        assert_eq!(materials.amount_eur, None);
    }

    #[test]
    fn bad_amounts_other_places_and_unknown_kinds_are_refused() {
        let places = [PlaceId(4)];
        assert_eq!(
            fields(check_pledge("money", "penki", "", "", &places, "", "")),
            vec![("amount".into(), "not_a_number".into())]
        );
        assert_eq!(
            fields(check_pledge("money", "0", "", "", &places, "", "")),
            vec![("amount".into(), "out_of_range".into())]
        );
        assert_eq!(
            fields(check_pledge("venue", "", "", "9", &places, "", "")),
            vec![("place".into(), "choice_invalid".into())]
        );
        assert_eq!(
            fields(check_pledge("time", "", "", "", &places, "", "")),
            vec![("hours".into(), "not_a_number".into())]
        );
        assert_eq!(
            fields(check_pledge("materials", "", "", "", &places, "", "")),
            vec![("note".into(), "missing".into())]
        );
        assert_eq!(
            fields(check_pledge("gold", "", "", "", &places, "", "")),
            vec![("kind".into(), "choice_invalid".into())]
        );
    }

    #[test]
    fn a_pledge_is_answered_once_and_fulfilled_only_when_accepted() {
        use PledgeStatus::*;
        assert!(may_become(Offered, Accepted));
        assert!(may_become(Offered, Declined));
        assert!(may_become(Accepted, Fulfilled));
        assert!(!may_become(Offered, Fulfilled));
        assert!(!may_become(Declined, Accepted));
        assert!(!may_become(Fulfilled, Accepted));
        assert!(backs(Accepted) && backs(Fulfilled) && !backs(Offered) && !backs(Declined));
    }

    #[test]
    fn needs_are_met_by_accepted_pledges_of_their_kind() {
        assert_eq!(
            needs_met(true, true, false, &[PledgeKind::Money, PledgeKind::Time]),
            vec![(PledgeKind::Venue, false), (PledgeKind::Money, true)]
        );
        assert!(needs_met(false, false, false, &[PledgeKind::Money]).is_empty());
    }
}
