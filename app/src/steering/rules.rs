//! The desk's plain rules: which dates a period covers, the small sums the panels make from
//! rows (age bands, sectors meeting in teams, medians) and each panel as CSV.
use super::*;
use crate::common::csv::{csv_line, spreadsheet_text};
use crate::common::error::AppError;

/// How many idle ideas the funnel lists by name.
pub const STUCK_LISTED: i64 = 12;
/// Days without activity after which an idea on the way counts as stuck.
pub const STUCK_DAYS: i64 = 30;

/// The period a query asks for, given today's date in Kaunas (`YYYY-MM-DD`). An unknown kind
/// is this year; a range needs two dates, the first not after the second.
pub fn resolve_period(query: &PeriodQuery, today: &str) -> Result<Period, AppError> {
    let kind = PeriodKind::from_code(query.period.trim()).unwrap_or(PeriodKind::Year);
    let (from, to) = match kind {
        PeriodKind::Month => (Some(format!("{}01", &today[..8])), Some(today.to_owned())),
        PeriodKind::Year => (
            Some(format!("{}01-01", &today[..5])),
            Some(today.to_owned()),
        ),
        PeriodKind::All => (None, None),
        PeriodKind::Range => {
            let (from, to) = (query.from.trim(), query.to.trim());
            if !crate::teams::is_date(from) {
                return Err(AppError::field("from", "date_invalid"));
            }
            if !crate::teams::is_date(to) {
                return Err(AppError::field("to", "date_invalid"));
            }
            if to < from {
                return Err(AppError::field("to", "before_start"));
            }
            (Some(from.to_owned()), Some(to.to_owned()))
        }
    };
    Ok(Period { kind, from, to })
}

impl Period {
    /// The first and the last day for SQL (`at >= from AND at < date(to, '+1 day')`).
    pub fn bounds(&self) -> (String, String) {
        (
            self.from.clone().unwrap_or_else(|| "0000-01-01".to_owned()),
            self.to.clone().unwrap_or_else(|| "9999-12-30".to_owned()),
        )
    }

    /// The query string that asks for this period again (for links and downloads).
    pub fn query(&self) -> String {
        match (&self.kind, &self.from, &self.to) {
            (PeriodKind::Range, Some(from), Some(to)) => {
                format!("period=range&from={from}&to={to}")
            }
            (kind, _, _) => format!("period={}", kind.code()),
        }
    }
}

/// The middle value (the mean of the two middle ones for an even count); none for no values.
pub fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    })
}

/// The age band of someone born in `birth_year`, in `this_year`: the youngest they can be
/// (the platform's rule for minors, `common::youngest_age`: the birthday may not have come).
pub fn age_band(birth_year: Option<i64>, this_year: i64) -> AgeBand {
    match birth_year.map(|year| this_year - year - 1) {
        None => AgeBand::Unknown,
        Some(age) if age < 18 => AgeBand::Under18,
        Some(age) if age < 30 => AgeBand::From18To29,
        Some(_) => AgeBand::From30,
    }
}

/// People counted per band, every band listed.
pub fn count_bands(birth_years: &[Option<i64>], this_year: i64) -> Vec<(AgeBand, i64)> {
    AgeBand::ALL
        .into_iter()
        .map(|band| {
            let n = birth_years
                .iter()
                .filter(|year| age_band(**year, this_year) == band)
                .count();
            (band, n as i64)
        })
        .collect()
}

/// From (team, sector of one of its people) rows: the teams whose people bring three sectors
/// or more, and for each pair of sectors the number of teams where both are present.
pub fn sector_mix(rows: &[(i64, Sector)]) -> (i64, Vec<(Sector, Sector, i64)>) {
    let mut teams: std::collections::BTreeMap<i64, Vec<Sector>> = Default::default();
    for (team, sector) in rows {
        let sectors = teams.entry(*team).or_default();
        if !sectors.contains(sector) {
            sectors.push(*sector);
        }
    }
    let mixed = teams.values().filter(|s| s.len() >= 3).count() as i64;
    let mut pairs = Vec::new();
    for (i, a) in Sector::ALL.iter().enumerate() {
        for b in &Sector::ALL[i + 1..] {
            let n = teams
                .values()
                .filter(|s| s.contains(a) && s.contains(b))
                .count();
            pairs.push((*a, *b, n as i64));
        }
    }
    (mixed, pairs)
}

/// The teams in which both sectors meet (in either order).
pub fn pair_count(pairs: &[(Sector, Sector, i64)], a: Sector, b: Sector) -> Option<i64> {
    pairs
        .iter()
        .find(|(x, y, _)| (*x, *y) == (a, b) || (*x, *y) == (b, a))
        .map(|(_, _, n)| *n)
}

/// `part` of `whole` in whole percent; none of nothing.
pub fn percent(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| (part * 100 + whole / 2) / whole)
}

/// A bar's length for `value` when `max` fills `full`.
pub fn bar_length(value: i64, max: i64, full: f64) -> f64 {
    if max <= 0 {
        0.0
    } else {
        full * value.max(0) as f64 / max as f64
    }
}

/// One panel as CSV in long form: `measure,key,value` (one number per line), so every panel
/// opens the same way in a spreadsheet. Text someone typed cannot start a formula.
pub fn panel_csv(desk: &Desk, panel: Panel) -> String {
    let mut rows: Vec<(&str, String, String)> = Vec::new();
    let mut add = |measure: &'static str, key: &str, value: String| {
        rows.push((measure, spreadsheet_text(key).into_owned(), value))
    };
    let days = |d: Option<f64>| d.map(|d| format!("{d:.1}")).unwrap_or_default();
    match panel {
        Panel::Funnel => {
            let f = &desk.funnel;
            for (stage, n) in &f.now {
                add("ideas_now", stage.code(), n.to_string());
            }
            for (stage, n) in &f.moved {
                add("reached_in_period", stage.code(), n.to_string());
            }
            add("median_days_spark_to_team", "", days(f.spark_to_team_days));
            add("median_days_team_to_ready", "", days(f.team_to_ready_days));
            add("stuck_ideas", "", f.stuck_total.to_string());
            for idea in &f.stuck {
                add("stuck_idle_days", &idea.title, idea.idle_days.to_string());
            }
        }
        Panel::Sectors => {
            let s = &desk.sectors;
            for row in &s.rows {
                add("ideas", row.sector.code(), row.ideas.to_string());
                add("teams", row.sector.code(), row.teams.to_string());
                add("people", row.sector.code(), row.people.to_string());
                add("workshop_seats", row.sector.code(), row.seats.to_string());
            }
            add("teams_formed", "", s.teams.to_string());
            add("teams_three_sectors_or_more", "", s.teams_mixed.to_string());
            for (a, b, n) in &s.pairs {
                add(
                    "teams_with_both",
                    &format!("{}+{}", a.code(), b.code()),
                    n.to_string(),
                );
            }
        }
        Panel::Youth => {
            for (band, n) in &desk.youth.bands {
                add("active_people", band.code(), n.to_string());
            }
            add("teams_formed", "", desk.youth.teams.to_string());
            add("teams_led_under_30", "", desk.youth.youth_led.to_string());
        }
        Panel::Mentors => {
            for m in &desk.mentors.mentors {
                add("mentor_teams", &m.name, m.teams.to_string());
                add("mentor_capacity", &m.name, m.capacity.to_string());
            }
            add(
                "teams_without_mentor",
                "",
                desk.mentors.unmentored_total.to_string(),
            );
        }
        Panel::Gatherings => {
            let g = &desk.gatherings;
            for (measure, n) in [
                ("workshops", g.workshops),
                ("workshop_capacity", g.workshop_capacity),
                ("workshop_seats_taken", g.workshop_seats),
                ("attendance_taken", g.attendance_taken),
                ("attended", g.attended),
                ("outcomes_recorded", g.outcomes),
                ("forums", g.forums),
                ("forum_capacity", g.forum_capacity),
                ("forum_seats_taken", g.forum_seats),
                ("forum_checked_in", g.forum_checked_in),
            ] {
                add(measure, "", n.to_string());
            }
            for (stage, n) in &g.born {
                add("ideas_born_now_at", stage.code(), n.to_string());
            }
        }
        Panel::Festival => {
            let f = &desk.festival;
            add("target", "", f.target.to_string());
            add("placed", "", f.placed.to_string());
            add("published", "", f.published.to_string());
            for (sector, n) in &f.by_sector {
                add("by_sector", sector.code(), n.to_string());
            }
            for (district, n) in &f.by_district {
                add(
                    "by_district",
                    district.map_or("", |d| d.code()),
                    n.to_string(),
                );
            }
            add("venues", "", f.venues.to_string());
            add("venues_with_consent", "", f.venues_consent.to_string());
        }
        Panel::Partners => {
            let p = &desk.partners;
            add("active_organisations", "", p.active.to_string());
            add("organisations", "", p.organisations.to_string());
            for row in &p.pledges {
                let kind = row.kind.code();
                add("pledges_offered", kind, row.offered.to_string());
                add("pledges_accepted", kind, row.accepted.to_string());
                add("pledges_declined", kind, row.declined.to_string());
                add("pledges_fulfilled", kind, row.fulfilled.to_string());
            }
        }
    }
    let mut out = csv_line(["measure", "key", "value"]);
    for (measure, key, value) in &rows {
        out.push_str(&csv_line([*measure, key.as_str(), value.as_str()]));
    }
    out
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;
