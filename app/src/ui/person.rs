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
