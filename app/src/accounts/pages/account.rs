use leptos::prelude::*;
use leptos_meta::Title;

/// A narrow page with a heading, for the account forms.
#[component]
pub(crate) fn AccountPage(#[prop(into)] title: TextProp, children: Children) -> impl IntoView {
    view! {
        <Title text=title.get().to_string() />
        <div class="container narrow">
            <h1>{move || title.get()}</h1>
            {children()}
        </div>
    }
}
