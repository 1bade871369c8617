//! A résumé pasted twice, once per language, should come out once. Entries of the later
//! copy repeat the dates of the earlier one, while their text is in the other script;
//! those are dropped.

use crate::chars::InlineChars;
use crate::lines::is_cjk;
use crate::model::Resume;

fn script_is_cjk(s: Option<&String>) -> Option<bool> {
    s.map(|t| t.chars_inline().any(is_cjk))
}

fn dedupe<T>(list: &mut Vec<T>, key: impl Fn(&T) -> Option<(String, String)>, label: impl Fn(&T) -> Option<&String>) {
    let mut keep = vec![true; list.len()];
    // Scripts already seen per date key: a later entry with the same dates in the other script
    // is the translation of an earlier one. A map keeps this linear in the number of entries.
    let mut seen: std::collections::HashMap<(String, String), [bool; 2]> = std::collections::HashMap::new();
    for b in 0..list.len() {
        let Some(kb) = key(&list[b]) else { continue };
        let Some(cjk) = script_is_cjk(label(&list[b])) else { continue };
        let slot = seen.entry(kb).or_insert([false; 2]);
        if slot[usize::from(!cjk)] {
            keep[b] = false;
        } else {
            slot[usize::from(cjk)] = true;
        }
    }
    let mut it = keep.into_iter();
    list.retain(|_| it.next().unwrap_or(true));
}

pub fn remove_translated_duplicates(r: &mut Resume) {
    let dates = |s: &Option<String>, e: &Option<String>, cur: bool| -> Option<(String, String)> {
        let s = s.clone()?;
        let e = e.clone().or(cur.then(|| "present".to_string()))?;
        Some((s, e))
    };
    dedupe(&mut r.work, |w| dates(&w.start_date, &w.end_date, w.current), |w| w.name.as_ref().or(w.position.as_ref()));
    dedupe(&mut r.education, |e| dates(&e.start_date, &e.end_date, e.current), |e| e.institution.as_ref());
    dedupe(&mut r.projects, |p| dates(&p.start_date, &p.end_date, p.current), |p| p.name.as_ref());
    dedupe(&mut r.volunteer, |v| dates(&v.start_date, &v.end_date, v.current), |v| v.organization.as_ref());
}
