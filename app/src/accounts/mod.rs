//! Accounts and people: registering, confirming, signing in and recovering a password; one's
//! own profile and public profiles; the directory; and the steering group's administration of
//! roles and the details that come with them. This module holds the wire types; the rules of
//! the forms are shared by the browser (checked before sending) and the server.
pub mod api;
pub mod components;
pub mod pages;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod ssr;

mod admin;
mod profile;
pub use admin::*;
pub use profile::*;

use crate::common::current_year;
use crate::common::error::FieldError;
use crate::common::needs_guardian;
use crate::common::parse_birth_year;
use crate::common::valid_email;
use crate::common::Check;

/// The slot at the end of a person's public page where other features offer what one can do
/// with them; the argument is the person's id and whether they are a mentor.
pub enum PersonParts {}

/// The slot beside a person on the administration page where other features put their
/// actions; the argument is the person's id, whether they are blocked from publishing, their
/// name and the page to come back to.
pub enum AdminPersonParts {}

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
