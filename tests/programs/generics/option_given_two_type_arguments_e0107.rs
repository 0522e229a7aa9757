// Option takes exactly one generic argument: `Option<i32, String>` is E0107 "takes 1 generic argument but 2 were supplied".
fn find(v: &[i32]) -> Option<i32, String> {
    v.first().copied()
}
fn main() {
    println!("{:?}", find(&[1, 2]));
}
// error: E0107 at 2:23
