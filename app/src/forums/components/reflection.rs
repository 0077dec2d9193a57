use crate::common::FormFlash;
use crate::forums::api::SaveReflection;
use crate::forums::{ForumPage, NOTE_MAX};
use crate::i18n::*;
use crate::ui::content_lang::other_lang;
use crate::ui::forms::{kept_value, ServerForm, Submit, TextArea};
use leptos::prelude::*;

/// A participant's own reflection on the forum: the check-out questions and a private answer
/// (only they read it), which they may share with the harvest. Hosts see only how many.
#[component]
pub(crate) fn ReflectionPanel(page: ForumPage, flash: Option<FormFlash>) -> impl IntoView {
    let i18n = use_i18n();
    let id = page.card.id;
    let lang = page.card.lang.clone();
    let (mine, shared) = page.my_reflection.clone().unwrap_or_default();
    let share_kept =
        kept_value(flash.as_ref(), "save_reflection", "share").is_some_and(|v| v == "on");
    let action = ServerAction::<SaveReflection>::new();
    view! {
        {page.may_reflect.then(|| view! {
            <section class="panel reflection" id="reflection" aria-labelledby="fo-reflection-title">
                <h2 id="fo-reflection-title">{t!(i18n, fo_reflection)}</h2>
                <p class="hint">{t!(i18n, fo_reflection_private)}</p>
                <ul class="questions">
                    {page.check_out.iter().map(|q| view! { <li lang=other_lang(&lang)>{q.clone()}</li> }).collect_view()}
                </ul>
                <ServerForm action id="save_reflection" flash=flash.clone() scope="refl">
                    <input type="hidden" name="id" value=id />
                    <TextArea name="body" label=move || t_string!(i18n, fo_reflection_answer) value=mine.clone() maxlength=NOTE_MAX />
                    {(!shared).then(|| view! {
                        <label class="checkbox" for="f-refl-share">
                            <input type="checkbox" id="f-refl-share" name="share" checked=share_kept />
                            {t!(i18n, fo_reflection_share)}
                        </label>
                    })}
                    {shared.then(|| view! { <p class="hint">{t!(i18n, fo_reflection_shared)}</p> })}
                    <Submit label=move || t_string!(i18n, fo_reflection_save) />
                </ServerForm>
            </section>
        })}
        {page.reflections.map(|n| view! {
            <p class="hint" data-testid="fo-reflection-count">{t!(i18n, fo_reflection_count)} " " {n}</p>
        })}
    }
}
