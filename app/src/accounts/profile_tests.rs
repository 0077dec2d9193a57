//! The profile's rules: names, years, websites, organisations and their contact, mentors.
use super::*;

#[test]
fn profile_rules() {
    let ruta = ProfileEdit {
        display_name: "Rūta".into(),
        preferred_locale: "lt".into(),
        sectors: vec!["youth".into()],
        skills: "dizainas".into(),
        ..ProfileEdit::default()
    };
    assert_eq!(check_profile(&ruta, 2026), Ok(()));
    let wrong = ProfileEdit {
        display_name: "R".into(),
        bio: "x".repeat(601),
        birth_year: "20".into(),
        preferred_locale: "de".into(),
        sectors: vec!["sports".into()],
        ..ProfileEdit::default()
    };
    let errors = check_profile(&wrong, 2026).unwrap_err();
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
    let org = |name: &str, kind: &str, website: &str| OrganisationEdit {
        org_name: name.into(),
        org_sector: "culture".into(),
        org_kind: kind.into(),
        org_website: website.into(),
        org_description: String::new(),
        ..OrganisationEdit::default()
    };
    let museum = org(
        "Kauno menininkų namai",
        "cultural_institution",
        "https://kmn.lt",
    );
    assert!(check_organisation(&museum).is_ok());
    assert!(check_organisation(&org("K", "bank", "ftp://x")).is_err());
    // The public contact: each part optional, each checked when given.
    let with = |name: &str, email: &str, phone: &str| OrganisationEdit {
        contact_name: name.into(),
        contact_email: email.into(),
        contact_phone: phone.into(),
        ..museum.clone()
    };
    assert!(check_organisation(&with("", "", "")).is_ok());
    assert!(check_organisation(&with("Ona Kairienė", "ona@kmn.lt", "+370 612 34567")).is_ok());
    assert!(check_organisation(&with("", "", "(8 37) 20 30 40")).is_ok());
    let codes = |edit: &OrganisationEdit| {
        check_organisation(edit)
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        codes(&with("", "ona@", "skambinkite")),
        vec![
            ("contact_email".to_owned(), "email_invalid".to_owned()),
            ("contact_phone".to_owned(), "phone_invalid".to_owned())
        ]
    );
    assert_eq!(
        codes(&with(&"O".repeat(121), "", "12")),
        vec![
            ("contact_name".to_owned(), "too_long".to_owned()),
            ("contact_phone".to_owned(), "phone_invalid".to_owned())
        ]
    );
}

#[test]
fn an_organisations_offers_are_kept_as_ticked() {
    let edit = OrganisationEdit {
        offers_venue: true,
        offers_materials: true,
        ..OrganisationEdit::default()
    };
    assert_eq!(
        edit.offers(),
        Offers {
            venue: true,
            money: false,
            materials: true,
            mentoring: false,
            expertise: false,
        }
    );
    assert!(edit.offers().any() && !Offers::default().any());
    let kept = edit.kept();
    assert!(kept.contains(&("offers_venue", "on".to_owned())));
    assert!(kept.contains(&("offers_money", String::new())));
}

#[test]
fn mentor_capacity_is_bounded() {
    assert!(check_mentor("UX, komandos", "3").is_ok());
    assert!(check_mentor("", "21").is_err());
    assert!(check_mentor("", "trys").is_err());
}
