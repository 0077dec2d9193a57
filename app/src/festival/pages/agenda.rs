use crate::festival::api::*;
use crate::festival::components::AgendaView;
use crate::i18n::*;
use crate::ui::loader::{Loaded, Page};
use leptos::prelude::*;

// ---------------------------------------------------------------------------------------
// My agenda
// ---------------------------------------------------------------------------------------
#[component]
pub fn AgendaPage() -> impl IntoView {
    let i18n = use_i18n();
    let program = Resource::new(|| (), |_| festival_program());
    view! {
        <Page title=move || t_string!(i18n, fest_agenda) class="festival-page">
            <Loaded resource=program view=move |program, _| match program {
                Some(p) => view! { <AgendaView program=p /> }.into_any(),
                None => view! { <p class="empty" role="status">{t!(i18n, fest_no_edition)}</p> }.into_any(),
            } />
        </Page>
    }
}
