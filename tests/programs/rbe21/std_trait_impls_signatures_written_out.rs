// std traits implemented with their signatures written out (P<T> for Self, the associated types by name): Clone, Default, Ord, Neg, Not, Deref, DerefMut, Error::source, FromStr, Iterator all accepted and run.
use std::error::Error;
use std::fmt;
use std::ops::{Deref, DerefMut, Neg, Not};
use std::str::FromStr;
use std::cmp::Ordering;
#[derive(Debug, PartialEq, Eq, PartialOrd)]
struct P<T> { x: T }
impl<T: Clone> Clone for P<T> {
    fn clone(&self) -> P<T> { P { x: self.x.clone() } }
}
impl Default for P<i32> {
    fn default() -> P<i32> { P { x: 7 } }
}
impl Ord for P<i32> {
    fn cmp(&self, other: &P<i32>) -> Ordering { self.x.cmp(&other.x) }
}
impl Neg for P<i32> {
    type Output = P<i32>;
    fn neg(self) -> P<i32> { P { x: -self.x } }
}
impl Not for P<i32> {
    type Output = bool;
    fn not(self) -> bool { self.x == 0 }
}
struct W(Vec<i32>);
impl Deref for W {
    type Target = Vec<i32>;
    fn deref(&self) -> &Vec<i32> { &self.0 }
}
impl DerefMut for W {
    fn deref_mut(&mut self) -> &mut Vec<i32> { &mut self.0 }
}
#[derive(Debug)]
struct E { inner: Option<Box<dyn Error>> }
impl fmt::Display for E {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "E") }
}
impl Error for E {
    fn source(&self) -> Option<&(dyn Error + 'static)> { self.inner.as_deref() }
}
impl FromStr for P<i32> {
    type Err = String;
    fn from_str(s: &str) -> Result<P<i32>, String> { s.parse::<i32>().map(|x| P { x }).map_err(|e| e.to_string()) }
}
struct C(u8);
impl Iterator for C {
    type Item = u8;
    fn next(&mut self) -> Option<u8> { if self.0 > 0 { self.0 -= 1; Some(self.0) } else { None } }
}
fn main() {
    let p = P { x: 3 };
    let q = p.clone();
    println!("{:?} {:?} {:?} {} {:?}", q, P::<i32>::default(), -p, !P { x: 0 }, q.cmp(&P { x: 1 }));
    let mut w = W(vec![1]);
    w.push(2);
    println!("{:?} {}", *w, w.len());
    let e = E { inner: None };
    println!("{} {}", e, e.source().is_none());
    println!("{:?} {:?}", "12".parse::<P<i32>>(), "x".parse::<P<i32>>());
    println!("{:?}", C(3).collect::<Vec<_>>());
}
// expect: P { x: 3 } P { x: 7 } P { x: -3 } true Greater
// expect: [1, 2] 2
// expect: E true
// expect: Ok(P { x: 12 }) Err("invalid digit found in string")
// expect: [2, 1, 0]
