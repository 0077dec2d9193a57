use crate::accounts::api::get_my_profile;
use crate::accounts::components::MyProfileContent;
use crate::i18n::*;
use crate::ui::loader::{Loaded, Page};
use leptos::prelude::*;

#[component]
pub fn MyProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let profile = Resource::new(|| (), |_| get_my_profile());
    view! {
        <Page title=move || t_string!(i18n, profile_title) class="narrow">
            <Loaded resource=profile view=|profile, flash| view! { <MyProfileContent profile flash /> } />
        </Page>
    }
}
