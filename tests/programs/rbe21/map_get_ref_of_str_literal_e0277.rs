// `scores.get(&"Blue")` on String keys: `&&str` is no `&Q` a String borrows as, so rustc reports `String: Borrow<&str>` (E0277 at the argument), not a mismatch.
use std::collections::HashMap;
fn main() {
    let mut scores: HashMap<String, i32> = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    println!("{:?}", scores.get("Blue"));
    println!("{:?}", scores.get(&"Blue"));
}
// error: E0277 at 7:33
