// `s.chars().count()` is a usize that borrows nothing, so moving `s` later in the same argument is fine (was E0505: the Chars' borrow was kept until the call).
fn total(xs: &[(usize, String)]) -> usize {
    xs.len() + xs[0].0
}
fn main() {
    let s = String::from("héllo");
    println!("{}", total(&[(s.chars().count(), s)]));
}
// expect: 6
