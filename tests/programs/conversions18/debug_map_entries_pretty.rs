// `f.debug_map().entries(..)` of pairs from a Vec's iter and a BTreeMap's, then `entry(&k, &v)`, under `{:?}` and `{:#?}` (nested values indented by std's PadAdapter).
use std::collections::BTreeMap;
use std::fmt;
struct M(Vec<(String, i32)>);
impl fmt::Debug for M {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_map().entries(self.0.iter().map(|(k, v)| (k, v))).finish()
    }
}
struct P { x: i32, y: i32 }
impl fmt::Debug for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("P").field("x", &self.x).field("y", &self.y).finish()
    }
}
struct B(BTreeMap<&'static str, Vec<u8>>);
impl fmt::Debug for B {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_map().entries(self.0.iter()).entry(&"extra", &P { x: 5, y: 6 }).finish()
    }
}
fn main() {
    let m = M(vec![("a".to_string(), 1), ("b".to_string(), 2)]);
    println!("{:?}", m);
    println!("{:#?}", m);
    println!("{:#?}", M(vec![]));
    let mut b = BTreeMap::new();
    b.insert("one", vec![1]);
    b.insert("two", vec![]);
    println!("{:?}", B(b.clone()));
    println!("{:#?}", B(b));
}
// expect: {"a": 1, "b": 2}
// expect: {
// expect:     "a": 1,
// expect:     "b": 2,
// expect: }
// expect: {}
// expect: {"one": [1], "two": [], "extra": P { x: 5, y: 6 }}
// expect: {
// expect:     "one": [
// expect:         1,
// expect:     ],
// expect:     "two": [],
// expect:     "extra": P {
// expect:         x: 5,
// expect:         y: 6,
// expect:     },
// expect: }
