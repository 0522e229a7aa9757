// A match arm pattern of the wrong type (a &str literal against an i32) is E0308.
fn main() {
    let n = 5;
    match n {
        1 => println!("one"),
        "two" => println!("two"),
        _ => println!("many"),
    }
}
// error: E0308 at 6:9
