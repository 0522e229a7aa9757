// String::retain with the String borrowed by a slice still used after: E0502 at the call.
fn main() {
    let mut s = String::from("abc");
    let first = &s[..1];
    s.retain(|c| c != 'a');
    println!("{first}");
}
// error: E0502 at 5:5
