//! Forms that work with and without JavaScript.
//!
//! Every form posts to its server function. Without JavaScript the browser submits it as HTML:
//! on success the server redirects to the next page; on failure the error and what was typed
//! (never passwords) are kept in the session and shown when the browser comes back to the
//! form. With JavaScript the same rules run in the browser before sending, errors appear next
//! to their fields without a reload, and success navigates to the path the function returns.
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
struct FormCtx {
    error: RwSignal<Option<AppError>>,
    values: StoredValue<Vec<(String, String)>>,
    pending: Signal<bool>,
    /// Added to field ids when a page shows the same form several times.
    scope: StoredValue<String>,
}

impl FormCtx {
    /// What was typed into `name` before a failed no-JavaScript submission.
    fn kept(&self, name: &str) -> Option<String> {
        self.values
            .with_value(|v| v.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
    }

    /// The error code of `name` in the current error, if any (reactive).
    fn error_code(&self, name: &str) -> Option<String> {
        self.error.with(|e| {
            e.as_ref()
                .and_then(|e| e.field_code(name).map(str::to_owned))
        })
    }

    fn field_id(&self, name: &str) -> String {
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
            novalidate=check.is_some()
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

/// A labelled input with its hint and its error. `kind` is the input type.
#[component]
pub fn Field(
    name: &'static str,
    #[prop(into)] label: TextProp,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional, into)] hint: Option<TextProp>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional)] maxlength: Option<usize>,
    #[prop(optional)] list: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = expect_context::<FormCtx>();
    let input_id = ctx.field_id(name);
    let hint_id = format!("{input_id}-hint");
    let error_id = format!("{input_id}-error");
    // What was typed before a failed no-JavaScript submission wins over the stored value.
    let kept = ctx.kept(name);
    let initial = if kind == "password" {
        None
    } else {
        kept.or(value)
    };
    let code = move || ctx.error_code(name);
    let has_hint = hint.is_some();
    let describedby = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if code().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field-invalid=move || code().is_some()>
            <label for=input_id.clone()>
                {move || label.get()}
                {required.then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}
            </label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{move || hint.get()}</p> })}
            <input
                id=input_id
                name=name
                type=kind
                value=initial
                autocomplete=autocomplete
                required=required
                maxlength=maxlength
                list=list
                inputmode=inputmode
                aria-invalid=move || code().is_some().then_some("true")
                aria-describedby=describedby
            />
            {move || code().map(|code| view! {
                <p class="field-error" id=error_id.clone()>{field_error_text(i18n, &code)}</p>
            })}
        </div>
    }
}

/// A labelled textarea with its hint and error.
#[component]
pub fn TextArea(
    name: &'static str,
    #[prop(into)] label: TextProp,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional, into)] hint: Option<TextProp>,
    #[prop(optional)] maxlength: Option<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = expect_context::<FormCtx>();
    let input_id = ctx.field_id(name);
    let hint_id = format!("{input_id}-hint");
    let error_id = format!("{input_id}-error");
    let initial = ctx.kept(name).or(value).unwrap_or_default();
    let code = move || ctx.error_code(name);
    view! {
        <div class="field" class:field-invalid=move || code().is_some()>
            <label for=input_id.clone()>{move || label.get()}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{move || hint.get()}</p> })}
            <textarea
                id=input_id
                name=name
                rows="4"
                maxlength=maxlength
                aria-invalid=move || code().is_some().then_some("true")
                aria-describedby=move || if code().is_some() { error_id.clone() } else { hint_id.clone() }
            >
                {initial}
            </textarea>
            {move || code().map(|code| view! {
                <p class="field-error" id=format!("{}-error", ctx.field_id(name))>{field_error_text(i18n, &code)}</p>
            })}
        </div>
    }
}

/// The last error of the enclosing form, for messages a page renders itself.
pub fn form_error() -> Signal<Option<AppError>> {
    expect_context::<FormCtx>().error.into()
}

/// The value a no-JavaScript failure kept for `name`, if any: for checkboxes and selects,
/// which pages render themselves.
pub fn kept_value(flash: Option<&FormFlash>, form: &str, name: &str) -> Option<String> {
    flash
        .filter(|f| f.form == form)
        .and_then(|f| f.values.iter().find(|(k, _)| k == name))
        .map(|(_, v)| v.clone())
}

/// The error code of a field in the current form, for controls the page renders itself.
#[component]
pub fn FieldErrorFor(name: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = expect_context::<FormCtx>();
    move || {
        ctx.error_code(name).map(|code| {
                view! {
                    <p class="field-error" id=format!("{}-error", ctx.field_id(name))>{field_error_text(i18n, &code)}</p>
                }
            })
    }
}

/// The submit button: disabled and marked busy while the request is on its way.
#[component]
pub fn Submit(#[prop(into)] label: TextProp, #[prop(optional)] secondary: bool) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = expect_context::<FormCtx>();
    view! {
        <button
            type="submit"
            class=if secondary { "button button-secondary" } else { "button" }
            disabled=move || ctx.pending.get()
        >
            {move || if ctx.pending.get() { t_string!(i18n, form_sending).into() } else { label.get() }}
        </button>
    }
}

/// The sentence for an error that is not about one field.
pub fn error_text(i18n: leptos_i18n::I18nContext<Locale>, error: &AppError) -> &'static str {
    match error {
        AppError::NotFound => t_string!(i18n, error_not_found),
        AppError::Unauthenticated => t_string!(i18n, error_unauthenticated),
        AppError::Forbidden => t_string!(i18n, error_forbidden),
        AppError::Invalid { .. } => t_string!(i18n, error_invalid),
        AppError::Conflict => t_string!(i18n, error_conflict),
        AppError::RateLimited => t_string!(i18n, error_rate_limited),
        AppError::Transport => t_string!(i18n, error_transport),
        AppError::Internal { .. } => t_string!(i18n, error_internal),
    }
}

/// The sentence for a field error code.
pub fn field_error_text(i18n: leptos_i18n::I18nContext<Locale>, code: &str) -> &'static str {
    match code {
        "email_invalid" => t_string!(i18n, err_email_invalid),
        "name_length" => t_string!(i18n, err_name_length),
        "name_invalid" => t_string!(i18n, err_name_invalid),
        "org_name_taken" => t_string!(i18n, err_org_name_taken),
        "birth_year_locked" => t_string!(i18n, err_birth_year_locked),
        "password_short" => t_string!(i18n, err_password_short),
        "password_long" => t_string!(i18n, err_password_long),
        "password_is_email" => t_string!(i18n, err_password_is_email),
        "password_mismatch" => t_string!(i18n, err_password_mismatch),
        "password_wrong" => t_string!(i18n, err_password_wrong),
        "birth_year_invalid" => t_string!(i18n, err_birth_year_invalid),
        "guardian_required" => t_string!(i18n, err_guardian_required),
        "guardian_same" => t_string!(i18n, err_guardian_same),
        "too_long" => t_string!(i18n, err_too_long),
        "too_short" => t_string!(i18n, err_too_short),
        "tags_invalid" => t_string!(i18n, err_tags_invalid),
        "choice_invalid" => t_string!(i18n, err_choice_invalid),
        "credentials_invalid" => t_string!(i18n, err_credentials_invalid),
        "token_invalid" => t_string!(i18n, err_token_invalid),
        "website_invalid" => t_string!(i18n, err_website_invalid),
        "capacity_invalid" => t_string!(i18n, err_capacity_invalid),
        "last_steering" => t_string!(i18n, err_last_steering),
        "missing" => t_string!(i18n, err_missing),
        "title_length" => t_string!(i18n, err_title_length),
        "sectors_missing" => t_string!(i18n, err_sectors_missing),
        "point_invalid" => t_string!(i18n, err_point_invalid),
        "stage_not_allowed" => t_string!(i18n, err_stage_not_allowed),
        "feedback_mentors_only" => t_string!(i18n, err_feedback_mentors_only),
        "block_self" => t_string!(i18n, err_block_self),
        "hours_invalid" => t_string!(i18n, err_hours_invalid),
        "date_invalid" => t_string!(i18n, err_date_invalid),
        "already_member" => t_string!(i18n, err_already_member),
        "already_asked" => t_string!(i18n, err_already_asked),
        "role_closed" => t_string!(i18n, err_role_closed),
        "cannot_join" => t_string!(i18n, err_cannot_join),
        "not_a_mentor" => t_string!(i18n, err_not_a_mentor),
        "last_lead" => t_string!(i18n, err_last_lead),
        "team_exists" => t_string!(i18n, err_team_exists),
        "idea_archived" => t_string!(i18n, err_idea_archived),
        "out_of_range" => t_string!(i18n, err_out_of_range),
        "not_a_number" => t_string!(i18n, err_not_a_number),
        "not_a_time" => t_string!(i18n, err_not_a_time),
        "before_start" => t_string!(i18n, err_before_start),
        "not_a_coordinate" => t_string!(i18n, err_not_a_coordinate),
        "no_edition" => t_string!(i18n, err_no_edition),
        "not_in_team" => t_string!(i18n, err_not_in_team),
        "not_proposed" => t_string!(i18n, err_not_proposed),
        "already_cancelled" => t_string!(i18n, err_already_cancelled),
        "not_accepted" => t_string!(i18n, err_not_accepted),
        "past_edition" => t_string!(i18n, err_past_edition),
        _ => t_string!(i18n, error_invalid),
    }
}
