use crate::i18n::*;
use crate::ideas::*;
use leptos::prelude::*;

#[component]
pub(crate) fn NeedsView(needs: Needs) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="idea-needs" aria-labelledby="needs-title">
            <h2 id="needs-title">{t!(i18n, idea_needs)}</h2>
            <ul class="needs">
                {(!needs.skills.is_empty()).then(|| view! {
                    <li><strong>{t!(i18n, need_skills)}</strong> ": " {needs.skills.join(", ")}</li>
                })}
                {needs.venue.then(|| view! { <li>{t!(i18n, need_venue)}</li> })}
                {needs.money.then(|| view! { <li>{t!(i18n, need_money)}</li> })}
                {needs.materials.then(|| view! { <li>{t!(i18n, need_materials)}</li> })}
            </ul>
            {(!needs.note.is_empty()).then(|| view! { <p>{needs.note}</p> })}
        </section>
    }
}
