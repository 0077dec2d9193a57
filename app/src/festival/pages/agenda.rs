use crate::festival::api::*;
use crate::festival::components::AgendaView;
use crate::i18n::*;
use crate::ui::error_view::ErrorMessage;
use crate::ui::session::Loading;
use leptos::prelude::*;
use leptos_meta::Title;

// ---------------------------------------------------------------------------------------
// My agenda
// ---------------------------------------------------------------------------------------
#[component]
pub fn AgendaPage() -> impl IntoView {
    let i18n = use_i18n();
    let program = Resource::new(|| (), |_| festival_program());
    view! {
        <Title text=move || t_string!(i18n, fest_agenda).to_owned() />
        <div class="container festival-page">
            <h1>{t!(i18n, fest_agenda)}</h1>
            <Transition fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    match program.await {
                        Ok(Some(p)) => view! { <AgendaView program=p /> }.into_any(),
                        Ok(None) => view! { <p class="empty" role="status">{t!(i18n, fest_no_edition)}</p> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}
