// `std::mem::replace` puts a new value in place and hands back the old one.
fn main() {
    let mut name = String::from("old");
    let previous = std::mem::replace(&mut name, String::from("brand new"));
    println!("name = {}, previous = {}", name, previous);
}
// expect: name = brand new, previous = old
