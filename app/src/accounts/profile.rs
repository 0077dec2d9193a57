//! Profiles: one's own (edit, download, delete), public profiles within what each person chose
//! to show, and the directory of mentors and partner organisations.
use crate::common::error::FieldError;
use crate::common::sectors::Sector;
use crate::common::Role;
use serde::{Deserialize, Serialize};

crate::coded! {
    /// The kinds of partner organisation.
    #[derive(Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum OrgKind {
        Business = "business" => org_kind_business,
        Ngo = "ngo" => org_kind_ngo,
        School = "school" => org_kind_school,
        University = "university" => org_kind_university,
        CulturalInstitution = "cultural_institution" => org_kind_cultural_institution,
        Municipality = "municipality" => org_kind_municipality,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentorDetails {
    pub expertise: Vec<String>,
    pub capacity: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub sector: Sector,
    pub kind: OrgKind,
    pub website: String,
    pub description: String,
}

/// Everything the owner sees and edits on their profile page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyProfile {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub bio: String,
    pub birth_year: Option<i32>,
    pub preferred_locale: String,
    pub open_to_teams: bool,
    pub sectors: Vec<Sector>,
    pub skills: Vec<String>,
    pub show_email: bool,
    pub show_birth_year: bool,
    pub show_bio: bool,
    pub show_sectors: bool,
    pub show_skills: bool,
    /// Under 18: email and birth year stay private whatever the choices say.
    pub minor: bool,
    pub email_verified: bool,
    pub guardian_pending: bool,
    pub roles: Vec<Role>,
    pub mentor: Option<MentorDetails>,
    pub organisation: Option<Organisation>,
    /// Skills other people use, for suggestions.
    pub popular_skills: Vec<String>,
}

/// A profile as anyone may see it: only what its owner chose to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicPerson {
    pub id: i64,
    pub display_name: String,
    pub roles: Vec<Role>,
    pub open_to_teams: bool,
    pub bio: Option<String>,
    pub sectors: Option<Vec<Sector>>,
    pub skills: Option<Vec<String>>,
    pub email: Option<String>,
    pub birth_year: Option<i32>,
    pub mentor: Option<MentorDetails>,
    pub organisation: Option<Organisation>,
}

/// A partner organisation with the people who represent it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationCard {
    pub organisation: Organisation,
    pub members: Vec<(i64, String)>,
}

/// The public directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Directory {
    pub mentors: Vec<PublicPerson>,
    pub organisations: Vec<OrganisationCard>,
}

/// The rules of the profile form, shared by browser and server.
#[allow(clippy::too_many_arguments)]
pub fn check_profile(
    display_name: &str,
    bio: &str,
    birth_year: &str,
    preferred_locale: &str,
    sectors: &[String],
    skills: &str,
    current_year: i32,
) -> Result<(), Vec<FieldError>> {
    let mut check = crate::common::Check::new();
    check.display_name("display_name", display_name);
    check.max_len("bio", bio, crate::common::BIO_MAX);
    if let Err(code) = crate::common::parse_birth_year(birth_year, current_year) {
        check.fail("birth_year", code);
    }
    if !matches!(preferred_locale, "lt" | "en") {
        check.fail("preferred_locale", "choice_invalid");
    }
    if sectors.iter().any(|s| Sector::from_code(s).is_none()) {
        check.fail("sectors", "choice_invalid");
    }
    check.tags("skills", skills);
    check.finish()
}

/// A website as typed: empty, or an http(s) address.
pub fn valid_website(value: &str) -> bool {
    let value = value.trim();
    value.is_empty()
        || ((value.starts_with("https://") || value.starts_with("http://"))
            && value.len() <= 200
            && !value.chars().any(char::is_whitespace)
            && value
                .split("://")
                .nth(1)
                .is_some_and(|rest| rest.contains('.')))
}

pub fn check_organisation(
    name: &str,
    sector: &str,
    kind: &str,
    website: &str,
    description: &str,
) -> Result<(), Vec<FieldError>> {
    let mut check = crate::common::Check::new();
    let len = name.trim().chars().count();
    if !(2..=120).contains(&len) {
        check.fail("org_name", "name_length");
    }
    if Sector::from_code(sector).is_none() {
        check.fail("org_sector", "choice_invalid");
    }
    if OrgKind::from_code(kind).is_none() {
        check.fail("org_kind", "choice_invalid");
    }
    if !valid_website(website) {
        check.fail("org_website", "website_invalid");
    }
    check.max_len("org_description", description, crate::common::BIO_MAX);
    check.finish()
}

pub fn check_mentor(expertise: &str, capacity: &str) -> Result<(), Vec<FieldError>> {
    let mut check = crate::common::Check::new();
    check.tags("expertise", expertise);
    match capacity.trim().parse::<i64>() {
        Ok(n) if (0..=20).contains(&n) => {}
        _ => check.fail("capacity", "capacity_invalid"),
    }
    check.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_rules() {
        assert_eq!(
            check_profile("Rūta", "", "", "lt", &["youth".into()], "dizainas", 2026),
            Ok(())
        );
        let errors = check_profile(
            "R",
            &"x".repeat(601),
            "20",
            "de",
            &["sports".into()],
            "",
            2026,
        )
        .unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "display_name",
                "bio",
                "birth_year",
                "preferred_locale",
                "sectors"
            ]
        );
    }

    #[test]
    fn websites_and_organisations() {
        assert!(valid_website(""));
        assert!(valid_website("https://kaunas.lt"));
        assert!(!valid_website("javascript:alert(1)"));
        assert!(!valid_website("https://nodot"));
        assert!(check_organisation(
            "Kauno menininkų namai",
            "culture",
            "cultural_institution",
            "https://kmn.lt",
            ""
        )
        .is_ok());
        assert!(check_organisation("K", "culture", "bank", "ftp://x", "").is_err());
    }

    #[test]
    fn mentor_capacity_is_bounded() {
        assert!(check_mentor("UX, komandos", "3").is_ok());
        assert!(check_mentor("", "21").is_err());
        assert!(check_mentor("", "trys").is_err());
    }
}
