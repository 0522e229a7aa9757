// Keeping a &str into a String temporary that dies at the end of the let: E0716.
fn main() {
    let s: &str = &String::from("temp").to_uppercase();
    let t: &str;
    t = String::from("gone").as_str();
    println!("{} {}", s, t);
}
// error: E0716 at 5:9
