// Two types: the first's derived Debug reaches a field without Debug, the second derives Copy over a String. rustc checks every derive's bounds on its type (E0204) before the fields any derived impl reaches, so the second type's E0204 comes first.
struct Secret;
#[derive(Debug)]
struct Vault {
    secret: Secret,
}
#[derive(Clone, Copy, Debug)]
struct Label {
    id: u8,
    text: String,
}
fn main() {
    println!("{}", Label { id: 1, text: String::new() }.id);
}
// error: E0204 at 8:8
