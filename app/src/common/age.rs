//! Age rules that protect children: who needs a guardian's consent, who is a minor.

/// Lithuania's age of digital consent.
pub const DIGITAL_CONSENT_AGE: i32 = 14;

/// Below this age contact data is never public.
pub const ADULT_AGE: i32 = 18;

/// The youngest age a person born in `birth_year` can be in `current_year`. Only the year is
/// known, so the platform assumes the birthday has not come yet: that errs on the side of
/// protecting children.
pub fn youngest_age(birth_year: i32, current_year: i32) -> i32 {
    current_year - birth_year - 1
}

pub fn needs_guardian(birth_year: Option<i32>, current_year: i32) -> bool {
    birth_year.is_some_and(|y| youngest_age(y, current_year) < DIGITAL_CONSENT_AGE)
}

pub fn is_minor(birth_year: Option<i32>, current_year: i32) -> bool {
    birth_year.is_some_and(|y| youngest_age(y, current_year) < ADULT_AGE)
}

/// A birth year as typed: empty means "not given".
pub fn parse_birth_year(value: &str, current_year: i32) -> Result<Option<i32>, &'static str> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    match value.parse::<i32>() {
        Ok(year) if (current_year - 110..=current_year - 6).contains(&year) => Ok(Some(year)),
        _ => Err("birth_year_invalid"),
    }
}

/// The current calendar year where the code runs (UTC on the server, the device in a browser).
pub fn current_year() -> i32 {
    #[cfg(feature = "ssr")]
    {
        use chrono::Datelike;
        chrono::Utc::now().year()
    }
    #[cfg(not(feature = "ssr"))]
    {
        js_sys::Date::new_0().get_full_year() as i32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_err_towards_protecting_children() {
        // Born 2012: 13 or 14 in 2026; treated as 13, so a guardian is needed.
        assert!(needs_guardian(Some(2012), 2026));
        assert!(!needs_guardian(Some(2011), 2026));
        assert!(is_minor(Some(2008), 2026));
        assert!(!is_minor(Some(2007), 2026));
        assert!(!needs_guardian(None, 2026));
    }
}
