//! The festival's plain rules: times of day as text, what is on now and next, and the checks of
//! the edition, venue and proposal forms (shared by browser and server).
use crate::common::error::AppError;
use crate::common::Check;
use crate::festival::schedule::Consent;
use crate::festival::Card;
use crate::festival::NEXT_WINDOW_MIN;
use crate::festival::TITLE_MAX;

/// "14:05" from minutes after midnight.
pub fn hhmm(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Minutes after midnight from "14:05" (or "9:30"); `None` for anything else.
pub fn parse_hhmm(value: &str) -> Option<u32> {
    let (h, m) = value.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60 && h * 60 + m <= 1440).then_some(h * 60 + m)
}

/// What is on at `minute` and what starts within the next hour, in start order.
pub fn on_now_and_next(items: &[Card], minute: u32) -> (Vec<&Card>, Vec<&Card>) {
    let mut now: Vec<&Card> = items.iter().filter(|c| c.running_at(minute)).collect();
    let mut next: Vec<&Card> = items
        .iter()
        .filter(|c| {
            c.is_on()
                && c.start
                    .is_some_and(|s| s > minute && s <= minute + NEXT_WINDOW_MIN)
        })
        .collect();
    now.sort_by_key(|c| (c.start, c.id));
    next.sort_by_key(|c| (c.start, c.id));
    (now, next)
}

pub(crate) fn number_in(check: &mut Check, field: &str, value: &str, min: u32, max: u32) -> u32 {
    match value.trim().parse::<u32>() {
        Ok(n) if (min..=max).contains(&n) => n,
        Ok(_) => {
            check.fail(field, "out_of_range");
            0
        }
        Err(_) if value.trim().is_empty() && min == 0 => 0,
        Err(_) if value.trim().is_empty() => {
            check.fail(field, "missing");
            0
        }
        Err(_) => {
            check.fail(field, "not_a_number");
            0
        }
    }
}

/// An edition's settings as typed.
pub fn check_edition(
    title: &str,
    day: &str,
    opens: &str,
    closes: &str,
    target: &str,
    walk: &str,
) -> Result<(u32, u32, u32, u32), AppError> {
    let mut check = Check::new();
    check.line("title", title, 3, TITLE_MAX);
    if !crate::teams::is_date(day) {
        check.fail("day", "date_invalid");
    }
    let opens = parse_hhmm(opens);
    let closes = parse_hhmm(closes);
    match (opens, closes) {
        (None, _) => check.fail("opens", "not_a_time"),
        (_, None) => check.fail("closes", "not_a_time"),
        (Some(o), Some(c)) if c <= o => check.fail("closes", "before_start"),
        _ => {}
    }
    let target = number_in(&mut check, "target", target, 1, 1000);
    let walk = number_in(&mut check, "walk", walk, 20, 300);
    check.finish().map_err(AppError::invalid)?;
    Ok((
        opens.unwrap_or_default(),
        closes.unwrap_or_default(),
        target,
        walk,
    ))
}

/// A venue's fields as typed.
pub fn check_venue(
    name: &str,
    address: &str,
    lat: &str,
    lon: &str,
    capacity: &str,
    accessibility: &str,
    consent: &str,
) -> Result<(f64, f64, u32, Consent), AppError> {
    let mut check = Check::new();
    check.line("name", name, 2, 120);
    check.line("address", address, 2, 200);
    check.max_len("accessibility", accessibility, 400);
    let coordinate = |check: &mut Check, field: &str, value: &str, limit: f64| match value
        .trim()
        .replace(',', ".")
        .parse::<f64>()
    {
        Ok(v) if v.is_finite() && v.abs() <= limit => v,
        _ => {
            check.fail(field, "not_a_coordinate");
            0.0
        }
    };
    let lat = coordinate(&mut check, "lat", lat, 90.0);
    let lon = coordinate(&mut check, "lon", lon, 180.0);
    let capacity = number_in(&mut check, "capacity", capacity, 1, 100_000);
    let consent = Consent::from_code(consent);
    if consent.is_none() {
        check.fail("consent", "missing");
    }
    check.finish().map_err(AppError::invalid)?;
    Ok((lat, lon, capacity, consent.unwrap_or(Consent::Pending)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::sectors::Sector;
    use crate::festival::*;

    fn card(id: i64, start: u32, duration: u32, sector: Sector) -> Card {
        Card {
            id: crate::common::ids::InterventionId(id),
            title: format!("#{id}"),
            sector,
            category: Category::Talk,
            status: Status::Published,
            venue_id: Some(crate::common::ids::VenueId(1)),
            start: Some(start),
            duration,
            team_name: None,
            moved: false,
            lang: "lt".into(),
        }
    }

    #[test]
    fn times_read_and_print() {
        assert_eq!(parse_hhmm("14:05"), Some(845));
        assert_eq!(parse_hhmm(" 9:30 "), Some(570));
        assert_eq!(parse_hhmm("24:00"), Some(1440));
        assert_eq!(parse_hhmm("24:01"), None);
        assert_eq!(parse_hhmm("12:60"), None);
        assert_eq!(parse_hhmm("noon"), None);
        assert_eq!(hhmm(845), "14:05");
        assert_eq!(hhmm(570), "09:30");
    }

    #[test]
    fn filters_combine_and_on_now_uses_the_moment() {
        let items = [
            card(1, 600, 60, Sector::Culture),
            card(2, 840, 90, Sector::Youth),
            card(3, 1080, 60, Sector::Culture),
        ];
        let filter = ProgramFilter::from_params(|name| match name {
            "sector" => Some("culture".into()),
            "part" => Some("evening".into()),
            _ => None,
        });
        let shown: Vec<i64> = items
            .iter()
            .filter(|c| filter.matches(c, None))
            .map(|c| c.id.0)
            .collect();
        assert_eq!(shown, vec![3]);
        assert_eq!(
            filter.to_query(Arrange::Venue),
            "?sector=culture&part=evening&view=venue"
        );

        let now = ProgramFilter::from_params(|name| (name == "now").then(|| "1".into()));
        // Not the festival day and no moment chosen: nothing is on now.
        assert!(items.iter().all(|c| !now.matches(c, None)));
        assert!(now.matches(&items[1], Some(900)));
        assert!(
            !now.matches(&items[1], Some(930)),
            "ends at 15:30 exclusive"
        );
        let at = ProgramFilter::from_params(|name| match name {
            "now" => Some("1".into()),
            "at" => Some("10:30".into()),
            _ => None,
        });
        assert!(at.matches(&items[0], None));

        let (on, next) = on_now_and_next(&items, 800);
        assert!(on.is_empty());
        assert_eq!(next.iter().map(|c| c.id.0).collect::<Vec<_>>(), vec![2]);
        let mut cancelled = items[1].clone();
        cancelled.status = Status::Cancelled;
        assert!(!cancelled.running_at(900));
    }

    #[test]
    fn a_proposal_is_checked_field_by_field() {
        let good = Proposal {
            title: "Kiemo koncertas".into(),
            sector: "culture".into(),
            category: "performance".into(),
            duration: "60".into(),
            setup: "".into(),
            cleardown: "15".into(),
            audience: "80".into(),
            preferred_from: "14:00".into(),
            preferred_to: "16:00".into(),
            ..Proposal::default()
        };
        let checked = good.check().unwrap();
        assert_eq!(checked.preferred_start, Some((840, 960)));
        assert_eq!(checked.setup, 0);
        let bad = Proposal {
            title: "x".into(),
            duration: "5".into(),
            audience: "many".into(),
            preferred_from: "16:00".into(),
            preferred_to: "14:00".into(),
            ..good
        };
        let errors = bad.check().unwrap_err();
        let codes: Vec<(&str, &str)> = errors
            .iter()
            .map(|e| (e.field.as_str(), e.code.as_str()))
            .collect();
        assert!(codes.contains(&("title", "too_short")));
        assert!(codes.contains(&("duration", "out_of_range")));
        assert!(codes.contains(&("audience", "not_a_number")));
        assert!(codes.contains(&("preferred_to", "before_start")));
    }

    #[test]
    fn editions_and_venues_are_checked() {
        assert!(
            check_edition("100 per dieną", "2027-05-22", "10:00", "22:00", "100", "70").is_ok()
        );
        let error = check_edition("100", "22.05.2027", "22:00", "10:00", "0", "70").unwrap_err();
        for field in ["day", "closes", "target"] {
            assert!(error.field_code(field).is_some(), "{field}");
        }
        let venue = check_venue(
            "Rotušės aikštė",
            "Rotušės a.",
            "54,8972",
            "23.8861",
            "500",
            "",
            "yes",
        );
        assert_eq!(venue.unwrap(), (54.8972, 23.8861, 500, Consent::Yes));
        let error = check_venue("R", "", "north", "23", "0", "", "maybe").unwrap_err();
        for field in ["name", "address", "lat", "capacity", "consent"] {
            assert!(error.field_code(field).is_some(), "{field}");
        }
    }
}
