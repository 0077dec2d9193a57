//! The page loader: what a resource brings, with the loading sign first and the translated
//! error (or the sign-in prompt) when it fails. Also the page frame: its title and heading.
use crate::common::error::AppError;
use crate::common::FormFlash;
use crate::ui::error_view::ErrorMessage;
use crate::ui::session::{use_session, Loading};
use leptos::prelude::*;
use leptos_meta::Title;

/// Shows what `resource` loads: the loading sign while it comes (the old content stays while
/// it loads again), the error when it fails, else `view(value, flash)`, where `flash` is the
/// form failure kept for this page by a post without JavaScript. `error_title` names the
/// document when the failure replaces a page whose content sets its own title.
#[component]
pub fn Loaded<T, F, V>(
    resource: Resource<Result<T, AppError>>,
    view: F,
    #[prop(optional, into)] error_title: Option<Signal<String>>,
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(T, Option<FormFlash>) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let session = use_session();
    view! {
        <Transition fallback=|| view! { <Loading /> }>
            {move || {
                let view = view.clone();
                Suspend::new(async move {
                    let flash = session.await.ok().and_then(|s| s.flash);
                    match resource.await {
                        Ok(value) => view(value, flash).into_any(),
                        Err(error) => view! {
                            {error_title.map(|text| view! { <Title text /> })}
                            <ErrorMessage error />
                        }
                        .into_any(),
                    }
                })
            }}
        </Transition>
    }
}

/// A page's frame: the document title and the heading (the same translated text), in a
/// container with `class` added.
#[component]
pub fn Page(
    title: impl Fn() -> &'static str + Copy + Send + Sync + 'static,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    // The document title is worked out once, here: a closure would be read by leptos_meta
    // after the render's reactive owner is gone (a panic seen under concurrent requests).
    let document_title = title().to_owned();
    view! {
        <Title text=document_title />
        <div class=format!("container {class}").trim_end().to_owned()>
            <h1>{title}</h1>
            {children()}
        </div>
    }
}
