// `S: AsMut<String>` called with a `&mut String`: std gives String only AsMut<str>, E0277 at the argument.
fn push_bang<S: AsMut<String>>(s: &mut S) {
    s.as_mut().push('!');
}
fn main() {
    let mut s = String::from("hi");
    push_bang(&mut s);
    println!("{}", s);
}
// error: E0277 at 7:15
