//! Time in Kaunas.

/// The UTC offset of Europe/Vilnius at a UTC moment, in hours: EU summer time runs from the
/// last Sunday of March to the last Sunday of October, switching at 01:00 UTC both times.
pub fn vilnius_offset_hours(year: i32, month: u32, day: u32, hour: u32) -> i64 {
    let last_sunday = |month: u32| -> u32 {
        // Day of week by Sakamoto's method (0 = Sunday) of the 31st.
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = year - i32::from(month < 3);
        let dow = (y + y / 4 - y / 100 + y / 400 + t[(month - 1) as usize] + 31) % 7;
        31 - dow as u32
    };
    let after_start = (month, day, hour) >= (3, last_sunday(3), 1);
    let before_end = (month, day, hour) < (10, last_sunday(10), 1);
    if after_start && before_end {
        3
    } else {
        2
    }
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
