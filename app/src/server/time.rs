//! Time in Kaunas: Europe/Vilnius from the time-zone database (chrono-tz), never a coded
//! summer-time rule.

use chrono::{DateTime, Offset, TimeZone, Utc};
use chrono_tz::{Europe::Vilnius, Tz};

/// A UTC moment on the clocks of Kaunas.
pub fn in_vilnius(moment: DateTime<Utc>) -> DateTime<Tz> {
    moment.with_timezone(&Vilnius)
}

/// The UTC offset of Europe/Vilnius at a UTC moment (the start of the given hour), in hours,
/// from the time-zone database.
pub fn vilnius_offset_hours(year: i32, month: u32, day: u32, hour: u32) -> i64 {
    Utc.with_ymd_and_hms(year, month, day, hour, 0, 0)
        .single()
        .map(|utc| i64::from(in_vilnius(utc).offset().fix().local_minus_utc()) / 3600)
        .unwrap_or(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vilnius_switches_to_summer_time_on_the_last_sundays() {
        // 2026: 29 March and 25 October.
        assert_eq!(vilnius_offset_hours(2026, 3, 29, 0), 2);
        assert_eq!(vilnius_offset_hours(2026, 3, 29, 1), 3);
        assert_eq!(vilnius_offset_hours(2026, 7, 1, 12), 3);
        assert_eq!(vilnius_offset_hours(2026, 10, 25, 0), 3);
        assert_eq!(vilnius_offset_hours(2026, 10, 25, 1), 2);
        assert_eq!(vilnius_offset_hours(2026, 11, 27, 8), 2);
        // 2027: 28 March and 31 October.
        assert_eq!(vilnius_offset_hours(2027, 3, 28, 1), 3);
        assert_eq!(vilnius_offset_hours(2027, 3, 27, 23), 2);
        assert_eq!(vilnius_offset_hours(2027, 10, 31, 0), 3);
    }
}
