// `char::is_ascii_digit` (it takes `&char`) given as a str Pattern is E0631 at the path.
fn main() {
    let s = "1a,2b";
    println!("{:?}", s.split(char::is_ascii_digit).collect::<Vec<_>>());
}
// error: E0631 at 4:30
