//! The field decoders generated types use: each one tolerates what the spec's author did not
//! mark as identifying (see `specs/README.md`, `x-pspkit-identity`) and counts what it tolerated.
//!
//! The xtask's post-pass puts them on every non-identifying field of every generated response
//! type, as `#[serde(default = "...", deserialize_with = "...")]`. They never buffer a value: a
//! scalar that does not fit is dropped where it stands, an object or array is handed to the
//! field's own type. The count only says *that* something was tolerated; [`super::decode`] then
//! finds *where*, against the spec, on the rare body that needs it.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::de::value::{
    BoolDeserializer, BorrowedStrDeserializer, F64Deserializer, I64Deserializer, MapAccessDeserializer,
    SeqAccessDeserializer, StrDeserializer, StringDeserializer, U64Deserializer,
};
use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

thread_local! {
    /// How many values the current decode on this thread tolerated. Decoding is synchronous, so
    /// a thread-local count cannot mix two bodies.
    static TOLERATED: Cell<u32> = const { Cell::new(0) };
}

/// Records one tolerated value.
pub(crate) fn note() {
    TOLERATED.with(|count| count.set(count.get().saturating_add(1)));
}

/// Resets the count and returns what it was.
pub(crate) fn take() -> u32 {
    TOLERATED.with(|count| count.replace(0))
}

/// A field type that can stand empty: what a tolerated field decodes to.
pub trait Slot: Sized {
    /// What a present, usable value decodes into.
    type Item;
    /// The field holding a decoded value.
    fn filled(item: Self::Item) -> Self;
    /// The field with nothing usable in it.
    fn empty() -> Self;
}

impl<T> Slot for Option<T> {
    type Item = T;
    fn filled(item: T) -> Self {
        Some(item)
    }
    fn empty() -> Self {
        None
    }
}

impl<T> Slot for Vec<T> {
    type Item = Vec<T>;
    fn filled(item: Vec<T>) -> Self {
        item
    }
    fn empty() -> Self {
        Vec::new()
    }
}

impl<K: Ord, V> Slot for BTreeMap<K, V> {
    type Item = BTreeMap<K, V>;
    fn filled(item: Self) -> Self {
        item
    }
    fn empty() -> Self {
        BTreeMap::new()
    }
}

impl Slot for serde_json::Map<String, serde_json::Value> {
    type Item = Self;
    fn filled(item: Self) -> Self {
        item
    }
    fn empty() -> Self {
        serde_json::Map::new()
    }
}

/// `default` for a property the spec marks required but not identifying: absent, it decodes
/// empty and counts as tolerated.
pub fn missing<F: Slot>() -> F {
    note();
    F::empty()
}

/// Whether the spec allows `null` for a field: [`Nullable`] or [`NotNull`] (a `null` then counts
/// as tolerated).
pub trait Null {
    /// `nullable: true` in the spec.
    const ALLOWED: bool;
}

/// The spec allows `null`.
pub enum Nullable {}
/// The spec does not allow `null`.
pub enum NotNull {}

impl Null for Nullable {
    const ALLOWED: bool = true;
}
impl Null for NotNull {
    const ALLOWED: bool = false;
}

/// Which JSON containers a field's type reads: any other container is skipped and the field
/// decodes empty (a container cannot be handed back once its type rejected it).
pub trait Shape {
    /// Reads a JSON object.
    const OBJECT: bool;
    /// Reads a JSON array.
    const LIST: bool;
}

/// An object (a struct or a map).
pub enum Object {}
/// An array.
pub enum List {}
/// Either (`oneOf` an object and an array, or a schema without a type).
pub enum ObjectOrList {}
/// Neither: a scalar (string, number, boolean, enum, date-time).
pub enum Scalar {}

impl Shape for Object {
    const OBJECT: bool = true;
    const LIST: bool = false;
}
impl Shape for List {
    const OBJECT: bool = false;
    const LIST: bool = true;
}
impl Shape for ObjectOrList {
    const OBJECT: bool = true;
    const LIST: bool = true;
}
impl Shape for Scalar {
    const OBJECT: bool = false;
    const LIST: bool = false;
}

/// A string field: an integer converts (`9123456780` → `"9123456780"`); any other type decodes
/// as `None`.
pub fn text<'de, D: Deserializer<'de>, N: Null>(deserializer: D) -> Result<Option<String>, D::Error> {
    deserializer.deserialize_any(TextVisitor { nullable: N::ALLOWED })
}

/// An integer field: a string holding exactly an integer converts (`"1655298731"`, not `"+1"`,
/// `"01"` or `"1.0"`); any other type decodes as `None`.
pub fn integer<'de, D, I, N>(deserializer: D) -> Result<Option<I>, D::Error>
where
    D: Deserializer<'de>,
    I: TryFrom<i64> + TryFrom<u64>,
    N: Null,
{
    deserializer.deserialize_any(IntegerVisitor { nullable: N::ALLOWED, integer: PhantomData })
}

/// Any other field (objects, arrays, maps, enums, dates, booleans, money): a scalar its type
/// rejects decodes as empty, never converted; a container of the shape `S` goes to the field's
/// type, whose own fields are tolerant; a container of another shape is skipped.
pub fn value<'de, D, F, N, S>(deserializer: D) -> Result<F, D::Error>
where
    D: Deserializer<'de>,
    F: Slot,
    F::Item: Deserialize<'de>,
    N: Null,
    S: Shape,
{
    let visitor = ValueVisitor { nullable: N::ALLOWED, object: S::OBJECT, list: S::LIST, slot: PhantomData };
    deserializer.deserialize_any(visitor)
}

/// What every tolerant visitor does with `null` and with containers it cannot use.
fn null<F: Slot>(nullable: bool) -> F {
    if !nullable {
        note();
    }
    F::empty()
}

fn skip_map<'de, A: MapAccess<'de>, F: Slot>(mut map: A) -> Result<F, A::Error> {
    while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    note();
    Ok(F::empty())
}

fn skip_seq<'de, A: SeqAccess<'de>, F: Slot>(mut seq: A) -> Result<F, A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    note();
    Ok(F::empty())
}

fn dropped<F: Slot>() -> F {
    note();
    F::empty()
}

struct TextVisitor {
    nullable: bool,
}

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(v.to_owned()))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Some(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        note();
        Ok(Some(v.to_string()))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        note();
        Ok(Some(v.to_string()))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(dropped())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(dropped())
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(null(self.nullable))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        skip_map(map)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        skip_seq(seq)
    }
}

/// The integer a string holds when it converts without loss: exactly its decimal form.
pub(crate) fn integer_text(text: &str) -> Option<i64> {
    let parsed = i64::from_str(text).ok()?;
    (parsed.to_string() == text).then_some(parsed)
}

struct IntegerVisitor<I> {
    nullable: bool,
    integer: PhantomData<I>,
}

impl<'de, I: TryFrom<i64> + TryFrom<u64>> Visitor<'de> for IntegerVisitor<I> {
    type Value = Option<I>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer")
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(I::try_from(v).ok().or_else(dropped))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(I::try_from(v).ok().or_else(dropped))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        note();
        Ok(integer_text(v).and_then(|n| I::try_from(n).ok()))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(dropped())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(dropped())
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(null(self.nullable))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        skip_map(map)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        skip_seq(seq)
    }
}

struct ValueVisitor<F> {
    nullable: bool,
    object: bool,
    list: bool,
    slot: PhantomData<F>,
}

impl<F: Slot> ValueVisitor<F> {
    /// A scalar handed to the field's type; one it rejects is dropped (and counted).
    fn scalar<'de, E: de::Error, D: Deserializer<'de, Error = E>>(deserializer: D) -> Result<F, E>
    where
        F::Item: Deserialize<'de>,
    {
        Ok(F::Item::deserialize(deserializer).map(F::filled).unwrap_or_else(|_: E| dropped()))
    }
}

impl<'de, F: Slot> Visitor<'de> for ValueVisitor<F>
where
    F::Item: Deserialize<'de>,
{
    type Value = F;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value of the spec's type")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<F, E> {
        Self::scalar(BorrowedStrDeserializer::new(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<F, E> {
        Self::scalar(StrDeserializer::new(v))
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<F, E> {
        Self::scalar(StringDeserializer::new(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<F, E> {
        Self::scalar(I64Deserializer::new(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<F, E> {
        Self::scalar(U64Deserializer::new(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<F, E> {
        Self::scalar(F64Deserializer::new(v))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<F, E> {
        Self::scalar(BoolDeserializer::new(v))
    }
    fn visit_unit<E: de::Error>(self) -> Result<F, E> {
        Ok(null(self.nullable))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<F, A::Error> {
        match self.object {
            true => F::Item::deserialize(MapAccessDeserializer::new(map)).map(F::filled),
            false => skip_map(map),
        }
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<F, A::Error> {
        match self.list {
            true => F::Item::deserialize(SeqAccessDeserializer::new(seq)).map(F::filled),
            false => skip_seq(seq),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Sample {
        #[serde(default = "missing", deserialize_with = "text::<_, NotNull>")]
        phone: Option<String>,
        #[serde(default, deserialize_with = "integer::<_, _, Nullable>")]
        created_at: Option<i64>,
        #[serde(default, deserialize_with = "value::<_, _, Nullable, List>")]
        tags: Vec<String>,
        #[serde(default, deserialize_with = "value::<_, _, Nullable, Scalar>")]
        when: Option<crate::types::Timestamp>,
    }

    fn decode(json: &str) -> (Sample, u32) {
        take();
        let sample = serde_json::from_str(json).unwrap();
        (sample, take())
    }

    #[test]
    fn a_body_as_documented_tolerates_nothing() {
        let (sample, tolerated) =
            decode(r#"{"phone":"+91","created_at":5,"tags":["a"],"when":"2020-03-17T14:29:17Z"}"#);
        assert_eq!(tolerated, 0);
        assert_eq!(sample.phone.as_deref(), Some("+91"));
        assert_eq!(sample.tags, ["a"]);
    }

    #[test]
    fn lossless_conversions_are_made_and_counted() {
        let (sample, tolerated) = decode(r#"{"phone":9123456780,"created_at":"1655298731"}"#);
        assert_eq!((sample.phone.as_deref(), sample.created_at, tolerated), (Some("9123456780"), Some(1655298731), 2));
        let (sample, _) = decode(r#"{"phone":"x","created_at":"+5"}"#);
        assert_eq!(sample.created_at, None, "a string that is not exactly an integer does not convert");
    }

    #[test]
    fn missing_null_and_unusable_values_decode_empty_and_are_counted() {
        let (sample, tolerated) = decode(r#"{"created_at":{"a":[1]},"tags":"x","when":"yesterday"}"#);
        assert_eq!(sample, Sample { phone: None, created_at: None, tags: vec![], when: None });
        assert_eq!(tolerated, 4, "phone missing, created_at an object, tags a string, when unparseable");
        let (sample, tolerated) = decode(r#"{"phone":"1","tags":{"a":[1]},"when":["x"]}"#);
        assert_eq!(
            (sample.tags.len(), sample.when, tolerated),
            (0, None, 2),
            "containers of the wrong shape are skipped"
        );
        let (_, tolerated) = decode(r#"{"phone":null,"created_at":null}"#);
        assert_eq!(tolerated, 1, "only the field whose spec forbids null counts");
    }

    #[test]
    fn integer_text_is_exact() {
        assert_eq!(integer_text("42"), Some(42));
        assert_eq!(integer_text("-7"), Some(-7));
        for text in ["+1", "01", "1.0", " 1", "", "1e3", "99999999999999999999"] {
            assert_eq!(integer_text(text), None, "{text:?}");
        }
    }
}
