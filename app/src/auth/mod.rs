//! Accounts: who the caller is ([`Viewer`]), the roles beyond "participant", and the input
//! rules shared by the browser (checked before sending) and the server (checked again before
//! anything is written).
pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

use crate::error::FieldError;
use serde::{Deserialize, Serialize};

/// Roles granted by the steering group. Everyone with an account is a participant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Mentor,
    Partner,
    Steering,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Mentor, Role::Partner, Role::Steering];

    pub fn code(self) -> &'static str {
        match self {
            Role::Mentor => "mentor",
            Role::Partner => "partner",
            Role::Steering => "steering",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// The signed-in person behind a request, read fresh from the database on every request so
/// that role changes and revoked sessions take effect at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub id: i64,
    pub display_name: String,
    pub roles: Vec<Role>,
    pub email_verified: bool,
    /// Under 14 and the guardian has not confirmed yet.
    pub guardian_pending: bool,
    /// The steering group stopped this person from publishing.
    #[serde(default)]
    pub publishing_blocked: bool,
}

impl Viewer {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// May publish content and join teams: a confirmed email, for a child a guardian's
    /// consent, and not blocked by the steering group.
    pub fn may_publish(&self) -> bool {
        self.email_verified && !self.guardian_pending && !self.publishing_blocked
    }
}

/// Lithuania's age of digital consent.
pub const DIGITAL_CONSENT_AGE: i32 = 14;
/// Below this age contact data is never public.
pub const ADULT_AGE: i32 = 18;
pub const PASSWORD_MIN: usize = 10;
pub const PASSWORD_MAX: usize = 128;
pub const NAME_MIN: usize = 2;
pub const NAME_MAX: usize = 60;
pub const BIO_MAX: usize = 600;
pub const TAG_MAX: usize = 40;
pub const TAGS_MAX: usize = 15;

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

/// Collects field errors; `finish` turns them into the result a server function returns.
#[derive(Debug, Default)]
pub struct Check(Vec<FieldError>);

impl Check {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn fail(&mut self, field: &str, code: &str) {
        if !self.0.iter().any(|e| e.field == field) {
            self.0.push(FieldError {
                field: field.to_owned(),
                code: code.to_owned(),
            });
        }
    }

    pub fn email(&mut self, field: &str, value: &str) {
        if !valid_email(value) {
            self.fail(field, "email_invalid");
        }
    }

    pub fn display_name(&mut self, field: &str, value: &str) {
        let len = value.trim().chars().count();
        if !(NAME_MIN..=NAME_MAX).contains(&len) {
            self.fail(field, "name_length");
        } else if value.chars().any(char::is_control) {
            self.fail(field, "name_invalid");
        }
    }

    pub fn password(&mut self, field: &str, value: &str) {
        let len = value.chars().count();
        if len < PASSWORD_MIN {
            self.fail(field, "password_short");
        } else if len > PASSWORD_MAX {
            self.fail(field, "password_long");
        }
    }

    /// Between `min` and `max` characters, surrounding spaces not counted: "missing" when
    /// empty, "too_short" or "too_long" otherwise.
    pub fn length(&mut self, field: &str, value: &str, min: usize, max: usize) {
        let len = value.trim().chars().count();
        if len == 0 && min > 0 {
            self.fail(field, "missing");
        } else if len < min {
            self.fail(field, "too_short");
        } else if len > max {
            self.fail(field, "too_long");
        }
    }

    pub fn max_len(&mut self, field: &str, value: &str, max: usize) {
        if value.chars().count() > max {
            self.fail(field, "too_long");
        }
    }

    pub fn tags(&mut self, field: &str, value: &str) {
        let tags = parse_tags(value);
        if tags.len() > TAGS_MAX || tags.iter().any(|t| t.chars().count() > TAG_MAX) {
            self.fail(field, "tags_invalid");
        }
    }

    pub fn errors(&self) -> &[FieldError] {
        &self.0
    }

    pub fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self.0)
        }
    }
}

/// A pragmatic address check: one `@`, something before it, a dotted domain after it, no
/// spaces, at most 254 characters. Deliverability is proven by the confirmation link.
pub fn valid_email(value: &str) -> bool {
    let value = value.trim();
    if value.len() > 254 || value.chars().any(char::is_whitespace) {
        return false;
    }
    match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        }
        None => false,
    }
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

/// Comma-separated tags, trimmed, without empties or case-insensitive duplicates.
pub fn parse_tags(value: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in value.split(',') {
        let tag = tag.split_whitespace().collect::<Vec<_>>().join(" ");
        if !tag.is_empty() && !tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            tags.push(tag);
        }
    }
    tags
}

/// The rules of the registration form, shared by browser and server.
pub fn check_registration(
    email: &str,
    display_name: &str,
    password: &str,
    birth_year: &str,
    guardian_email: &str,
    current_year: i32,
) -> Result<(), Vec<FieldError>> {
    let mut check = Check::new();
    check.email("email", email);
    check.display_name("display_name", display_name);
    check.password("password", password);
    if password.trim().eq_ignore_ascii_case(email.trim()) && !password.is_empty() {
        check.fail("password", "password_is_email");
    }
    match parse_birth_year(birth_year, current_year) {
        Err(code) => check.fail("birth_year", code),
        Ok(year) if needs_guardian(year, current_year) => {
            if guardian_email.trim().is_empty() {
                check.fail("guardian_email", "guardian_required");
            } else if !valid_email(guardian_email) {
                check.fail("guardian_email", "email_invalid");
            } else if guardian_email.trim().eq_ignore_ascii_case(email.trim()) {
                check.fail("guardian_email", "guardian_same");
            }
        }
        Ok(_) => {}
    }
    check.finish()
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
    fn email_shapes() {
        assert!(valid_email("ruta@kaunas.lt"));
        assert!(valid_email(" ruta.p@ktu.edu "));
        assert!(!valid_email("ruta"));
        assert!(!valid_email("ruta@kaunas"));
        assert!(!valid_email("@kaunas.lt"));
        assert!(!valid_email("ru ta@kaunas.lt"));
        assert!(!valid_email("a@b@kaunas.lt"));
    }

    #[test]
    fn ages_err_towards_protecting_children() {
        // Born 2012: 13 or 14 in 2026; treated as 13, so a guardian is needed.
        assert!(needs_guardian(Some(2012), 2026));
        assert!(!needs_guardian(Some(2011), 2026));
        assert!(is_minor(Some(2008), 2026));
        assert!(!is_minor(Some(2007), 2026));
        assert!(!needs_guardian(None, 2026));
    }

    #[test]
    fn registration_rules() {
        assert_eq!(
            check_registration("ruta@kaunas.lt", "Rūta", "ilgas slaptažodis", "", "", 2026),
            Ok(())
        );
        let errors = check_registration(
            "a@b.lt",
            "Rūta\r\nBcc: x",
            "ilgas slaptažodis",
            "",
            "",
            2026,
        )
        .unwrap_err();
        assert_eq!(errors[0].code, "name_invalid");
        let errors = check_registration("x", "R", "short", "1800", "", 2026).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["email", "display_name", "password", "birth_year"]);
        let errors = check_registration(
            "vaikas@kaunas.lt",
            "Jonukas",
            "ilgas slaptažodis",
            "2015",
            "",
            2026,
        )
        .unwrap_err();
        assert_eq!(errors[0].code, "guardian_required");
        let errors = check_registration(
            "vaikas@kaunas.lt",
            "Jonukas",
            "ilgas slaptažodis",
            "2015",
            "VAIKAS@kaunas.lt",
            2026,
        )
        .unwrap_err();
        assert_eq!(errors[0].code, "guardian_same");
    }

    #[test]
    fn tags_are_trimmed_and_deduplicated() {
        assert_eq!(
            parse_tags(" Dizainas, video  montažas,,dizainas "),
            ["Dizainas", "video montažas"]
        );
    }
}
