//! One path segment per path parameter: how a value is percent-encoded, and the structural rule
//! every request path is checked against before anything is sent.
//!
//! Depends on nothing but `percent-encoding`, so that `cargo xtask codegen` compiles this same
//! file (`#[path]`) to try a spec's path-parameter patterns against the rule the runtime enforces.

use percent_encoding::{AsciiSet, CONTROLS};

/// What a path parameter's value has percent-encoded: progenitor's `encode_path` set plus `\`,
/// which URL parsing reads as `/` in http(s) URLs. Every non-ASCII byte is encoded too, so Unicode
/// look-alikes of `/` and `.` arrive as bytes, never as separators. A dot cannot be encoded away
/// (URL parsing reads `%2e` as `.`): [`check`] refuses a dot segment instead.
pub const PATH_SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'/')
    .add(b'\\')
    .add(b'%');

/// Checks `path` (an operation's path, parameters already encoded) against `template` (the same
/// path with `{name}` for each parameter): the same number of segments, literal segments
/// unchanged, and each parameter's segment non-empty, not a dot segment in any spelling (`.`,
/// `..`, `%2e`, `.%2E`, ...) and fully encoded (printable ASCII other than `\`, `?` and `#`, which
/// URL parsing would reinterpret). The error names the template, never the path: paths can hold
/// personal data.
pub fn check(template: &str, path: &str) -> Result<(), String> {
    let mut expected = template.split('/');
    let mut actual = path.split('/');
    loop {
        match (expected.next(), actual.next()) {
            (None, None) => return Ok(()),
            (Some(literal), Some(segment)) if !literal.contains('{') => {
                if literal != segment {
                    return Err(format!("the request path is not the operation's `{template}`"));
                }
            }
            (Some(parameter), Some(segment)) => check_parameter(template, parameter, segment)?,
            _ => {
                return Err(format!(
                    "a path parameter's value would not stay one path segment of `{template}` (it would address \
                     another endpoint)"
                ));
            }
        }
    }
}

/// A segment of the template that holds a parameter (`{id}`, or `{id}.json`), against what was built.
fn check_parameter(template: &str, parameter: &str, segment: &str) -> Result<(), String> {
    let prefix = &parameter[..parameter.find('{').unwrap_or(0)];
    let suffix = &parameter[parameter.rfind('}').map_or(parameter.len(), |close| close + 1)..];
    let placeholder = parameter.get(prefix.len()..parameter.len() - suffix.len()).unwrap_or(parameter);
    let name = placeholder.trim_start_matches('{').trim_end_matches('}');
    let value = segment.strip_prefix(prefix).and_then(|rest| rest.strip_suffix(suffix));
    let problem = match value {
        None => "does not fit its segment",
        Some("") => "is empty",
        Some(_) if is_dot_segment(segment) => "is a dot segment (`.` or `..`)",
        Some(value) if !value.bytes().all(|byte| byte.is_ascii_graphic() && !matches!(byte, b'\\' | b'?' | b'#')) => {
            "is not percent-encoded"
        }
        Some(_) => return Ok(()),
    };
    Err(format!("the path parameter `{name}` of `{template}` {problem}: it would address another endpoint"))
}

/// `.` or `..`, with any dot written `%2e` or `%2E`: what URL parsing removes from a path.
fn is_dot_segment(segment: &str) -> bool {
    let dots = segment.to_ascii_lowercase().replace("%2e", ".");
    dots == "." || dots == ".."
}
