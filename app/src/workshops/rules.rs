//! The seat rules, as plain functions: who gets a seat and who waits, who moves up when a seat
//! frees, when registration is open, and the dates they rest on.
use super::SeatStatus;

/// A new registration takes a seat while there is one, otherwise waits.
pub fn seat_for(capacity: i64, taken: i64) -> SeatStatus {
    if taken < capacity {
        SeatStatus::Registered
    } else {
        SeatStatus::Waiting
    }
}

/// Who moves up from the waitlist when seats free: the first ones in arrival order (`waiting`
/// is ordered by arrival), as many as there are free seats.
pub fn to_promote<T: Copy>(capacity: i64, taken: i64, waiting: &[T]) -> Vec<T> {
    let free = usize::try_from(capacity - taken).unwrap_or(0);
    waiting.iter().take(free).copied().collect()
}

/// A live place as stored (status code, position among those waiting): the status, and the
/// position only while waiting.
pub fn seat_of(status: &str, position: i64) -> Option<(SeatStatus, Option<i64>)> {
    SeatStatus::from_code(status).map(|s| (s, (s == SeatStatus::Waiting).then_some(position)))
}

/// Registration is open until the deadline (local times `YYYY-MM-DD HH:MM`, which order as
/// text).
pub fn registration_open(now_local: &str, closes_at: &str) -> bool {
    now_local < closes_at
}

/// Who may come, as the page says it: `(from, to)` years of age.
pub fn ages(age_min: i64, age_max: Option<i64>) -> (Option<i64>, Option<i64>) {
    ((age_min > 0).then_some(age_min), age_max)
}

/// A calendar date `YYYY-MM-DD` (the teams' rule for due dates).
pub fn valid_day(text: &str) -> bool {
    crate::teams::is_date(text)
}

/// A local moment `YYYY-MM-DD HH:MM`.
pub fn valid_moment(text: &str) -> bool {
    let Some((day, time)) = text.split_once(' ') else {
        return false;
    };
    valid_day(day) && time.len() == 5 && crate::festival::parse_hhmm(time).is_some_and(|m| m < 1440)
}

/// The month `YYYY-MM` of a day.
pub fn month_of(day: &str) -> &str {
    day.get(..7).unwrap_or(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seat_while_there_is_one_then_the_waitlist() {
        assert_eq!(seat_for(10, 0), SeatStatus::Registered);
        assert_eq!(seat_for(10, 9), SeatStatus::Registered);
        assert_eq!(seat_for(10, 10), SeatStatus::Waiting);
        assert_eq!(
            seat_for(10, 12),
            SeatStatus::Waiting,
            "over capacity after a change"
        );
    }

    #[test]
    fn the_first_on_the_waitlist_moves_up_and_only_as_many_as_seats_free() {
        let waiting = [31, 17, 44];
        assert_eq!(to_promote(10, 9, &waiting), vec![31]);
        assert_eq!(to_promote(10, 8, &waiting), vec![31, 17]);
        assert_eq!(to_promote(10, 0, &waiting), vec![31, 17, 44]);
        assert!(to_promote(10, 10, &waiting).is_empty());
        assert!(to_promote(10, 11, &waiting).is_empty(), "never below zero");
        assert!(to_promote::<i64>(10, 3, &[]).is_empty());
    }

    #[test]
    fn registration_closes_at_the_deadline_minute() {
        assert!(registration_open("2027-04-08 17:59", "2027-04-08 18:00"));
        assert!(!registration_open("2027-04-08 18:00", "2027-04-08 18:00"));
        assert!(!registration_open("2027-04-09 09:00", "2027-04-08 18:00"));
    }

    #[test]
    fn dates_and_moments() {
        assert!(valid_day("2027-02-28"));
        assert!(valid_day("2028-02-29"));
        assert!(!valid_day("2027-02-29"));
        assert!(!valid_day("2027-13-01"));
        assert!(!valid_day("27-01-01"));
        assert!(!valid_day(""));
        assert!(valid_moment("2027-04-08 18:00"));
        assert!(!valid_moment("2027-04-08 24:00"));
        assert!(!valid_moment("2027-04-08T18:00"));
        assert_eq!(month_of("2027-04-08"), "2027-04");
    }

    #[test]
    fn a_form_is_checked_field_by_field() {
        use crate::workshops::{Where, WorkshopForm};
        let form = WorkshopForm {
            title: "Biudžetas be baimės".into(),
            purpose: "Sudarome pirmą projekto biudžetą ir sąmatą.".into(),
            serves: "workshop".into(),
            day: "2027-04-08".into(),
            starts: "17:30".into(),
            ends: "20:00".into(),
            place: "3".into(),
            capacity: "12".into(),
            ..Default::default()
        };
        let ok = form
            .check(&["youth".into(), "business".into()])
            .expect("valid");
        assert_eq!(ok.at, Where::Place(crate::common::ids::PlaceId(3)));
        assert_eq!(
            ok.closes_at, "2027-04-08 17:30",
            "closes when it starts by default"
        );
        assert_eq!((ok.starts, ok.ends, ok.capacity), (1050, 1200, 12));

        let bad = WorkshopForm {
            ends: "17:00".into(),
            place: "online".into(),
            online_url: "http://x".into(),
            capacity: "0".into(),
            closes: "2027-04-09T10:00".into(),
            ..form
        };
        let errors = bad.check(&[]).expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        for field in ["ends", "online_url", "capacity", "sectors", "closes"] {
            assert!(fields.contains(&field), "{field} in {fields:?}");
        }
    }
}
