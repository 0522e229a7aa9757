// #[derive(PartialOrd)] compares every field, so a field that is only PartialEq is E0277 at the field.
#[derive(PartialEq)]
struct Name { text: String }
#[derive(PartialEq, PartialOrd)]
struct Entry { rank: u32, name: Name }
fn main() {
    let e = Entry { rank: 1, name: Name { text: String::from("a") } };
    println!("{}", e.rank);
}
// error: E0277 at 5:27
