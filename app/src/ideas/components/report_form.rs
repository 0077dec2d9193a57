use crate::common::ids::CommentId;
use crate::common::ids::IdeaId;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ideas::*;
use crate::ui::forms::{Field, ServerForm, Submit};
use leptos::prelude::*;

/// Report an idea or a comment: a small form inside a disclosure.
#[component]
pub(crate) fn ReportForm(
    idea_id: IdeaId,
    comment_id: Option<CommentId>,
    flash: Option<FormFlash>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<ReportContent>::new();
    let scope = format!("report{idea_id}-{}", comment_id.map_or(0, |c| c.0));
    let select_id = format!("f-{scope}-reason");
    let done = RwSignal::new(false);
    // The page stays as it is (a report changes nothing anyone sees); the thanks appear here.
    let on_success = Callback::new(move |_: String| done.set(true));
    view! {
        <details class="report">
            <summary>{if comment_id.is_some() { t!(i18n, report_comment).into_any() } else { t!(i18n, report_idea).into_any() }}</summary>
            <ServerForm action id="report_content" flash scope=scope.clone() on_success>
                <input type="hidden" name="idea_id" value=idea_id />
                {comment_id.map(|c| view! { <input type="hidden" name="comment_id" value=c /> })}
                <div class="field">
                    <label for=select_id.clone()>{t!(i18n, report_reason)}</label>
                    <select id=select_id name="reason">
                        {ReportReason::ALL.into_iter().map(|r| view! {
                            <option value=r.code()>{move || r.label(i18n)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <Field name="note" label=move || t_string!(i18n, report_note) maxlength=NOTE_MAX />
                <Submit label=move || t_string!(i18n, report_submit) secondary=true />
            </ServerForm>
            {move || done.get().then(|| view! { <p role="status">{t!(i18n, report_thanks)}</p> })}
        </details>
    }
}
