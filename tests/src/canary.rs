//! Canary credentials: a distinctive value per credential, and every form in which a leak of them
//! could show: each value alone, and HTTP Basic's base64 of any two (or of one with an empty
//! password), so a search finds a credential however it was encoded.

use base64::Engine as _;

/// A distinctive value for credential field `field`, tagged so that tests can tell whose it is.
pub fn value(tag: &str, field: &str) -> String {
    format!("{tag}Canary{field}Q7x9")
}

/// Every form of `values` a leak could take.
pub fn forms<S: AsRef<str>>(values: &[S]) -> Vec<String> {
    let encode = |text: String| base64::engine::general_purpose::STANDARD.encode(text);
    let mut shown: Vec<String> = values.iter().map(|value| value.as_ref().to_owned()).collect();
    for user in values {
        let user = user.as_ref();
        shown.push(encode(format!("{user}:")));
        shown.extend(values.iter().map(|password| encode(format!("{user}:{}", password.as_ref()))));
    }
    shown
}

/// The first form of `values` found in `text`, if any.
pub fn leaked<S: AsRef<str>>(values: &[S], text: &str) -> Option<String> {
    forms(values).into_iter().find(|form| text.contains(form.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_value_and_its_basic_auth_encoding() {
        let values = [value("T", "key_id"), value("T", "key_secret")];
        let basic = base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", values[0], values[1]));
        let header = format!("Authorization: Basic {basic}");
        assert!(leaked(&values, &header).is_some_and(|form| header.contains(&form)), "the Basic pair is found");
        assert!(forms(&values).contains(&basic));
        assert_eq!(leaked(&values, &format!("x {} y", values[1])).as_deref(), Some(values[1].as_str()));
        assert_eq!(leaked(&values, "nothing here"), None);
    }
}
