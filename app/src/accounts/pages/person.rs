use crate::accounts::api::get_person;
use crate::accounts::components::PersonView;
use crate::common::error::AppError;
use crate::i18n::*;
use crate::ui::loader::Loaded;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn PersonPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let person = Resource::new(
        move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok())),
        |id| async move {
            match id {
                Some(id) => get_person(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <div class="container narrow">
            <Loaded
                resource=person
                error_title=Signal::derive(move || t_string!(i18n, person_title).to_owned()) view=|person, _| view! { <PersonView person /> } />
        </div>
    }
}
