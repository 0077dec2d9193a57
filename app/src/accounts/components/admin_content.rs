use super::PersonAdmin;
use crate::accounts::PersonRow;
use crate::common::FormFlash;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub(crate) fn AdminContent(
    people: Vec<PersonRow>,
    flash: Option<FormFlash>,
    q: String,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="lead">{t!(i18n, admin_lead)}</p>
        <form method="get" action="/admin" class="search-form" role="search">
            <label for="admin-q">{t!(i18n, admin_search_label)}</label>
            <div class="search-row">
                <input id="admin-q" name="q" type="search" value=q.clone() maxlength="100" />
                <button type="submit" class="button">{t!(i18n, admin_search_submit)}</button>
            </div>
        </form>
        {if people.is_empty() {
            view! { <p class="empty">{t!(i18n, admin_no_people)}</p> }.into_any()
        } else {
            view! {
                <ul class="people-list">
                    {people.into_iter().map(|person| view! {
                        <PersonAdmin person flash=flash.clone() q=q.clone() />
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
