use crate::accounts::api::get_my_profile;
use crate::accounts::components::MyProfileContent;
use crate::accounts::components::SignInFirst;
use crate::common::error::AppError;
use crate::common::SessionInfo;
use crate::i18n::*;
use crate::ui::error_view::ErrorMessage;
use crate::ui::session::{use_session, Loading};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MyProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    let profile = Resource::new(|| (), |_| get_my_profile());
    let session = use_session();
    view! {
        <Title text=move || t_string!(i18n, profile_title).to_owned() />
        <div class="container narrow">
            <h1>{t!(i18n, profile_title)}</h1>
            <Suspense fallback=|| view! { <Loading /> }>
                {move || Suspend::new(async move {
                    let flash = session.await.ok().and_then(|s: SessionInfo| s.flash);
                    match profile.await {
                        Ok(profile) => view! { <MyProfileContent profile flash /> }.into_any(),
                        Err(AppError::Unauthenticated) => view! { <SignInFirst next="/profile" /> }.into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}
