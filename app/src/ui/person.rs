//! A person's name as shown next to what they did.
use crate::common::PersonRef;
use crate::i18n::*;
use leptos::prelude::*;

/// A person's name with a link to their profile, or "former member".
#[component]
pub(crate) fn PersonName(person: PersonRef) -> impl IntoView {
    let i18n = use_i18n();
    match person.name {
        Some(name) => view! {
            <a href=format!("/people/{}", person.id) class="person-link">{name}</a>
            {person.mentor.then(|| view! {
                " " <span class="badge badge-mentor">{t!(i18n, role_mentor)}</span>
            })}
        }
        .into_any(),
        None => view! { <span class="former">{t!(i18n, former_member)}</span> }.into_any(),
    }
}

/// The initials of a name ("Tomas Kazlauskas" → "TK").
pub(crate) fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

/// A person's initials in a circle whose colour comes from their account, so two people who
/// share a name look different at a glance (it is decoration: the name next to it is read).
#[component]
pub(crate) fn Avatar(person: PersonRef) -> impl IntoView {
    let text = person.name.as_deref().map(initials).unwrap_or_default();
    view! {
        <span class=format!("avatar avatar-{}", person.id.rem_euclid(8)) aria-hidden="true">{text}</span>
    }
}
