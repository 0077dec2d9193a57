use super::field_error_text;
use super::FormCtx;
use crate::common::FormFlash;
use crate::i18n::*;
use leptos::prelude::*;

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
    let autofocus = ctx.takes_focus(name);
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
                autofocus=autofocus
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
    let autofocus = ctx.takes_focus(name);
    view! {
        <div class="field" class:field-invalid=move || code().is_some()>
            <label for=input_id.clone()>{move || label.get()}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{move || hint.get()}</p> })}
            <textarea
                id=input_id
                name=name
                rows="4"
                maxlength=maxlength
                autofocus=autofocus
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
pub fn FieldErrorFor(#[prop(into)] name: String) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = expect_context::<FormCtx>();
    move || {
        ctx.error_code(&name).map(|code| {
                view! {
                    <p class="field-error" id=format!("{}-error", ctx.field_id(&name))>{field_error_text(i18n, &code)}</p>
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

pub fn kept_list(flash: Option<&FormFlash>, form: &str, name: &str) -> Option<Vec<String>> {
    flash.filter(|f| f.form == form).map(|f| {
        f.values
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    })
}
