// A match arm that binds `(name, _)` moves only the first field, and only in that arm: the second field is still usable after the match.
fn main() {
    let entry = (String::from("tea"), String::from("green"));
    match entry {
        (name, _) if false => println!("never {}", name),
        (name, _) => println!("name {}", name),
    }
    println!("kind {}", entry.1);
}
// expect: name tea
// expect: kind green
