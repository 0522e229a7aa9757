// Borrowed literals, tuples, empty slices and None are promoted: each function returns a reference that outlives its frame.
fn five() -> &'static i32 { &5 }
fn pair<'a>() -> &'a (i32, bool) { &(7, true) }
fn empty() -> &'static [i32] { &[] }
fn nothing() -> &'static Option<i32> { &None }
fn second() -> &'static i32 { &(1, 2).1 }
fn table() -> &'static [(&'static str, u32)] { &[("a", 1), ("b", 2)] }
fn main() {
    println!("{} {:?} {:?} {:?} {} {:?}", five(), pair(), empty(), nothing(), second(), table());
}
// expect: 5 (7, true) [] None 2 [("a", 1), ("b", 2)]
