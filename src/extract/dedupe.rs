//! A résumé pasted twice, once per language, should come out once. Entries of the later
//! copy repeat the dates of the earlier one, while their text is in the other script;
//! those are dropped.

use crate::model::Resume;

fn script_is_cjk(s: Option<&String>) -> Option<bool> {
    // (An ASCII label, most English ones, is told a word at a time, not decoded.)
    s.map(|t| crate::chars::has_cjk(t))
}

/// An entry's date key (start, end or "present") and whether its label is in Chinese, if it
/// has both, borrowed from it.
type Entry<'a> = Option<((&'a str, &'a str), bool)>;

fn dedupe<T>(list: &mut Vec<T>, key: impl Fn(&T) -> Option<(&str, &str)>, label: impl Fn(&T) -> Option<&String>) {
    let dropped = translations(list.len(), &|b| Some((key(&list[b])?, script_is_cjk(label(&list[b]))?)));
    // The dropped entries' indices are in order: met in turn as `retain` goes.
    let mut dropped = dropped.into_iter().peekable();
    let mut b = 0;
    list.retain(|_| {
        b += 1;
        dropped.next_if_eq(&(b - 1)).is_none()
    });
}

/// The indices, in order, of the entries among `0..n` that translate an earlier one. Not
/// generic, so that it is compiled once for all the lists.
fn translations<'a>(n: usize, entry: &dyn Fn(usize) -> Entry<'a>) -> Vec<usize> {
    let mut dropped = Vec::new();
    // Only a list with entries in both scripts can hold a translation (most lists are in one):
    // the entries are read until one of each script is met.
    let mut scripts = [false; 2];
    for b in 0..n {
        if let Some((_, cjk)) = entry(b) {
            scripts[usize::from(cjk)] = true;
            if scripts == [true; 2] {
                break;
            }
        }
    }
    if scripts != [true; 2] {
        return dropped;
    }
    // Scripts already seen per date key: a later entry with the same dates in the other script
    // is the translation of an earlier one. A map keeps this linear in the number of entries
    // (sized for all of them at once).
    let mut seen: std::collections::HashMap<(&str, &str), [bool; 2], crate::strs::FnvBuild> = std::collections::HashMap::with_capacity_and_hasher(n, Default::default());
    for b in 0..n {
        let Some((kb, cjk)) = entry(b) else { continue };
        let slot = seen.entry(kb).or_insert([false; 2]);
        if slot[usize::from(!cjk)] {
            dropped.push(b);
        } else {
            slot[usize::from(cjk)] = true;
        }
    }
    dropped
}

fn dates<'a>(s: &'a Option<String>, e: &'a Option<String>, cur: bool) -> Option<(&'a str, &'a str)> {
    Some((s.as_deref()?, e.as_deref().or(cur.then_some("present"))?))
}

pub fn remove_translated_duplicates(r: &mut Resume) {
    dedupe(&mut r.work, |w| dates(&w.start_date, &w.end_date, w.current), |w| w.name.as_ref().or(w.position.as_ref()));
    dedupe(&mut r.education, |e| dates(&e.start_date, &e.end_date, e.current), |e| e.institution.as_ref());
    dedupe(&mut r.projects, |p| dates(&p.start_date, &p.end_date, p.current), |p| p.name.as_ref());
    dedupe(&mut r.volunteer, |v| dates(&v.start_date, &v.end_date, v.current), |v| v.organization.as_ref());
}

#[cfg(test)]
mod tests {
    use super::*;

    type Entry = (Option<String>, Option<String>, bool, Option<String>);

    /// The earlier version, which cloned every key into the map.
    fn dedupe_by_owned_keys(list: &mut Vec<Entry>) {
        let mut keep = vec![true; list.len()];
        let mut seen: std::collections::HashMap<(String, String), [bool; 2]> = std::collections::HashMap::new();
        for b in 0..list.len() {
            let (s, e, cur, name) = &list[b];
            let Some(kb) = s.clone().and_then(|s| Some((s, e.clone().or(cur.then(|| "present".to_string()))?))) else { continue };
            let Some(cjk) = script_is_cjk(name.as_ref()) else { continue };
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

    #[test]
    fn drops_what_owned_keys_dropped() {
        let e = |s: Option<&str>, e: Option<&str>, cur: bool, name: Option<&str>| -> Entry { (s.map(String::from), e.map(String::from), cur, name.map(String::from)) };
        let lists = [
            vec![e(Some("2020"), Some("2021"), false, Some("Acme")), e(Some("2020"), Some("2021"), false, Some("阿克米")), e(Some("2020"), Some("2021"), false, Some("Acme 2"))],
            vec![e(Some("2019"), None, true, Some("北京大学")), e(Some("2019"), None, true, Some("Peking University")), e(Some("2019"), None, false, Some("PKU")), e(None, None, true, Some("x"))],
            vec![e(Some("2020"), Some("2021"), false, Some("A")), e(Some("2020"), Some("2021"), false, Some("B")), e(Some("2020"), Some("2021"), false, None)],
            vec![e(Some("1"), Some("2"), false, Some("甲")), e(Some("1"), Some("2"), false, Some("a")), e(Some("1"), Some("2"), false, Some("乙")), e(Some("1"), Some("2"), false, Some("b"))],
            vec![],
        ];
        for list in lists {
            let (mut got, mut want) = (list.clone(), list);
            dedupe(&mut got, |t| dates(&t.0, &t.1, t.2), |t| t.3.as_ref());
            dedupe_by_owned_keys(&mut want);
            assert_eq!(got, want);
        }
    }
}
