//! The ideas festival "100 in 1 day": an edition's day and venues, interventions that teams
//! propose and the steering group accepts, places (by hand or with the auto-scheduler) and
//! publishes, and the public program, map and agenda. The conflict rules and the scheduler
//! are plain functions in [`schedule`]; the calendar and open-data formats in [`export`].
pub mod api;
pub mod components;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "hydrate")]
pub mod map;
pub mod pages;
pub mod routes;
pub mod schedule;
#[cfg(feature = "ssr")]
pub mod ssr;

use crate::common::error::{AppError, FieldError};
use crate::common::sectors::Sector;
use crate::common::Check;
use crate::common::PersonRef;
use schedule::Consent;
use serde::{Deserialize, Serialize};

pub const TITLE_MAX: usize = 120;
pub const DESCRIPTION_MAX: usize = 2000;
pub const REASON_MAX: usize = 400;
/// "Next" shows what starts within this many minutes.
pub const NEXT_WINDOW_MIN: u32 = 60;

crate::coded! {
    /// Where an intervention is on its way to the program.
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Status {
        Proposed = "proposed" => fest_status_proposed,
        Accepted = "accepted" => fest_status_accepted,
        Scheduled = "scheduled" => fest_status_scheduled,
        Published = "published" => fest_status_published,
        Cancelled = "cancelled" => fest_status_cancelled,
    }
}

crate::coded! {
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Category {
        Performance = "performance" => fest_cat_performance,
        Exhibition = "exhibition" => fest_cat_exhibition,
        Workshop = "workshop" => fest_cat_workshop,
        Talk = "talk" => fest_cat_talk,
        StreetAction = "street_action" => fest_cat_street_action,
        Food = "food" => fest_cat_food,
        Other = "other" => fest_cat_other,
    }
}

crate::coded! {
    /// Morning (before 12:00), afternoon (12:00–17:00), evening (from 17:00), by start time.
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum DayPart {
        Morning = "morning" => fest_part_morning,
        Afternoon = "afternoon" => fest_part_afternoon,
        Evening = "evening" => fest_part_evening,
    }
}

impl DayPart {
    pub fn of(start: u32) -> DayPart {
        match start {
            s if s < 720 => DayPart::Morning,
            s if s < 1020 => DayPart::Afternoon,
            _ => DayPart::Evening,
        }
    }
}

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

/// A festival edition: its day (Europe/Vilnius) and the day's window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edition {
    pub id: i64,
    pub title: String,
    /// `YYYY-MM-DD`.
    pub day: String,
    pub opens: u32,
    pub closes: u32,
    pub target: u32,
    pub walk_m_per_min: u32,
    pub published_at: Option<String>,
}

impl Edition {
    pub fn frame(&self) -> schedule::Day {
        schedule::Day {
            opens: self.opens,
            closes: self.closes,
            walk_m_per_min: self.walk_m_per_min,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VenueInfo {
    pub id: i64,
    pub name: String,
    pub address: String,
    pub lat: f64,
    pub lon: f64,
    pub capacity: u32,
    pub indoor: bool,
    pub accessibility: String,
    pub consent: Consent,
}

impl VenueInfo {
    pub fn rule_view(&self) -> schedule::Venue {
        schedule::Venue {
            id: self.id,
            lat: self.lat,
            lon: self.lon,
            capacity: self.capacity,
            consent: self.consent,
        }
    }
}

/// An intervention in a list, on the map or in a calendar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    pub id: i64,
    pub title: String,
    pub sector: Sector,
    pub category: Category,
    pub status: Status,
    pub venue_id: Option<i64>,
    pub start: Option<u32>,
    pub duration: u32,
    pub team_name: Option<String>,
    /// Moved after it was published.
    pub moved: bool,
}

impl Card {
    pub fn end(&self) -> Option<u32> {
        self.start.map(|s| s + self.duration)
    }

    /// Public and going ahead.
    pub fn is_on(&self) -> bool {
        self.status == Status::Published
    }

    pub fn running_at(&self, minute: u32) -> bool {
        self.is_on()
            && self
                .start
                .is_some_and(|s| s <= minute && minute < s + self.duration)
    }
}

/// The public program of the current edition, and the viewer's agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Program {
    pub edition: Edition,
    pub venues: Vec<VenueInfo>,
    /// Published interventions, and those cancelled after publishing (shown as cancelled).
    pub items: Vec<Card>,
    /// The minute of the day in Vilnius now, when today is the festival day.
    pub now: Option<u32>,
    pub tile_url: String,
    pub signed_in: bool,
    /// The steering group is looking (it runs the program).
    pub may_manage: bool,
    /// The signed-in viewer's starred interventions.
    pub starred: Vec<i64>,
}

impl Program {
    pub fn published_count(&self) -> usize {
        self.items.iter().filter(|c| c.is_on()).count()
    }

    pub fn venue(&self, id: Option<i64>) -> Option<&VenueInfo> {
        id.and_then(|id| self.venues.iter().find(|v| v.id == id))
    }
}

crate::coded! {
    /// How the program list is arranged.
    #[derive(Serialize, Deserialize, Default)]
    pub enum Arrange {
        #[default]
        Time = "time",
        Venue = "venue",
        Sector = "sector",
    }
}

/// The program's filters, as in the URL: `?sector=culture&category=talk&part=evening&now=1&
/// at=14:30&view=venue`. The same filters act on the list and the map.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgramFilter {
    pub sector: Option<Sector>,
    pub category: Option<Category>,
    pub part: Option<DayPart>,
    /// Only what is on at the moment (`at`, or now on the day).
    pub now: bool,
    /// A moment of the festival day to look at instead of the clock.
    pub at: Option<u32>,
    pub view: Arrange,
}

impl ProgramFilter {
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        ProgramFilter {
            sector: get("sector").and_then(|s| Sector::from_code(&s)),
            category: get("category").and_then(|c| Category::from_code(&c)),
            part: get("part").and_then(|p| DayPart::from_code(&p)),
            now: get("now").is_some_and(|v| v == "1" || v == "on" || v == "true"),
            at: get("at").and_then(|a| parse_hhmm(&a)),
            view: match get("view").as_deref() {
                Some("venue") => Arrange::Venue,
                Some("sector") => Arrange::Sector,
                _ => Arrange::Time,
            },
        }
    }

    /// The moment "on now" and "next" refer to: the chosen one, or the clock on the day.
    pub fn moment(&self, clock: Option<u32>) -> Option<u32> {
        self.at.or(clock)
    }

    pub fn matches(&self, card: &Card, clock: Option<u32>) -> bool {
        self.sector.is_none_or(|s| card.sector == s)
            && self.category.is_none_or(|c| card.category == c)
            && self
                .part
                .is_none_or(|p| card.start.is_some_and(|s| DayPart::of(s) == p))
            && (!self.now
                || self
                    .moment(clock)
                    .is_some_and(|minute| card.running_at(minute)))
    }

    /// The query string for these filters with another view (or the same).
    pub fn to_query(&self, view: Arrange) -> String {
        let mut parts = Vec::new();
        if let Some(s) = self.sector {
            parts.push(format!("sector={}", s.code()));
        }
        if let Some(c) = self.category {
            parts.push(format!("category={}", c.code()));
        }
        if let Some(p) = self.part {
            parts.push(format!("part={}", p.code()));
        }
        if self.now {
            parts.push("now=1".into());
        }
        if let Some(at) = self.at {
            parts.push(format!("at={}", hhmm(at)));
        }
        if view != Arrange::Time {
            parts.push(format!("view={}", view.code()));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
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

/// A public change to a published intervention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// "moved" or "cancelled".
    pub kind: String,
    pub from_venue: Option<String>,
    pub from_start: Option<u32>,
    pub to_venue: Option<String>,
    pub to_start: Option<u32>,
    pub reason: Option<String>,
    pub at: String,
}

/// One intervention's page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InterventionDetail {
    pub card: Card,
    pub edition: Edition,
    pub description: String,
    pub setup: u32,
    pub cleardown: u32,
    pub audience: u32,
    pub venue: Option<VenueInfo>,
    pub people: Vec<PersonRef>,
    pub team_id: Option<i64>,
    pub idea_id: Option<i64>,
    pub idea_title: Option<String>,
    pub cancel_reason: Option<String>,
    pub changes: Vec<Change>,
    pub signed_in: bool,
    pub starred: bool,
    /// The steering group (which runs the program) is looking.
    pub may_manage: bool,
}

/// An intervention as the steering group works on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManageItem {
    pub card: Card,
    pub audience: u32,
    pub setup: u32,
    pub cleardown: u32,
    pub people: Vec<PersonRef>,
    pub preferred_venues: Vec<i64>,
    pub preferred_start: Option<(u32, u32)>,
    /// Why the auto-scheduler left it out (an `Unplaced` code).
    pub note: Option<String>,
    pub cancel_reason: Option<String>,
}

impl ManageItem {
    pub fn rule_view(&self) -> schedule::Item {
        schedule::Item {
            id: self.card.id,
            duration: self.card.duration,
            setup: self.setup,
            cleardown: self.cleardown,
            audience: self.audience,
            people: self.people.iter().map(|p| p.id).collect(),
            preferred_venues: self.preferred_venues.clone(),
            preferred_start: self.preferred_start,
        }
    }
}

/// The steering group's desk for the current edition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manage {
    pub edition: Option<Edition>,
    pub venues: Vec<VenueInfo>,
    pub items: Vec<ManageItem>,
    /// Conflicts in what is placed now (e.g. after a venue's consent was withdrawn), by
    /// intervention, as `Conflict` codes.
    pub flagged: Vec<(i64, String)>,
}

/// A team the viewer may propose an intervention for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposingTeam {
    pub id: i64,
    pub name: String,
    pub idea_id: i64,
    pub people: Vec<PersonRef>,
}

/// What the proposal form needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposeContext {
    pub edition: Option<Edition>,
    pub venues: Vec<VenueInfo>,
    pub teams: Vec<ProposingTeam>,
    /// The steering group may add an intervention without a team.
    pub steering: bool,
}

/// A proposal as typed into the form, checked by [`Proposal::check`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Proposal {
    pub title: String,
    pub description: String,
    pub sector: String,
    pub category: String,
    pub duration: String,
    pub setup: String,
    pub cleardown: String,
    pub audience: String,
    pub preferred_from: String,
    pub preferred_to: String,
}

/// A checked proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedProposal {
    pub sector: Sector,
    pub category: Category,
    pub duration: u32,
    pub setup: u32,
    pub cleardown: u32,
    pub audience: u32,
    pub preferred_start: Option<(u32, u32)>,
}

fn number_in(check: &mut Check, field: &str, value: &str, min: u32, max: u32) -> u32 {
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

impl Proposal {
    pub fn check(&self) -> Result<CheckedProposal, Vec<FieldError>> {
        let mut check = Check::new();
        check.length("title", &self.title, 3, TITLE_MAX);
        check.max_len("description", &self.description, DESCRIPTION_MAX);
        let sector = Sector::from_code(&self.sector);
        if sector.is_none() {
            check.fail("sector", "missing");
        }
        let category = Category::from_code(&self.category);
        if category.is_none() {
            check.fail("category", "missing");
        }
        let duration = number_in(&mut check, "duration", &self.duration, 10, 720);
        let setup = number_in(&mut check, "setup", &self.setup, 0, 240);
        let cleardown = number_in(&mut check, "cleardown", &self.cleardown, 0, 240);
        let audience = number_in(&mut check, "audience", &self.audience, 1, 100_000);
        let from = self.preferred_from.trim();
        let to = self.preferred_to.trim();
        let preferred_start = match (from.is_empty(), to.is_empty()) {
            (true, true) => None,
            _ => match (parse_hhmm(from), parse_hhmm(to)) {
                (Some(f), Some(t)) if f <= t => Some((f, t)),
                (Some(_), Some(_)) => {
                    check.fail("preferred_to", "before_start");
                    None
                }
                (None, _) => {
                    check.fail("preferred_from", "not_a_time");
                    None
                }
                (_, None) => {
                    check.fail("preferred_to", "not_a_time");
                    None
                }
            },
        };
        check.finish()?;
        Ok(CheckedProposal {
            sector: sector.unwrap_or(Sector::Culture),
            category: category.unwrap_or(Category::Other),
            duration,
            setup,
            cleardown,
            audience,
            preferred_start,
        })
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
    check.length("title", title, 3, TITLE_MAX);
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
    check.length("name", name, 2, 120);
    check.length("address", address, 2, 200);
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

    fn card(id: i64, start: u32, duration: u32, sector: Sector) -> Card {
        Card {
            id,
            title: format!("#{id}"),
            sector,
            category: Category::Talk,
            status: Status::Published,
            venue_id: Some(1),
            start: Some(start),
            duration,
            team_name: None,
            moved: false,
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
            .map(|c| c.id)
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
        assert_eq!(next.iter().map(|c| c.id).collect::<Vec<_>>(), vec![2]);
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
