use crate::common::ids::IdeaId;
use crate::common::FormFlash;
use crate::i18n::*;
use crate::ideas::api::*;
use crate::ideas::*;
use crate::ui::forms::{kept_value, FieldErrorFor, ServerForm, Submit, TextArea};
use leptos::prelude::*;

#[component]
pub(crate) fn CommentForm(
    idea_id: IdeaId,
    parent_id: Option<crate::common::ids::CommentId>,
    mentor: bool,
    flash: Option<FormFlash>,
    reload: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<PostComment>::new();
    let form = if parent_id.is_some() {
        "reply"
    } else {
        "post_comment"
    };
    let scope = match parent_id {
        Some(p) => format!("reply{p}"),
        None => "comment".to_owned(),
    };
    let check = |c: &PostComment| check_comment(&c.body, &c.feedback);
    let kept_kind = kept_value(flash.as_ref(), form, "feedback").unwrap_or_default();
    let kind_id = format!("f-{scope}-feedback");
    view! {
        <ServerForm action id=form flash check=check scope=scope on_success=reload class="form comment-form">
            <input type="hidden" name="idea_id" value=idea_id />
            {parent_id.map(|p| view! { <input type="hidden" name="parent_id" value=p /> })}
            <TextArea name="body" label=move || if parent_id.is_some() { t_string!(i18n, reply_field) } else { t_string!(i18n, comment_field) } hint=move || t_string!(i18n, hint_markdown_lite) maxlength=COMMENT_MAX />
            {mentor.then(|| view! {
                <div class="field">
                    <label for=kind_id.clone()>{t!(i18n, feedback_kind_field)}</label>
                    <select id=kind_id name="feedback">
                        <option value="" selected=kept_kind.is_empty()>{t!(i18n, feedback_plain_comment)}</option>
                        {FeedbackKind::ALL.into_iter().map(|k| view! {
                            <option value=k.code() selected=kept_kind == k.code()>{move || k.label(i18n)}</option>
                        }).collect_view()}
                    </select>
                    <FieldErrorFor name="feedback" />
                </div>
            })}
            <Submit label=move || if parent_id.is_some() { t_string!(i18n, reply_submit) } else { t_string!(i18n, comment_submit) } />
        </ServerForm>
    }
}
