use super::conflict_sentence;
use crate::festival::*;
use crate::i18n::*;
use leptos::prelude::*;

/// The conflicts of the enclosing placing form's last answer, as sentences.
#[component]
pub(crate) fn ConflictMessages(m: StoredValue<Manage>) -> impl IntoView {
    let i18n = use_i18n();
    let error = crate::ui::forms::form_error();
    move || {
        let codes: Vec<String> = error.with(|e| match e {
            Some(crate::common::error::AppError::Invalid { fields }) => fields
                .iter()
                .filter(|f| f.field == "conflict")
                .map(|f| f.code.clone())
                .collect(),
            _ => Vec::new(),
        });
        (!codes.is_empty()).then(|| view! {
            <ul class="conflicts" data-testid="conflicts">
                {codes.into_iter().map(|c| view! { <li>{m.with_value(|m| conflict_sentence(i18n, &c, m))}</li> }).collect_view()}
            </ul>
        })
    }
}
