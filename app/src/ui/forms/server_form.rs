use super::error_text;
use super::field_error_text;
use crate::common::error::{AppError, FieldError};
use crate::common::FormFlash;
use crate::i18n::*;
use leptos::form::FromFormData;
use leptos::html::Form;
use leptos::prelude::*;
use leptos::server_fn::codec::PostUrl;
use leptos::server_fn::{client::Client, request::ClientReq, Http, ServerFn};
use web_sys::{FormData, SubmitEvent};

/// What the fields of a form read: the current error and the values to show.
#[derive(Clone, Copy)]
pub(crate) struct FormCtx {
    pub(crate) error: RwSignal<Option<AppError>>,
    pub(crate) values: StoredValue<Vec<(String, String)>>,
    pub(crate) pending: Signal<bool>,
    /// Added to field ids when a page shows the same form several times.
    pub(crate) scope: StoredValue<String>,
    /// Whether a field has taken the focus for the failure the page was rendered with.
    pub(crate) focus_taken: StoredValue<bool>,
}

impl FormCtx {
    /// What was typed into `name` before a failed no-JavaScript submission.
    pub(crate) fn kept(&self, name: &str) -> Option<String> {
        self.values
            .with_value(|v| v.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
    }

    /// The error code of `name` in the current error, if any (reactive).
    pub(crate) fn error_code(&self, name: &str) -> Option<String> {
        self.error.with(|e| {
            e.as_ref()
                .and_then(|e| e.field_code(name).map(str::to_owned))
        })
    }

    /// For a page rendered after a failed submission: true for the first field (in page order)
    /// that needs attention, which then carries `autofocus`, so the focus lands there with
    /// or without JavaScript.
    pub(crate) fn takes_focus(&self, name: &str) -> bool {
        let invalid = self
            .error
            .with_untracked(|e| e.as_ref().is_some_and(|e| e.field_code(name).is_some()));
        if !invalid || self.focus_taken.get_value() {
            return false;
        }
        self.focus_taken.set_value(true);
        true
    }

    pub(crate) fn field_id(&self, name: &str) -> String {
        let scope = self.scope.get_value();
        if scope.is_empty() {
            format!("f-{name}")
        } else {
            format!("f-{scope}-{name}")
        }
    }
}

/// A validation rule run in the browser before the form is sent.
pub type ClientCheck<S> = fn(&S) -> Result<(), Vec<FieldError>>;

/// A form bound to a server function whose output is the path to go to next.
#[component]
pub fn ServerForm<S, P>(
    action: ServerAction<S>,
    /// Identifies the form for the no-JavaScript error path.
    id: &'static str,
    /// The failure kept for this page view, if it was this form's.
    #[prop(default = None)]
    flash: Option<FormFlash>,
    #[prop(optional)] check: Option<ClientCheck<S>>,
    #[prop(optional, into)] class: Option<String>,
    /// Distinguishes field ids when the same form appears more than once on a page.
    #[prop(optional, into)]
    scope: String,
    /// With JavaScript, called with the returned path instead of loading it: the page updates
    /// itself (and the form is cleared). Without it, success loads the returned path.
    #[prop(optional)]
    on_success: Option<Callback<String>>,
    children: Children,
) -> impl IntoView
where
    S: ServerFn<Protocol = Http<PostUrl, P>, Output = String, Error = AppError>
        + serde::de::DeserializeOwned
        + Clone
        + Send
        + Sync
        + 'static,
    S::Client: Client<AppError>,
    <<S::Client as Client<AppError>>::Request as ClientReq<AppError>>::FormData: From<FormData>,
    P: 'static,
{
    let flash = flash.filter(|f| f.form == id);
    let error = RwSignal::new(flash.as_ref().map(|f| f.error.clone()));
    let values = StoredValue::new(flash.map(|f| f.values).unwrap_or_default());
    let pending = action.pending();
    provide_context(FormCtx {
        error,
        values,
        pending: pending.into(),
        scope: StoredValue::new(scope),
        focus_taken: StoredValue::new(false),
    });
    let form_ref = NodeRef::<Form>::new();

    // The server's answer: an error stays on the page, success moves on with a full load so
    // the header and every resource see the new state (a new session, a changed profile).
    Effect::new(move |_| match action.value().get() {
        Some(Ok(next)) => match on_success {
            Some(callback) => {
                if let Some(form) = form_ref.get_untracked() {
                    form.reset();
                }
                callback.run(next);
            }
            None => {
                let _ = window().location().set_href(&next);
            }
        },
        Some(Err(err)) => error.set(Some(err)),
        None => {}
    });
    // After an error, move focus to the first field that needs attention, or to the message.
    Effect::new(move |_| {
        if error.get().is_some() {
            if let Some(form) = form_ref.get() {
                // After the fields have re-rendered with their `aria-invalid` marks.
                request_animation_frame(move || {
                    // The summary above the fields is announced (role=alert); focus goes
                    // to the first field to fix, or to the summary when no field is named.
                    let target = form
                        .query_selector("[aria-invalid='true']")
                        .ok()
                        .flatten()
                        .or_else(|| form.query_selector(".form-error").ok().flatten());
                    if let Some(el) = target.and_then(|el| {
                        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok()
                    }) {
                        let _ = el.focus();
                    }
                });
            }
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        match S::from_event(&ev) {
            Ok(input) => {
                if let Some(Err(fields)) = check.map(|check| check(&input)) {
                    error.set(Some(AppError::Invalid { fields }));
                    return;
                }
                error.set(None);
                action.dispatch(input);
            }
            Err(_) => error.set(Some(AppError::Invalid { fields: Vec::new() })),
        }
    };

    view! {
        <form
            method="post"
            action=S::url()
            class=class.unwrap_or_else(|| "form".to_owned())
            node_ref=form_ref
            on:submit=on_submit
            // Santaka's own messages, never the browser's bubbles: the server checks every
            // field (and `check` repeats some checks here first).
            novalidate=true
            aria-busy=move || pending.get().then_some("true")
        >
            <FormError />
            {children()}
        </form>
    }
}

/// The message for the form as a whole: what went wrong that is not about one field.
#[component]
fn FormError() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = expect_context::<FormCtx>();
    move || {
        ctx.error.get().map(|err| {
            let text = match &err {
                AppError::Invalid { fields } if fields.iter().any(|f| f.field == "conflict") => {
                    t_string!(i18n, fest_conflict_summary)
                }
                AppError::Invalid { fields } => fields
                    .iter()
                    .find(|f| f.field == "form" || f.field == "token")
                    .map(|f| field_error_text(i18n, &f.code))
                    .unwrap_or_else(|| t_string!(i18n, form_fix_fields)),
                other => error_text(i18n, other),
            };
            let reference = match &err {
                AppError::Internal { request_id } if !request_id.is_empty() => {
                    Some(request_id.clone())
                }
                _ => None,
            };
            view! {
                <div class="notice notice-error form-error" role="alert" tabindex="-1">
                    <p>{text}</p>
                    {reference.map(|id| view! {
                        <p class="notice-ref">{t!(i18n, error_reference)} " " <code>{id}</code></p>
                    })}
                </div>
            }
        })
    }
}

/// The last error of the enclosing form, for messages a page renders itself.
pub fn form_error() -> Signal<Option<AppError>> {
    expect_context::<FormCtx>().error.into()
}
